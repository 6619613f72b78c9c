// The shape of the house, checked on every run from the code's own imports
// (type-only ones included): no import cycles, nothing under src/ imports
// adapters/, and every import points down the layers
//
//   adapters/ → src/flows → src/texts → src/domain → src/core
//
// src/store implements the core's ports: it may import src/core and src/domain,
// and only adapters/ (the composition root, adapters/bot.ts) imports it; tests
// may import anything. src/config.ts and src/scheduling are wired by adapters/.
//
// What breaks a rule today is listed below with its reason. An entry that no
// longer happens fails too: delete it, so the lists only ever shrink.
import { describe, expect, it } from 'vitest';
import { findCycles, readImportGraph, type ImportEdge } from './support/import-graph';

/** Imports that break a layer rule today, as "from -> to", with why they are still there. */
const KNOWN_LAYER_BREACHES: Readonly<Record<string, string>> = {};

/** Import cycles today, as their files joined with ", ", with why they are still there. */
const KNOWN_CYCLES: Readonly<Record<string, string>> = {};

type Layer = 'adapters' | 'wiring' | 'flows' | 'texts' | 'domain' | 'core' | 'store';

/** What each layer may import besides itself. */
const MAY_IMPORT: Readonly<Record<Layer, readonly Layer[]>> = {
  adapters: ['wiring', 'flows', 'texts', 'domain', 'core', 'store'],
  wiring: ['flows', 'texts', 'domain', 'core'],
  flows: ['texts', 'domain', 'core'],
  texts: ['domain', 'core'],
  domain: ['core'],
  core: [],
  store: ['domain', 'core'],
};

const NAMES: Readonly<Record<Layer, string>> = {
  adapters: 'adapters/',
  wiring: 'src/config.ts and src/scheduling',
  flows: 'src/flows',
  texts: 'src/texts',
  domain: 'src/domain',
  core: 'src/core',
  store: 'src/store',
};

/** Prisma's generated client: not read (not ours, not committed), but part of the store. */
const GENERATED = ['src/store/generated'];

function layerOf(file: string): Layer | undefined {
  if (file.startsWith('adapters/')) return 'adapters';
  if (file === 'src/config.ts' || file.startsWith('src/scheduling/')) return 'wiring';
  for (const layer of ['flows', 'texts', 'domain', 'core', 'store'] as const) if (file.startsWith(`src/${layer}/`)) return layer;
  return undefined;
}

/** Why this import breaks a rule, or undefined when it keeps them. */
function breach({ from, to }: Pick<ImportEdge, 'from' | 'to'>): string | undefined {
  const a = layerOf(from);
  const b = layerOf(to);
  if (!a || !b || a === b || MAY_IMPORT[a].includes(b)) return undefined;
  if (b === 'adapters') return 'nothing under src/ may import adapters/';
  if (b === 'store') return 'only adapters/ may import src/store';
  if (b === 'wiring') return 'only adapters/ may import src/config.ts and src/scheduling';
  return `${NAMES[a]} may import only ${MAY_IMPORT[a].map((l) => NAMES[l]).join(', ') || 'itself'}`;
}

const key = (edge: Pick<ImportEdge, 'from' | 'to'>) => `${edge.from} -> ${edge.to}`;

