// Prisma migrations without internet.
//   npm run db:migrate -- new <name>        write the SQL that brings the last migrated
//                                           schema to prisma/schema.prisma (no database needed)
//   npm run db:migrate -- status|deploy     against DATABASE_URL (PostgreSQL)
// `new` diffs the schema as it was committed (git HEAD, or --from <file>) with the
// current one, because the adapter-based CLI cannot diff against a live database.
// test/store/schema-drift.test.ts fails when a schema change has no migration.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliSchema, root, runPrismaCli } from './prisma-cli';

const [command, ...rest] = process.argv.slice(2);

if (command === 'new') {
  const name = rest.find((arg) => !arg.startsWith('--'));
  const fromIndex = rest.indexOf('--from');
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('usage: npm run db:migrate -- new <name_in_snake_case> [--from <previous schema.prisma>]');
    process.exit(2);
  }
  const previous =
    fromIndex >= 0 ? readFileSync(rest[fromIndex + 1]!, 'utf8') : execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { cwd: root, encoding: 'utf8' });
  const work = mkdtempSync(join(tmpdir(), 'prisma-new-'));
  try {
    const previousPath = join(work, 'previous.prisma');
    writeFileSync(previousPath, cliSchema(previous));
    const diff = runPrismaCli(['migrate', 'diff', '--from-schema-datamodel', previousPath, '--to-schema-datamodel', '{schema}', '--script']);
    if (diff.status !== 0) {
      console.error(diff.stderr || diff.stdout);
      process.exit(1);
    }
    const sql = diff.stdout.slice(diff.stdout.indexOf('--'));
    if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
      console.log('No schema changes since the last committed schema: nothing to write.');
      process.exit(0);
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = join(root, 'prisma/migrations', `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), sql);
    console.log(`Wrote ${join('prisma/migrations', `${stamp}_${name}`, 'migration.sql')}. Review it, then run the tests.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
} else if (command === 'status' || command === 'deploy' || command === 'resolve') {
  if (!process.env.DATABASE_URL) {
    console.error(`DATABASE_URL must be set for "migrate ${command}"`);
    process.exit(2);
  }
  const run = runPrismaCli(['migrate', command, ...rest], { target: process.env.DATABASE_URL, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} else {
  console.error('usage: npm run db:migrate -- <new <name>|status|deploy|resolve …>');
  process.exit(2);
}
