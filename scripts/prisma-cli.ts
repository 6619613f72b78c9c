// Runs the Prisma 6.19 CLI (npm alias `prisma-migrate`) offline: its WebAssembly
// schema engine works through a driver adapter, so nothing native is downloaded.
// The 6.19 CLI wants a `url` in the datasource, which Prisma 7 forbids, and must
// never run the v7 generator: it gets a copy of the schema without generator
// blocks and with a placeholder url (the adapter is what is really used).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** A schema the 6.19 CLI accepts, made from a Prisma 7 schema text. */
export function cliSchema(schema: string): string {
  return schema
    .replace(/generator\s+\w+\s*\{[^}]*\}/g, '')
    .replace(/datasource\s+db\s*\{[^}]*\}/, 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://placeholder"\n}');
}

export interface CliRun {
  /** `target`: postgresql://… or pglite:<dir>, for the commands that touch a database. */
  target?: string;
  stdio?: 'inherit' | 'pipe';
}

/** Runs `prisma <args>` with the current schema; `{schema}` in args is replaced by the path of its CLI copy. */
export function runPrismaCli(args: string[], options: CliRun = {}): SpawnSyncReturns<string> {
  const work = mkdtempSync(join(tmpdir(), 'prisma-cli-'));
  try {
    const schemaCopy = join(work, 'schema.prisma');
    writeFileSync(schemaCopy, cliSchema(readFileSync(join(root, 'prisma/schema.prisma'), 'utf8')));
    return spawnSync(
      process.execPath,
      [join(root, 'node_modules/prisma-migrate/build/index.js'), ...args.map((a) => a.replace('{schema}', schemaCopy)),
        '--config', join(root, 'prisma/migrate.config.ts')],
      {
        cwd: root,
        stdio: options.stdio ?? 'pipe',
        encoding: 'utf8',
        env: {
          ...process.env,
          MIGRATE_TARGET: options.target ?? `pglite:${join(work, 'pglite')}`,
          MIGRATE_SCHEMA: schemaCopy,
          // Stops a useless download of the native query engine: the adapter is used.
          PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? process.execPath,
          PRISMA_HIDE_UPDATE_MESSAGE: '1',
        },
        timeout: 120_000,
      },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
