// /api/messages at the HTTP edge: bodies that are not activities, authentication,
// and Teams switched off.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { checkActivity } from '../../../adapters/teams/activity-shape';
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
    ['a blank type', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), type: ' ' }],
    ['a type that is no activity type', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), type: 'Message!' }],
    ['a conversationUpdate without id', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), ''), type: 'conversationUpdate', id: undefined }],
    ['a blank conversation id', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), conversation: { id: '  ' } }],
    ['a blank sender id', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), from: { id: ' ' } }],
    ['a channel id with spaces', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), channelId: 'ms teams' }],
    ['a numeric locale', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), locale: 5 }],
    ['a numeric tenant id', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), conversation: { id: 'a:1', tenantId: 5 } }],
    ['a numeric channelData tenant id', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), channelData: { tenant: { id: 5 } } }],
    ['entities that are not a list', { ...textActivity(personalChat('X', 'http://127.0.0.1:1/'), 'hulp'), entities: { type: 'mention' } }],
  ])('refuses %s with 400', async (_name, body) => {
    const response = await postActivity(bot, body);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error).toMatch(/activity/);
  });

  it.each([
    ['the cloud metadata address', 'http://169.254.169.254/latest/'],
    ['a private network address', 'http://10.0.0.5:8080/'],
    ['a public host', 'https://smba.trafficmanager.net/emea/'],
  ])('refuses a serviceUrl at %s (replies may go to loopback only in this mode)', async (_name, serviceUrl) => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await postActivity(bot, textActivity(personalChat(uniqueId('T'), serviceUrl), 'hulp')).finally(() => consoleError.mockRestore());
    // 400 once adapters/teams/index.ts passes { authenticated } to checkActivity; until then the
    // authentication's loopback guard refuses it with 401. Either way before any reply is sent.
    expect([400, 401]).toContain(response.status);
    expect(response.body).not.toMatch(/169\.254|10\.0\.0\.5|trafficmanager|stack|Error/);
  });

  it('never contacts another local service named as serviceUrl', async () => {
    // 127.0.0.2 is this machine too, but not an address the Agents Playground uses.
    const hits: string[] = [];
    const other = createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      res.writeHead(200).end('{}');
    });
    other.listen(0, '127.0.0.2');
    await once(other, 'listening');
    try {
      const { port } = other.address() as AddressInfo;
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const response = await postActivity(bot, textActivity(personalChat(uniqueId('T'), `http://127.0.0.2:${port}/`), 'hulp')).finally(() =>
        consoleError.mockRestore(),
      );
      expect([400, 401]).toContain(response.status);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(hits).toEqual([]);
    } finally {
      other.close();
    }
  });

  it('checkActivity refuses non-loopback serviceUrls in unauthenticated mode only', () => {
    const at = (serviceUrl: string) => textActivity(personalChat('X', serviceUrl), 'hulp');
    for (const url of ['http://127.0.0.1:56150/', 'http://localhost:3979/', 'http://[::1]:1/', 'https://127.0.0.1/']) {
      expect(checkActivity(at(url), { authenticated: false })).toMatchObject({ ok: true });
    }
    for (const url of ['http://169.254.169.254/', 'http://127.0.0.2/', 'http://localhost.example.org/', 'http://0.0.0.0/', 'https://smba.trafficmanager.net/emea/']) {
      const checked = checkActivity(at(url), { authenticated: false });
      expect(checked).toMatchObject({ ok: false });
      expect(!checked.ok && checked.error).toMatch(/serviceUrl must be a loopback address/);
    }
    expect(checkActivity(at('https://smba.trafficmanager.net/emea/'), { authenticated: true })).toMatchObject({ ok: true });
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

  it('answers an invoke it does not act on with 200, not the SDK’s 501 (found by the fuzz test)', async () => {
    const chat = personalChat(uniqueId('tenant-'), connector.url);
    const invoke = { ...textActivity(chat, ''), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute' } } };
    expect((await postActivity(bot, invoke)).status).toBe(200);
  });

  it('reads a message whose mention entity lacks `mentioned` or `text` instead of failing with 500 (found by the fuzz test)', async () => {
    const chat = personalChat(uniqueId('tenant-'), connector.url);
    const activity = { ...textActivity(chat, '<at>Samen Opleiden</at> hulp'), entities: [{ type: 'mention', text: '<at>Samen Opleiden</at>' }, { type: 'mention', mentioned: { id: 7 } }] };
    expect((await postActivity(bot, activity)).status).toBe(200);
    await connector.waitForPosts(chat.conversationId, 1);
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

  it('refuses a forged JWT-shaped token with 401 and no internal details', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const token = [
        part({ alg: 'RS256', kid: 'forged-key', typ: 'JWT' }),
        part({ iss: 'https://api.botframework.com', aud: '00000000-0000-0000-0000-0000000000aa', exp: Math.floor(Date.now() / 1000) + 3600, serviceurl: connector.url }),
        part('not a signature'),
      ].join('.');
      const chat = personalChat(uniqueId('T'), connector.url);
      const response = await postActivity(bot, textActivity(chat, 'hulp'), { authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
      expect(response.body).toBe('Unauthorized');
      expect(connector.postsTo(chat.conversationId)).toHaveLength(0);
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
