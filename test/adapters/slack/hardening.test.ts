// Hardening of the Slack route: signed bodies of the wrong shape (or absurdly
// deep) are refused with a 400 at once and the bot keeps serving; a rate-limited
// users.info does not hold a reply; a NUL in an answer does not lose it; a Slack
// retry while the inbox refused is recorded once when the inbox is back.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormRefs } from '../../../adapters/slack/form-refs';
import { createSlackReceiver } from '../../../adapters/slack/receiver';
import { createUserNames } from '../../../adapters/slack/user-names';
import { systemClock } from '../../../src/core/clock';
import { silentLogger } from '../../../src/core/logger';
import { InboxUnavailableError, type InboxEntry, type InboxRecorder } from '../../../src/core/ports';
import { TurnStore } from '../../../src/store/turn-store';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { JSON_TYPE, postEvent, postSigned, slackSignature, TEST_SIGNING_SECRET } from '../../support/slack-signing';
import { appMention, blockActions, directMessage, eventCallback, forTeam, headerOf, newTeam, partnershipWith, startSlackHarness, textOf, viewSubmission, type SlackHarness } from './harness';

const FORM_TYPE = 'application/x-www-form-urlencoded';
const DEPTH = 50_000;
const form = (payload: string) => new URLSearchParams({ payload }).toString();
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number, inner = '1') => `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`;

