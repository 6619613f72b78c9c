// One fresh PostgreSQL database per test run, dropped afterwards.
// TEST_POSTGRES_URL points at the server (default: the local one, trust auth).
import { createDatabaseOn } from './scratch-database';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const database = await createDatabaseOn(server, 'sob_test');
  project.provide('databaseUrl', database.url);
  return database.drop;
}
