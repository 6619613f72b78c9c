// GET /healthz: healthy only when the database answers AND has this code's schema
// (the newest checked-in migration is recorded as applied, and a known table is
// there). An empty or unmigrated database (a restore, a failover to the wrong
// server, a dropped schema) is as unusable as an unreachable one. What went wrong
// is logged; the public answer says only up or down, without error details.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorFields, type Logger } from '../../src/core/logger';
import { withTimeout } from '../../src/core/timeouts';
import type { Database } from '../../src/store/database';
import type { Health } from './server';

const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));
/** A table the first migration creates; its absence means an empty database. */
const KNOWN_TABLE = 'tenant';

export interface HealthOptions {
  migrationsDir?: string;
  timeoutMs?: number;
}

export async function checkHealth(db: Database, logger: Logger, options: HealthOptions = {}): Promise<Health> {
  const down = { ok: false, body: { status: 'unavailable', database: { kind: db.kind, status: 'down' } } };
  const newest = newestMigration(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  try {
    const rows = await withTimeout(
      db.prisma.$queryRaw<Array<{ applied: boolean; tables: boolean }>>`
        SELECT EXISTS (
                 SELECT 1 FROM "_prisma_migrations"
                  WHERE migration_name = ${newest} AND finished_at IS NOT NULL AND rolled_back_at IS NULL
               ) AS applied,
               to_regclass(${KNOWN_TABLE}) IS NOT NULL AS tables`,
      options.timeoutMs ?? 2_000,
    );
    const row = rows[0];
    if (!row?.applied || !row.tables) {
      logger.error('health check: database is not migrated', { kind: db.kind, newestMigration: newest, migrationApplied: Boolean(row?.applied), tablesPresent: Boolean(row?.tables) });
      return down;
    }
    return { ok: true, body: { status: 'ok', database: { kind: db.kind, status: 'up' } } };
  } catch (error) {
    logger.error('health check: database unavailable', { kind: db.kind, ...errorFields(error) });
    return down;
  }
}

const newestByDir = new Map<string, string>();

function newestMigration(dir: string): string {
  let newest = newestByDir.get(dir);
  if (newest === undefined) {
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
      .map((entry) => entry.name)
      .sort();
    if (names.length === 0) throw new Error(`no migrations in ${dir}`);
    newest = names.at(-1)!;
    newestByDir.set(dir, newest);
  }
  return newest;
}
