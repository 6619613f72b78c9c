import { afterEach, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { startTestBot } from '../../support/bot';
import { createScratchDatabase } from '../../support/databases';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function botOnScratchDatabase(): Promise<{ bot: RunningBot; drop: () => Promise<void> }> {
  const scratch = await createScratchDatabase();
  cleanups.push(scratch.drop);
  const bot = await startTestBot({ DATABASE_URL: scratch.url });
  cleanups.push(bot.close);
  return { bot, drop: scratch.drop };
}

describe('HTTP server', () => {
  it('reports the database in /healthz: 200 while it answers, 503 when it is gone, and keeps serving', async () => {
    const { bot, drop } = await botOnScratchDatabase();
    const up = await fetch(`${bot.url}/healthz`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ok', database: { kind: 'postgresql', status: 'up' } });

    await drop();
    const down = await fetch(`${bot.url}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable', database: { kind: 'postgresql', status: 'down' } });
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(503);
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