describe('Slack: signed bodies of the wrong shape', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const teamId = newTeam();
  const envelope = { team_id: teamId, event_id: uniqueId('Ev'), api_app_id: 'APEERREVIEW', event_time: 1 };
  const dm = directMessage({ teamId }, { channel: 'DODD', user: 'UODD', text: 'hulp' });
  const action = blockActions({ teamId, user: 'UODD', channel: 'DODD', button: { action_id: 'taal:en', value: 'en' } });
  const submission = viewSubmission({ teamId, user: 'UODD', callbackId: 'partnership', privateMetadata: JSON.stringify({ c: 'DODD' }), values: { name: 'x' } });
  const without = <T extends Record<string, unknown>>(body: T, key: keyof T) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key));
  const withState = (value: unknown) => ({ ...submission, view: { ...submission.view, state: { values: { name: { name: value } } } } });

  const cases: Array<[string, string, string]> = [
    ['JSON null', 'null', JSON_TYPE],
    ['JSON []', '[]', JSON_TYPE],
    ['JSON 42', '42', JSON_TYPE],
    ['JSON "x"', '"x"', JSON_TYPE],
    ['JSON {}', '{}', JSON_TYPE],
    ['an event_callback with nothing else', '{"type":"event_callback"}', JSON_TYPE],
    ['an event_callback whose event is null', JSON.stringify({ ...envelope, type: 'event_callback', event: null }), JSON_TYPE],
    ['an event_callback whose event is a list', JSON.stringify({ ...envelope, type: 'event_callback', event: [] }), JSON_TYPE],
    ['a DM whose channel is not a string', JSON.stringify({ ...dm, event: { ...dm.event, channel: { id: 'DODD' } } }), JSON_TYPE],
    [
      'a mention whose bot user id is not an id',
      JSON.stringify({
        ...appMention({ teamId }, { channel: 'CODD', user: 'UODD', text: '<@UBOT> hulp' }),
        authorizations: [{ team_id: teamId, user_id: 'U(', is_bot: true }],
      }),
      JSON_TYPE,
    ],
    ['form payload=null', form('null'), FORM_TYPE],
    ['form payload=[]', form('[]'), FORM_TYPE],
    ['form payload={}', form('{}'), FORM_TYPE],
    ['a form without payload or command', 'text=hulp&team_id=T1', FORM_TYPE],
    ['a view_submission without view', form(JSON.stringify(without(submission, 'view'))), FORM_TYPE],
    ['a view_submission whose input value is a list', form(JSON.stringify(withState({ type: 'plain_text_input', value: ['x'] }))), FORM_TYPE],
    ['a view_submission whose selected_options is a string', form(JSON.stringify(withState({ type: 'multi_static_select', selected_options: 'x' }))), FORM_TYPE],
    ['a block_actions without actions', form(JSON.stringify(without(action, 'actions'))), FORM_TYPE],
    ['a block_actions with actions null', form(JSON.stringify({ ...action, actions: null })), FORM_TYPE],
    [
      'a block_actions whose container channel is a number (and no channel)',
      form(JSON.stringify({ ...without(action, 'channel'), container: { ...action.container, channel_id: 42 } })),
      FORM_TYPE,
    ],
    ['a block_actions whose message thread is an object', form(JSON.stringify({ ...action, message: { ...action.message, thread_ts: {} } })), FORM_TYPE],
    [`a ${DEPTH}-deep JSON array`, deepArray(DEPTH), JSON_TYPE],
    [`a ${DEPTH}-deep JSON object`, deepObject(DEPTH), JSON_TYPE],
    [`a ${DEPTH}-deep form payload`, form(deepArray(DEPTH)), FORM_TYPE],
    [`an event_callback whose event is ${DEPTH} deep`, `{"type":"event_callback","team_id":"${teamId}","event_id":"EvDEEP","event":${deepObject(DEPTH)}}`, JSON_TYPE],
    [
      `a view_submission whose input value is ${DEPTH} deep`,
      form(JSON.stringify(withState({ type: 'plain_text_input', value: 0 })).replace('"value":0', `"value":${deepArray(DEPTH)}`)),
      FORM_TYPE,
    ],
  ];

  it.each(cases)('answers %s with a 400 at once', async (_name, body, type) => {
    const answer = await postSigned(h.bot.url, body, type);
    expect(answer.status, answer.text).toBe(400);
    expect(answer.ms).toBeLessThan(1_000);
  });

  it('recorded nothing, called Slack for nothing, and still answers a DM `hulp` afterwards', async () => {
    expect(await h.bot.db.prisma.inboxEvent.count({ where: { workspaceId: teamId } })).toBe(0);
    expect(h.api.calls.filter((call) => call.body.team_id === teamId)).toEqual([]);
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
    const later = newTeam();
    expect((await postEvent(h.bot.url, directMessage({ teamId: later }, { channel: 'DAFTER', user: 'UAFTER', text: 'hulp' }))).status).toBe(200);
    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', later));
    expect(headerOf(reply!.body.blocks)).toBe(nl.help.title);
  });

  it('still acknowledges (200) a request type it does not act on, and an event of a type it does not know', async () => {
    // Slack sends these too (a closed modal, its own rate-limit notice); they are not errors.
    expect((await postSigned(h.bot.url, form(JSON.stringify({ type: 'view_closed', team: { id: teamId }, user: { id: 'UODD' } })), FORM_TYPE)).status).toBe(200);
    expect((await postEvent(h.bot.url, { token: 't', type: 'app_rate_limited', team_id: teamId, minute_rate_limited: 1, api_app_id: 'A' })).status).toBe(200);
    expect((await postEvent(h.bot.url, eventCallback({ teamId }, { type: 'team_join', user: { id: 'UNEW' } }))).status).toBe(200);
  });
});

describe('Slack: users.info rate limited', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers at once with the user id as name, and uses the real name once users.info answers (then from the cache)', async () => {
    const teamId = newTeam();
    h.api.userNames.set('URATE', 'Rana Tahiri');
    h.api.failNext('users.info', { status: 429, retryAfterSeconds: 20 });
    const person = () => h.bot.db.prisma.person.findFirst({ where: { platformUserId: 'URATE', tenant: { externalId: teamId } } });
    const dm = () => postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DRATE', user: 'URATE', text: 'hulp' }));

    const sent = await dm();
    expect(sent.status).toBe(200);
    const [reply] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 1, 5_000);
    expect(headerOf(reply!.body.blocks)).toBe(nl.help.title);
    expect(reply!.at - sent.answeredAt).toBeLessThan(3_000);
    expect((await person())?.displayName).toBe('URATE');
    // The rate-limited call is not recorded by the stand-in; no other was made.
    expect(h.api.calls.filter(forTeam('users.info', teamId))).toHaveLength(0);

    await dm();
    await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 2, 5_000);
    expect((await person())?.displayName).toBe('Rana Tahiri');
    expect(h.api.calls.filter(forTeam('users.info', teamId))).toHaveLength(1);

    await dm();
    await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 3, 5_000);
    expect((await person())?.displayName).toBe('Rana Tahiri');
    expect(h.api.calls.filter(forTeam('users.info', teamId))).toHaveLength(1);
  });
});