describe('architecture', () => {
  const graph = readImportGraph(['src', 'adapters'], GENERATED);

  it('reads the whole tree', () => {
    expect(graph.files).toContain('src/core/engine.ts');
    expect(graph.files).toContain('adapters/bot.ts');
    expect(graph.files.some((file) => file.startsWith('src/store/generated/'))).toBe(false);
    expect(graph.edges.length).toBeGreaterThan(graph.files.length);
    // An import outside src/ and adapters/ (test/, scripts/) or to nowhere would go unchecked.
    expect(graph.unresolved.map((edge) => `${edge.from} imports "${edge.specifier}"`)).toEqual([]);
  });

  it('puts every file in a layer', () => {
    expect(graph.files.filter((file) => !layerOf(file))).toEqual([]);
  });

  const cycles = findCycles(graph);
  const cycleKey = (files: readonly string[]) => files.join(', ');

  it('has no import cycles', () => {
    const unexpected = cycles
      .filter((cycle) => !(cycleKey(cycle.files) in KNOWN_CYCLES))
      .map((cycle) => `${cycle.files.length} files: ${cycleKey(cycle.files)}\n  for example ${cycle.loop.join(' -> ')}`);
    expect(unexpected, 'import cycles').toEqual([]);
  });

  it('knows only cycles that still exist', () => {
    const found = new Set(cycles.map((cycle) => cycleKey(cycle.files)));
    expect(Object.keys(KNOWN_CYCLES).filter((files) => !found.has(files)), 'gone from the code: delete from KNOWN_CYCLES').toEqual([]);
  });

  it('imports nothing from adapters/ under src/', () => {
    const fromSrc = graph.edges.filter((edge) => edge.from.startsWith('src/') && edge.to.startsWith('adapters/'));
    expect([...new Set(fromSrc.map(key))]).toEqual([]);
  });

  const breaches = new Map<string, string>();
  for (const edge of graph.edges) {
    const why = breach(edge);
    if (why) breaches.set(key(edge), `${key(edge)}${edge.typeOnly ? ' (type only)' : ''}: ${why}`);
  }

  it('imports only down the layers', () => {
    const unexpected = [...breaches].filter(([k]) => !(k in KNOWN_LAYER_BREACHES)).map(([, message]) => message);
    expect(unexpected, 'imports against the layers').toEqual([]);
  });

  it('knows only layer breaches that still exist', () => {
    const gone = Object.keys(KNOWN_LAYER_BREACHES).filter((k) => !breaches.has(k));
    expect(gone, 'gone from the code: delete from KNOWN_LAYER_BREACHES').toEqual([]);
  });

  it('gives every known breach and cycle a reason', () => {
    for (const reason of [...Object.values(KNOWN_LAYER_BREACHES), ...Object.values(KNOWN_CYCLES)]) expect(reason.length).toBeGreaterThan(10);
  });
});

describe('architecture rules', () => {
  it.each([
    ['src/domain/coaching/follow-ups.ts', 'src/texts/index.ts', 'src/domain may import only src/core'],
    ['src/texts/nl.ts', 'src/flows/help.ts', 'src/texts may import only src/domain, src/core'],
    ['src/core/flow.ts', 'src/domain/partnership/roles.ts', 'src/core may import only itself'],
    ['src/flows/draft/save.ts', 'src/store/draft-store.ts', 'only adapters/ may import src/store'],
    ['src/store/turn-store.ts', 'src/flows/index.ts', 'src/store may import only src/domain, src/core'],
    ['src/core/engine.ts', 'adapters/bot.ts', 'nothing under src/ may import adapters/'],
    ['src/flows/help.ts', 'src/config.ts', 'only adapters/ may import src/config.ts and src/scheduling'],
  ])('refuses %s -> %s', (from, to, why) => {
    expect(breach({ from, to })).toBe(why);
  });

  it.each([
    ['adapters/bot.ts', 'src/store/turn-store.ts'],
    ['adapters/main.ts', 'src/config.ts'],
    ['src/flows/help.ts', 'src/texts/index.ts'],
    ['src/texts/sections/draft.ts', 'src/domain/draft/types.ts'],
    ['src/domain/draft/types.ts', 'src/core/turn.ts'],
    ['src/store/contribution-store.ts', 'src/domain/partnership/index.ts'],
    ['src/store/database.ts', 'src/store/generated/client.ts'],
    ['src/scheduling/housekeeping.ts', 'src/core/logger.ts'],
  ])('allows %s -> %s', (from, to) => {
    expect(breach({ from, to })).toBeUndefined();
  });

  it('finds a cycle through type-only imports and names its files', () => {
    const files = ['a.ts', 'b.ts', 'c.ts', 'd.ts'];
    const edge = (from: string, to: string, typeOnly = false) => ({ from, to, specifier: `./${to}`, typeOnly });
    const cycles = findCycles({ files, edges: [edge('a.ts', 'b.ts'), edge('b.ts', 'c.ts', true), edge('c.ts', 'a.ts'), edge('c.ts', 'd.ts')] });
    expect(cycles).toEqual([{ files: ['a.ts', 'b.ts', 'c.ts'], loop: ['a.ts', 'b.ts', 'c.ts', 'a.ts'] }]);
    expect(findCycles({ files, edges: [edge('a.ts', 'b.ts'), edge('b.ts', 'c.ts')] })).toEqual([]);
  });
});
