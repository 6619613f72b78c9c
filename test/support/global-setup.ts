// One fresh PostgreSQL database per test run for the store and flow tests, and
// a migrated template from which every test file that starts a bot gets a
// database of its own (a bot's worker and dispatcher take any row in their
// database, so two bots must not share one). All are dropped afterwards.
// TEST_POSTGRES_URL points at the server (default: the local one, trust auth).
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { silentLogger } from '../../src/core/logger';
import { openDatabase } from '../../src/store/database';
import { openJobQueue } from '../../src/store/job-queue';
import { createDatabaseOn } from './scratch-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** A migrated database (job queue included) to copy with CREATE DATABASE … TEMPLATE. */
    templateDatabase: string;
    postgresServerUrl: string;
    /** Names of the per-file bot databases start with this (dropped at the end of the run). */
    botDatabasePrefix: string;
  }
}

const migrationsDir = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

export default async function setup(project: TestProject) {
  const server = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const database = await createDatabaseOn(server, 'sob_test');
  const template = await createDatabaseOn(server, 'sob_tpl');
  const db = await openDatabase({ url: template.url, embeddedDir: '', migrationsDir });
  try {
    const jobs = await openJobQueue(db, silentLogger);
    await jobs.stop();
  } finally {
    await db.close();
  }
  project.provide('databaseUrl', database.url);
  project.provide('templateDatabase', template.name);
  project.provide('postgresServerUrl', server);
  const botPrefix = `sob_bot_${process.pid}`;
  project.provide('botDatabasePrefix', botPrefix);
  return async () => {
    // The copies made from the template for each file with a bot.
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [`${botPrefix}_`]);
      for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    await template.drop();
    await database.drop();
  };
}