describe('Slack: a NUL character in a reflection answer', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('saves the answer without the NUL and says it was saved', async () => {
    const teamId = newTeam();
    const partnershipId = await partnershipWith(h, teamId, 'UNUL', 'Noor Uysal', 'student');
    const dm = (text: string) => postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DNUL', user: 'UNUL', text }));
    const answer =
      'Sinds 2022 voeren de schoolopleider en de instituutsopleider elke acht weken samen een driehoeksgesprek met de student.\u0000 ' +
      'Een tweedejaars student vertelde in de evaluatie dat ze daardoor haar lesvoorbereiding beter kon onder\u0000bouwen.';

    expect((await dm('reflectie leeromgeving')).status).toBe(200);
    const [, first] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 2);
    expect(headerOf(first!.body.blocks)).toBe(nl.reflection.itemHeading('Leeromgeving', 1, 4));

    expect((await dm(answer)).status).toBe(200);
    const [saved] = (await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 3)).slice(2);
    expect(textOf(saved!.body.blocks)).toContain('*Bewaard* als bijdrage van Noor Uysal (student).');
    expect(textOf(saved!.body.blocks)).not.toContain(nl.errors.internal);
    const stored = await new TurnStore(h.bot.db).withTenant('slack', teamId, (scope) => scope.contributions.list(partnershipId));
    expect(stored.map((c) => [c.itemId, c.text])).toEqual([['leeromgeving.minimum.1', answer.replaceAll('\u0000', '')]]);
    const row = await h.bot.db.prisma.inboxEvent.findFirstOrThrow({ where: { workspaceId: teamId }, orderBy: { receivedAt: 'desc' } });
    expect(row.status).not.toBe('failed');
  });
});

describe('Slack receiver: a retry while the inbox refused', () => {
  let server: Server;
  let url: string;
  const recorded: InboxEntry[] = [];
  let refusals = 0;
  const inbox: InboxRecorder = {
    waiting: 0,
    whenIdle: () => null,
    async record(entry) {
      if (refusals === 0) {
        refusals += 1;
        throw new InboxUnavailableError('database went away');
      }
      if (recorded.some((r) => r.turn.workspaceId === entry.turn.workspaceId && r.turn.eventId === entry.turn.eventId)) return 'duplicate';
      recorded.push(entry);
      return 'recorded';
    },
  };

  beforeAll(async () => {
    const handle = createSlackReceiver({
      signingSecret: TEST_SIGNING_SECRET,
      bodyLimit: 512 * 1024,
      inbox,
      names: createUserNames(silentLogger),
      formRefs: createFormRefs(),
      openForm: async () => undefined,
      staleForm: async () => undefined,
      clock: systemClock,
      logger: silentLogger,
    });
    server = createServer((req, res) => void handle(req, res));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
  });

  const send = async (body: string, retryNum?: number) => {
    const timestamp = Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': JSON_TYPE,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(TEST_SIGNING_SECRET, timestamp, body),
      ...(retryNum === undefined ? {} : { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_error' }),
    };
    const response = await fetch(`${url}/slack/events`, { method: 'POST', headers, body });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() };
  };

  it('answers 503 with Retry-After first, then records the retry once and answers 200', async () => {
    const teamId = newTeam();
    const eventId = uniqueId('Ev');
    const body = JSON.stringify(directMessage({ teamId, eventId }, { channel: 'DRETRY', user: 'URETRY', text: 'hulp' }));

    const first = await send(body);
    expect(first.status).toBe(503);
    expect(Number(first.retryAfter)).toBeGreaterThan(0);
    expect(recorded).toHaveLength(0);

    const second = await send(body, 1);
    expect(second.status).toBe(200);
    const third = await send(body, 2);
    expect(third.status).toBe(200);

    expect(refusals).toBe(1);
    expect(recorded.map((entry) => [entry.turn.workspaceId, entry.turn.eventId, entry.turn.input])).toEqual([[teamId, eventId, { kind: 'text', text: 'hulp' }]]);
    expect(recorded[0]!.replyTo).toMatchObject({ channel: 'DRETRY', userId: 'URETRY' });
  });
});
