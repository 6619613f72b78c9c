// When a Teams activity cannot be recorded, Teams gets a 503 and sends it again;
// when a recorded turn keeps failing, the person is told, by the one rule for
// both platforms: Dutch unless they chose English, whatever their client says.
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { createHttpServer } from '../../../adapters/http/server';
import { createTeamsAdapter } from '../../../adapters/teams';
import { systemClock } from '../../../src/core/clock';
import { silentLogger } from '../../../src/core/logger';
import { InboxUnavailableError, type InboxRecorder } from '../../../src/core/ports';
import { nl } from '../../../src/texts/nl';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/bot-connector-stand-in';
import { startTestBot, uniqueId } from '../../support/bot';
import { personalChat, textActivity } from './teams-client';

let connector: ConnectorStandIn;
beforeAll(async () => {
  connector = await startConnectorStandIn();
});
afterAll(async () => {
  await connector?.close();
});

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('an inbox that cannot take the activity', () => {
  let server: Server;
  let url: string;
  const unavailable: InboxRecorder = {
    waiting: 0,
    whenIdle: () => null,
    record: async () => {
      throw new InboxUnavailableError('database went away');
    },
  };
  beforeAll(async () => {
    const teams = createTeamsAdapter({ inbox: unavailable, config: { authenticated: false }, logger: silentLogger, clock: systemClock });
    server = createHttpServer([teams.route], async () => ({ ok: true, body: {} }), silentLogger);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  it('answers 503 so that Teams sends it again, and posts nothing', async () => {
    const chat = personalChat(uniqueId('TEN'), connector.url);
    const response = await post(url, textActivity(chat, 'hulp'));
    expect(response.status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.postsTo(chat.conversationId)).toHaveLength(0);
  });
});

describe('a turn that keeps failing', () => {
  let bot: RunningBot;
  // A database that refuses this one person's row, every time: a fault no input can cause by itself.
  const broken = `Kapot ${uniqueId('')}`;
  beforeAll(async () => {
    bot = await startTestBot({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
    await bot.db.prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_broken_person() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.display_name = '${broken}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await bot.db.prisma.$executeRawUnsafe(
      `CREATE OR REPLACE TRIGGER refuse_broken_person BEFORE INSERT OR UPDATE ON person FOR EACH ROW EXECUTE FUNCTION refuse_broken_person()`,
    );
  });
  afterAll(async () => {
    await bot?.db.prisma.$executeRawUnsafe('DROP TRIGGER IF EXISTS refuse_broken_person ON person');
    await bot?.close();
  });

  it('is tried three times, then the person gets the internal-error text in Dutch, even from an English client', async () => {
    const chat = personalChat(uniqueId('TEN'), connector.url, 'en-GB');
    chat.user.name = broken;
    const response = await post(bot.url, textActivity(chat, 'hulp'));
    expect(response.status).toBe(200);
    const [reply] = await connector.waitForPosts(chat.conversationId, 1, 10_000);
    expect(reply!.activity.text, JSON.stringify(reply!.activity)).toBe(nl.errors.internal);
    const row = await bot.db.prisma.inboxEvent.findFirstOrThrow({ where: { workspaceId: chat.tenantId } });
    expect({ status: row.status, attempts: row.attempts, error: row.lastError }).toMatchObject({ status: 'failed', attempts: 3 });

    // The next turn of that person runs as usual.
    chat.user.name = 'Fatima';
    await post(bot.url, textActivity(chat, 'hulp'));
    const posts = await connector.waitForPosts(chat.conversationId, 2);
    expect(JSON.stringify(posts[1]!.activity)).toContain(nl.help.title);
  });
});
