// Runs the Prisma migrate CLI offline.
//   npm run db:migrate -- dev --name <name>   author a migration (on a throw-away PGlite)
//   npm run db:migrate -- status|deploy        against DATABASE_URL (PostgreSQL)
// The 6.19 CLI wants a `url` in the datasource, which Prisma 7 forbids, and must
// never run the v7 generator: it gets a copy of the schema without generator
// blocks and with a placeholder url (the adapter is what is really used).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const command = args[0];
if (!command) {
  console.error('usage: npm run db:migrate -- <dev|status|deploy|diff …> [prisma flags]');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'prisma-migrate-'));
try {
  const schema = readFileSync(join(root, 'prisma/schema.prisma'), 'utf8')
    .replace(/generator\s+\w+\s*\{[^}]*\}/g, '')
    .replace(/datasource\s+db\s*\{[^}]*\}/, 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://placeholder"\n}');
  const schemaCopy = join(work, 'schema.prisma');
  writeFileSync(schemaCopy, schema);

  // Authoring happens on a fresh embedded database; deploy/status on DATABASE_URL.
  const target = command === 'dev' ? `pglite:${join(work, 'pglite')}` : process.env.DATABASE_URL;
  if (!target) {
    console.error(`DATABASE_URL must be set for "migrate ${command}"`);
    process.exit(2);
  }
  const extra = command === 'dev' ? ['--skip-generate'] : [];
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/prisma-migrate/build/index.js'), 'migrate', ...args, ...extra,
      '--config', join(root, 'prisma/migrate.config.ts')],
    { cwd: root, stdio: 'inherit', env: {
      ...process.env,
      MIGRATE_TARGET: target,
      MIGRATE_SCHEMA: schemaCopy,
      // Stops a useless download of the native query engine: the adapter is used.
      PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    } },
  );
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
