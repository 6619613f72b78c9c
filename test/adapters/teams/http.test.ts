// /api/messages at the HTTP edge: bodies that are not activities, authentication,
// and Teams switched off.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/bot-connector-stand-in';
import { startTestBot, uniqueId } from '../../support/bot';
import { personalChat, postActivity, textActivity } from './teams-client';

let connector: ConnectorStandIn;

beforeAll(async () => {
  connector = await startConnectorStandIn();
});

afterAll(async () => {
  await connector?.close();
});

describe('Teams endpoint, unauthenticated (Agents Playground) mode', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startTestBot({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
  });
  afterAll(async () => {
    await bot?.close();
  });

  it('refuses malformed JSON with 400', async () => {
    const response = await postActivity(bot, '{"type": "message",');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toMatch(/JSON/);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hulp' });
    expect(response.status).toBe(415);
  });

  it('refuses a body over 256 KiB with 413', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    const response = await postActivity(bot, textActivity(chat, 'x'.repeat(300 * 1024)));
    expect(response.status).toBe(413);
    expect(connector.postsTo(chat.conversationId)).toHaveLength(0);
  });

  it.each([
    ['an empty object', {}],
    ['an array', [1, 2]],
    ['a number', 42],
    ['an activity without serviceUrl', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), serviceUrl: undefined }],
    ['an activity with a non-http serviceUrl', textActivity(personalChat('X', 'file:///etc/passwd'), 'hulp')],
    ['a message without id', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), id: undefined }],
    ['an activity without conversation', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), conversation: null }],
  ])('refuses %s with 400', async (_name, body) => {
    const response = await postActivity(bot, body);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toMatch(/activity/);
  });

  it('answers GET with 405 and keeps /healthz healthy after all of the above', async () => {
    expect((await fetch(`${bot.url}/api/messages`)).status).toBe(405);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
  });

  it('falls back to the local tenant when the playground sends none', async () => {
    const chat = personalChat('unused', connector.url);
    const activity = textActivity(chat, 'hulp') as Record<string, any>;
    delete activity.channelData;
    activity.conversation = { id: chat.conversationId, conversationType: 'personal' };
    expect((await postActivity(bot, activity)).status).toBe(200);
    await connector.waitForPosts(chat.conversationId, 1);
    const row = await bot.db.prisma.conversation.findFirst({ where: { externalId: chat.conversationId }, include: { tenant: true } });
    expect(row?.tenant.externalId).toBe('local');
  });
});

describe('Teams endpoint, authenticated mode', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startTestBot({
      MICROSOFT_APP_ID: '00000000-0000-0000-0000-0000000000aa',
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
      MICROSOFT_APP_TENANT_ID: '00000000-0000-0000-0000-0000000000bb',
      MICROSOFT_APP_TYPE: 'SingleTenant',
    });
  });
  afterAll(async () => {
    await bot?.close();
  });

  it('refuses an activity without Authorization header with 401 and never calls the connector', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    const response = await postActivity(bot, textActivity(chat, 'hulp'));
    expect(response.status).toBe(401);
    expect(connector.postsTo(chat.conversationId)).toHaveLength(0);
  });

  it('refuses an activity with a forged bearer token with 401 and never calls the connector', async () => {
    // The SDK itself rejects this one, and prints the AuthenticationError to the console.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const chat = personalChat(uniqueId('T'), connector.url);
      const response = await postActivity(bot, textActivity(chat, 'hulp'), { authorization: 'Bearer not.a.token' });
      expect(response.status).toBe(401);
      expect(connector.postsTo(chat.conversationId)).toHaveLength(0);
      expect(consoleError).toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
  });
});

describe('Teams switched off', () => {
  it('has no /api/messages when neither Microsoft variables nor the playground flag are set', async () => {
    const bot = await startTestBot({});
    try {
      const chat = personalChat(uniqueId('T'), connector.url);
      expect((await postActivity(bot, textActivity(chat, 'hulp'))).status).toBe(404);
      expect(connector.postsTo(chat.conversationId)).toHaveLength(0);
    } finally {
      await bot.close();
    }
  });
});
