// Opens the two kinds of database the bot runs on, for store-level tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsDir } from '../../adapters/bot';
import { openDatabase, type Database } from '../../src/store/database';
import { testDatabaseUrl } from './bot';
import { createDatabaseOn, type ScratchDatabase } from './scratch-database';

export type Backend = 'postgresql' | 'embedded';

export async function openTestDatabase(backend: Backend): Promise<{ db: Database; dispose(): Promise<void> }> {
  if (backend === 'postgresql') {
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
  const server = new URL(testDatabaseUrl());
  server.pathname = '/postgres';
  return createDatabaseOn(server.toString(), 'sob_scratch');
}
