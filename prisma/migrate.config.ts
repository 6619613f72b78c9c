// Config for the Prisma 6.19 CLI (npm alias `prisma-migrate`), the one whose
// WebAssembly schema engine runs migrations through a driver adapter, so nothing
// native is downloaded. Used by scripts/prisma-migrate.ts only; the bot applies
// migrations itself at start (src/store/migrations.ts).
import { defineConfig } from 'prisma-migrate/config';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PGlite } from '@electric-sql/pglite';

const target = process.env.MIGRATE_TARGET ?? '';
const schema = process.env.MIGRATE_SCHEMA ?? 'prisma/schema.prisma';

// The CLI calls the factory more than once per command, and two PGlite
// instances on one directory crash: build the adapter once.
let adapter: ReturnType<typeof makeAdapter> | undefined;
function makeAdapter() {
  if (target.startsWith('postgres')) return Promise.resolve(new PrismaPg({ connectionString: target }));
  const pglite = new PGlite(target.replace(/^pglite:/, ''));
  return Promise.resolve(new PrismaPGlite(pglite));
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema,
  // Relative to this file's folder.
  migrations: { path: 'migrations' },
  adapter: () => (adapter ??= makeAdapter()),
});
