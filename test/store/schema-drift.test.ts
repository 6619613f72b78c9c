// Fails when prisma/schema.prisma changed without a migration (or a migration
// was edited by hand away from the schema): a database built by the checked-in
// migrations must equal one built straight from the schema.
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { migrationsDir } from '../../adapters/bot';
import { runPrismaCli } from '../../scripts/prisma-cli';
import { applyMigrations } from '../../src/store/migrations';

const CATALOG = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  constraints: `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%_prisma_migrations%' ORDER BY 1, 2`,
  enums: `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
          FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`,
};

async function catalog(db: PGlite): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(CATALOG)) result[name] = (await db.query(sql)).rows;
  return result;
}

describe('schema and migrations', () => {
  it('build the same database', async () => {
    const fromMigrations = new PGlite();
    const fromSchema = new PGlite();
    try {
      await applyMigrations(
        { query: async (sql, params = []) => (await fromMigrations.query<Record<string, unknown>>(sql, params)).rows, exec: async (sql) => void (await fromMigrations.exec(sql)) },
        migrationsDir,
        { lock: false },
      );
      const diff = runPrismaCli(['migrate', 'diff', '--from-empty', '--to-schema-datamodel', '{schema}', '--script']);
      expect(diff.status, diff.stderr).toBe(0);
      await fromSchema.exec(diff.stdout.slice(diff.stdout.indexOf('--')));
      expect(await catalog(fromMigrations)).toEqual(await catalog(fromSchema));
    } finally {
      await fromMigrations.close();
      await fromSchema.close();
    }
  }, 120_000);
});
