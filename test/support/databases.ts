// Opens the two kinds of database the bot runs on, for store-level tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsDir } from '../../adapters/bot';
import { openDatabase, type Database } from '../../src/store/database';
import { testDatabaseUrl } from './bot';
import { createDatabaseOn, type ScratchDatabase } from './scratch-database';

export type Backend = 'postgresql' | 'embedded';

/** False in `npm run test:unit` (vitest.unit.config.ts), which runs without a PostgreSQL server. */
export const withPostgres = process.env.TEST_WITHOUT_POSTGRES !== '1';

/** The backends a store test runs on: both, or only the embedded one in the unit run. */
export const testBackends: readonly Backend[] = withPostgres ? ['postgresql', 'embedded'] : ['embedded'];

export async function openTestDatabase(backend: Backend): Promise<{ db: Database; dispose(): Promise<void> }> {
  if (backend === 'postgresql') {
    if (!withPostgres) throw new Error('this test needs PostgreSQL: run it with `npm test`, not `npm run test:unit`');
    const db = await openDatabase({ url: testDatabaseUrl(), embeddedDir: '', migrationsDir });
    return { db, dispose: () => db.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'sob-pglite-'));
  const db = await openDatabase({ embeddedDir: join(dir, 'db'), migrationsDir });
  return {
    db,
    dispose: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A PostgreSQL database of its own, for tests that break or inspect one. */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  if (!withPostgres) throw new Error('this test needs PostgreSQL: run it with `npm test`, not `npm run test:unit`');
  const server = new URL(testDatabaseUrl());
  server.pathname = '/postgres';
  return createDatabaseOn(server.toString(), 'sob_scratch');
}

/** A PostgreSQL database of its own, migrated and opened: for tests whose workers or dispatchers take any row there. */
export async function openScratchDatabase(): Promise<{ db: Database; dispose(): Promise<void> }> {
  const scratch = await createScratchDatabase();
  const db = await openDatabase({ url: scratch.url, embeddedDir: '', migrationsDir });
  return {
    db,
    dispose: async () => {
      await db.close();
      await scratch.drop();
    },
  };
}
