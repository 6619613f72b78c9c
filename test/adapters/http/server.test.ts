import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../../adapters/bot';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/core/logger';
import { createScratchDatabase } from '../../support/databases';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function botOnScratchDatabase(): Promise<{ bot: RunningBot; drop: () => Promise<void>; url: string; logs: Array<Record<string, unknown>> }> {
  const scratch = await createScratchDatabase();
  cleanups.push(scratch.drop);
  const logs: Array<Record<string, unknown>> = [];
  const logger = createLogger('debug', (line) => void logs.push(JSON.parse(line) as Record<string, unknown>));
  const bot = await startBot(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: scratch.url }), { logger });
  cleanups.push(bot.close);
  return { bot, drop: scratch.drop, url: scratch.url, logs };
}

async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Health answers tell nobody why: no error text, codes or SQL. */
function expectNoDetails(body: unknown): void {
  expect(body).toEqual({ status: 'unavailable', database: { kind: 'postgresql', status: 'down' } });
}

describe('HTTP server', () => {
  it('reports the database in /healthz: 200 while it answers, 503 without details when it is gone (logged), and keeps serving', async () => {
    const { bot, drop, logs } = await botOnScratchDatabase();
    const up = await fetch(`${bot.url}/healthz`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ok', database: { kind: 'postgresql', status: 'up' } });

    await drop();
    const down = await fetch(`${bot.url}/healthz`);
    expect(down.status).toBe(503);
    expectNoDetails(await down.json());
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(503);
    const logged = logs.find((line) => line.message === 'health check: database unavailable');
    expect(logged).toMatchObject({ level: 'error', kind: 'postgresql' });
    expect(String(logged?.error)).not.toBe('');
    expect(String(logged?.stack)).toMatch(/\n\s+at /);
  });

  it('answers 503 when the database answers but is empty (its schema dropped after start)', async () => {
    const { bot, url, logs } = await botOnScratchDatabase();
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    await sql(url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    const down = await fetch(`${bot.url}/healthz`);
    expect(down.status).toBe(503);
    expectNoDetails(await down.json());
    expect(logs.some((line) => line.message === 'health check: database unavailable')).toBe(true);
  });

  it('answers 503 when the newest migration is not applied, and 200 again once it is', async () => {
    const { bot, url, logs } = await botOnScratchDatabase();
    await sql(url, `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`);
    const down = await fetch(`${bot.url}/healthz`);
    expect(down.status).toBe(503);
    expectNoDetails(await down.json());
    expect(logs.find((line) => line.message === 'health check: database is not migrated')).toMatchObject({ migrationApplied: false, tablesPresent: true });

    await sql(url, 'UPDATE "_prisma_migrations" SET rolled_back_at = NULL');
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    const { bot } = await botOnScratchDatabase();
    expect((await fetch(`${bot.url}/nothing-here`)).status).toBe(404);
    const wrong = await fetch(`${bot.url}/healthz`, { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });

  it('leaves the Slack and Teams endpoints off when they are not configured', async () => {
    const { bot } = await botOnScratchDatabase();
    expect((await fetch(`${bot.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${bot.url}/api/messages`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
