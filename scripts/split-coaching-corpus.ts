// Splits the coaching's evaluation corpus once into a development half (tune on it) and a
// held-out half (never tune on it): seeded, stratified by waarborg and language so the halves
// are alike. Run once: it refuses to overwrite an existing split, which
// test/domain/coaching/eval-split.test.ts pins by SHA-256.
//   npx tsx scripts/split-coaching-corpus.ts [labelled-corpus.json]
import { existsSync, writeFileSync } from 'node:fs';
import { type CorpusItem, evalDir, FILES, readCorpus } from './coaching-eval/corpus';

/** Where the first split went: its held-out half has since been retired into dev (eval README). */
const HALVES = { dev: FILES.dev, heldout: FILES.retiredHeldout } as const;

const SEED = 20261203;

/** mulberry32: a small seeded generator, so the split is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function split(items: readonly CorpusItem[], seed = SEED): { dev: CorpusItem[]; heldout: CorpusItem[] } {
  const next = random(seed);
  const strata = new Map<string, CorpusItem[]>();
  for (const item of [...items].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = `${item.waarborgId}/${item.lang}`;
    strata.set(key, [...(strata.get(key) ?? []), item]);
  }
  const dev: CorpusItem[] = [];
  const heldout: CorpusItem[] = [];
  // An odd stratum's extra item goes to the smaller half so far, so the totals stay even.
  for (const key of [...strata.keys()].sort()) {
    const stratum = shuffled(strata.get(key)!, next);
    const devShare = stratum.length % 2 === 0 || dev.length > heldout.length ? Math.floor(stratum.length / 2) : Math.ceil(stratum.length / 2);
    dev.push(...stratum.slice(0, devShare));
    heldout.push(...stratum.slice(devShare));
  }
  const byId = (a: CorpusItem, b: CorpusItem) => a.id.localeCompare(b.id);
  return { dev: dev.sort(byId), heldout: heldout.sort(byId) };
}

function main(): void {
  const from = process.argv[2] ?? `${evalDir}corpus.json`;
  for (const file of Object.values(HALVES)) {
    if (existsSync(file)) {
      console.error(`${file} exists: the split is made once and never remade (see test/domain/coaching/eval/README.md).`);
      process.exit(1);
    }
  }
  const halves = split(readCorpus(from));
  for (const half of ['dev', 'heldout'] as const) {
    writeFileSync(HALVES[half], `${JSON.stringify(halves[half], null, 2)}\n`, { flag: 'wx' });
    console.log(`${HALVES[half]}: ${halves[half].length} items`);
  }
}

main();
