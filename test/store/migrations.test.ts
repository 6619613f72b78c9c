import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../adapters/bot';
import { applyMigrations, MigrationError, readMigrations, type SqlSession } from '../../src/store/migrations';
import { createScratchDatabase, withPostgres } from '../support/databases';

function session(db: PGlite): SqlSession {
  return {
    query: async (sql, params = []) => (await db.query<Record<string, unknown>>(sql, params)).rows,
    exec: async (sql) => void (await db.exec(sql)),
  };
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('applyMigrations', () => {
  it('applies every checked-in migration once and records it as Prisma does', async () => {
    const db = new PGlite();
    cleanups.push(() => db.close());
    const names = readMigrations(migrationsDir).map((m) => m.name);
    expect(await applyMigrations(session(db), migrationsDir, { lock: false })).toEqual(names);
    expect(await applyMigrations(session(db), migrationsDir, { lock: false })).toEqual([]);
    const rows = await db.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      'SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.rows.map((row) => row.migration_name)).toEqual(names);
    expect(rows.rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum) && row.applied_steps_count === 1)).toBe(true);
    const tables = await db.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    expect(tables.rows.map((t) => t.tablename)).toEqual(
      expect.arrayContaining(['tenant', 'person', 'conversation', 'conversation_state', 'processed_event']),
    );
  });

  it('stops on a broken migration, leaves nothing half-applied, and refuses to start until it is resolved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sob-migrations-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(migrationsDir, dir, { recursive: true });
    mkdirSync(join(dir, '29990101000000_broken'));
    writeFileSync(join(dir, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE ok_part (id int);\nCREATE TABLE broken (;');
    const db = new PGlite();
    cleanups.push(() => db.close());
    await expect(applyMigrations(session(db), dir, { lock: false })).rejects.toThrow(MigrationError);
    const partial = await db.query("SELECT 1 FROM pg_tables WHERE tablename = 'ok_part'");
    expect(partial.rows).toHaveLength(0);
    await expect(applyMigrations(session(db), dir, { lock: false })).rejects.toThrow(/failed earlier/);
  });

  it.skipIf(!withPostgres)('leaves a PostgreSQL database that the Prisma CLI reports as up to date', async () => {
    const scratch = await createScratchDatabase();
    cleanups.push(() => scratch.drop());
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: scratch.url });
    await client.connect();
    cleanups.push(() => client.end());
    await applyMigrations(
      { query: async (sql, params = []) => (await client.query(sql, params)).rows, exec: async (sql) => void (await client.query(sql)) },
      migrationsDir,
      { lock: true },
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prisma-migrate.ts', 'status'], {
      env: { ...process.env, DATABASE_URL: scratch.url },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout + run.stderr).toContain('Database schema is up to date');
    expect(run.status).toBe(0);
  });

  it('keeps the migration_lock.toml provider in step with the schema', () => {
    expect(readFileSync(join(migrationsDir, 'migration_lock.toml'), 'utf8')).toContain('provider = "postgresql"');
  });
});
