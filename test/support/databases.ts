// Opens the two kinds of database the bot runs on, for store-level tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrationsDir } from '../../adapters/bot';
import { openDatabase, type Database } from '../../src/store/database';
import { testDatabaseUrl } from './bot';

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
export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = new URL(testDatabaseUrl());
  server.pathname = '/postgres';
  const name = `sob_scratch_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: server.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
