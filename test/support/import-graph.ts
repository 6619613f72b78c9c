// The project's own import graph, read with the TypeScript compiler API: every
// import, `export … from`, `import x = require()`, `import()` and `import('…')`
// type, type-only ones included, resolved to files of the tree. Packages are
// left out. Used by test/architecture.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface ImportEdge {
  /** Project-relative paths with forward slashes ("src/core/engine.ts"). */
  from: string;
  to: string;
  /** The specifier as written ("../texts"). */
  specifier: string;
  typeOnly: boolean;
}

export interface ImportGraph {
  /** The files read, in path order. */
  files: string[];
  /** Every relative import of them, each as often as it is written. */
  edges: ImportEdge[];
  /** Relative imports that resolve to no file under `roots`: outside them (test/, scripts/) or nowhere. */
  unresolved: ImportEdge[];
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Reads every .ts file under `roots` (project-relative folders). Files under
 * `opaque` (generated code) are not read, but an import of one is an edge.
 */
export function readImportGraph(roots: readonly string[], opaque: readonly string[] = []): ImportGraph {
  const files = roots.flatMap((root) => tsFilesUnder(root, opaque)).sort();
  const known = new Set(files);
  const isOpaque = (file: string) => opaque.some((dir) => file.startsWith(`${dir}/`));
  const options = compilerOptions();
  const edges: ImportEdge[] = [];
  const unresolved: ImportEdge[] = [];
  for (const from of files) {
    const absolute = join(projectRoot, from);
    const source = ts.createSourceFile(absolute, readFileSync(absolute, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    for (const { specifier, typeOnly } of specifiersOf(source)) {
      if (!specifier.startsWith('.')) continue;
      const resolved = ts.resolveModuleName(specifier, absolute, options, ts.sys).resolvedModule?.resolvedFileName;
      const to = resolved ? toProjectPath(resolved) : '';
      const edge = { from, to, specifier, typeOnly };
      if (known.has(to) || isOpaque(to)) edges.push(edge);
      // A JSON file under the roots imports nothing, so it can close no cycle.
      else if (to.endsWith('.json') && roots.some((root) => to.startsWith(`${root}/`))) continue;
      else unresolved.push(edge);
    }
  }
  return { files, edges, unresolved };
}

export interface ImportCycle {
  /** Every file that can reach every other one through imports, in path order. */
  files: string[];
  /** One loop through the first of them, back to it: a -> b -> … -> a. */
  loop: string[];
}

/**
 * Every import cycle, each once: the strongly connected components with more
 * than one file (or a file that imports itself), in path order.
 */
export function findCycles(graph: Pick<ImportGraph, 'files' | 'edges'>): ImportCycle[] {
  const next = new Map<string, string[]>(graph.files.map((f) => [f, []]));
  for (const { from, to } of graph.edges) {
    const targets = next.get(from);
    if (targets && next.has(to) && !targets.includes(to)) targets.push(to);
  }
  return components(graph.files, next)
    .filter((c) => c.length > 1 || next.get(c[0]!)!.includes(c[0]!))
    .map((files) => ({ files, loop: loopThrough(files, next) }))
    .sort((a, b) => a.files[0]!.localeCompare(b.files[0]!));
}

function specifiersOf(source: ts.SourceFile): Array<{ specifier: string; typeOnly: boolean }> {
  const found: Array<{ specifier: string; typeOnly: boolean }> = [];
  const literal = (node: ts.Node | undefined) => (node && ts.isStringLiteralLike(node) ? node.text : undefined);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      push(literal(node.moduleSpecifier), typeOnly);
    } else if (ts.isExportDeclaration(node)) {
      push(literal(node.moduleSpecifier), node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      push(literal(node.moduleReference.expression), node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      push(literal(node.arguments[0]), false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      push(literal(node.argument.literal), true);
    }
    ts.forEachChild(node, visit);
  };
  const push = (specifier: string | undefined, typeOnly: boolean) => {
    if (specifier !== undefined) found.push({ specifier, typeOnly });
  };
  visit(source);
  return found;
}

function tsFilesUnder(dir: string, opaque: readonly string[]): string[] {
  if (opaque.includes(dir)) return [];
  return readdirSync(join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : tsFilesUnder(path, opaque);
    return entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(projectRoot, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config, ts.sys, projectRoot).options;
}

function toProjectPath(absolute: string): string {
  return relative(projectRoot, absolute).split(sep).join('/');
}

/** Tarjan's strongly connected components; files in path order within each. */
function components(files: readonly string[], next: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file)!, index.get(to)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      out.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) connect(file);
  return out;
}

/** One loop inside a component: the shortest way from its first file back to itself. */
function loopThrough(component: readonly string[], next: ReadonlyMap<string, readonly string[]>): string[] {
  const start = component[0]!;
  const inside = new Set(component);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const to of next.get(file) ?? []) {
      if (!inside.has(to)) continue;
      if (to === start) {
        const loop = [file];
        while (loop[0] !== start) loop.unshift(cameFrom.get(loop[0]!)!);
        return [...loop, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, file);
        queue.push(to);
      }
    }
  }
  return [start, start];
}
