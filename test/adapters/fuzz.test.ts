// Thousands of generated, correctly signed bodies to POST /slack/events (JSON
// events, form-encoded slash commands, form `payload=` interactions) and to
// POST /api/messages (activities, unauthenticated local mode): shapes Slack
// and Teams send, with fields left out, null, of the wrong type, huge, deeply
// nested, duplicated or full of odd characters. Whatever arrives, the bot
// answers 2xx or 4xx, never 5xx, never crashes, and /healthz stays 200.
//
// The bodies come from fast-check with a fixed seed (FUZZ_SEED=… tries
// another; FUZZ_RUNS=… sends more; FUZZ_DUMP=file writes the failures and
// warnings there), so a failure is reproduced by its seed;
// the bodies that earned a 5xx are printed.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../adapters/bot';
import { createLogger } from '../../src/core/logger';
import { startTestBot, uniqueId } from '../support/bot';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/bot-connector-stand-in';
import { startSlackApiStandIn, type SlackApiStandIn } from '../support/slack-api-stand-in';
import { slackSignature, TEST_SIGNING_SECRET } from '../support/slack-signing';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 800);
const PARALLEL = 8;

let bot: RunningBot;
let api: SlackApiStandIn;
let connector: ConnectorStandIn;
const logs: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  api = await startSlackApiStandIn();
  connector = await startConnectorStandIn();
  bot = await startTestBot(
    { SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-fuzz', SLACK_API_URL: api.apiUrl, TEAMS_ALLOW_UNAUTHENTICATED: 'true' },
    {
      logger: createLogger('debug', (line) => {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (parsed.level === 'error' || parsed.level === 'warn') logs.push(parsed);
      }),
    },
  );
}, 60_000);

afterAll(async () => {
  await bot?.close();
  await api?.close();
  await connector?.close();
});

// ---------------------------------------------------------------- values

/** Text as people and attackers type it: any unicode, NUL, lone surrogates, markup. */
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', '\udfff x', '<@U123>', '<at>bot</at>', '&nbsp;', '|||', '%00', '../../etc/passwd', "' OR 1=1 --", '$' + '{x}', '\u202e'),
);

const deep = (depth: number, leaf: unknown): unknown => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

/** Anything a field could wrongly hold. */
const wrong: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  oddText,
  fc.constant([]),
  fc.constant({}),
  fc.array(oddText, { maxLength: 3 }),
  fc.dictionary(oddText, oddText, { maxKeys: 3 }),
  fc.integer({ min: 1, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 10, max: 1_500 }).map((n) => deep(n, 'deep')),
);

type Json = Record<string, unknown>;

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (out.length > 200 || value === null || typeof value !== 'object') return out;
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf(child, path, out);
  }
  return out;
}

type Mutation = { pick: number; op: 'delete' | 'set'; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({ pick: fc.nat(), op: fc.constantFrom('delete', 'set', 'set'), value: wrong });

/** A copy of `base` with each mutation applied at a path chosen among the object's own. */
function mutate(base: Json, mutations: readonly Mutation[]): Json {
  const copy = structuredClone(base);
  for (const { pick, op, value } of mutations) {
    const paths = pathsOf(copy);
    if (paths.length === 0) break;
    const path = paths[pick % paths.length]!;
    let parent: any = copy;
    for (const key of path.slice(0, -1)) parent = parent[key];
    const last = path[path.length - 1]!;
    if (op === 'delete' && !Array.isArray(parent)) delete parent[last];
    else parent[last] = value;
  }
  return copy;
}

const mutated = (base: fc.Arbitrary<Json>) =>
  fc.tuple(base, fc.array(mutation, { minLength: 0, maxLength: 4 })).map(([body, mutations]) => mutate(body, mutations));

// ---------------------------------------------------------------- Slack

const teamId = fc.constantFrom('TFUZZ1', 'TFUZZ2', 'TFUZZ3');
const userId = fc.constantFrom('UFUZZ1', 'UFUZZ2', 'U0ABC');
const channel = fc.constantFrom('DFUZZ1', 'CFUZZ1', 'GFUZZ1');
const ts = fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }).map((s) => `${s}.000100`);
const words = fc.oneof(fc.constantFrom('hulp', 'help en', 'taal', 'rol student', 'partnerschap', 'reflectie leeromgeving', 'concept', 'kies 2.2', 'download md', 'bezorging', 'stop'), oddText);
const actionId = fc.oneof(
  fc.constantFrom('language.set', 'draft.use', 'draft.edit', 'draft.show', 'draft.keep-mine', 'reflection.skip', 'partnership.open', 'open-form', 'role.choose'),
  oddText,
);
const eventId = fc.constant(null).map(() => uniqueId('EvFZ'));

const messageEvent = fc.record({ type: fc.constant('message'), channel, channel_type: fc.constantFrom('im', 'channel'), user: userId, text: words, ts, event_ts: ts });
const mentionEvent = fc.record({ type: fc.constant('app_mention'), channel, user: userId, text: words.map((t) => `<@UBOT> ${t}`), ts, event_ts: ts });
const otherEvent = fc.record({ type: fc.constantFrom('reaction_added', 'member_joined_channel', 'app_home_opened', 'message.channels'), user: userId, event_ts: ts });

const eventCallback: fc.Arbitrary<Json> = fc.record({
  token: fc.constant('legacy'),
  team_id: teamId,
  api_app_id: fc.constant('AFUZZ'),
  event: fc.oneof(messageEvent, mentionEvent, otherEvent),
  type: fc.constant('event_callback'),
  event_id: eventId,
  event_time: fc.nat(),
  authorizations: fc.constant([{ team_id: 'TFUZZ1', user_id: 'UBOT', is_bot: true }]),
});
const otherSlackJson: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ type: fc.constant('url_verification'), challenge: oddText, token: fc.constant('legacy') }),
  fc.record({ type: fc.constant('app_rate_limited'), team_id: teamId, minute_rate_limited: fc.nat() }),
  fc.record({ type: oddText }),
);

const slashCommand: fc.Arbitrary<Json> = fc.record({
  token: fc.constant('legacy'),
  team_id: teamId,
  team_domain: fc.constant('fuzz'),
  channel_id: channel,
  channel_name: fc.constant('algemeen'),
  user_id: userId,
  user_name: oddText,
  command: fc.constant('/peerreview'),
  text: words,
  api_app_id: fc.constant('AFUZZ'),
  response_url: fc.constant(null).map(() => api.responseUrl(uniqueId('fz'))),
  trigger_id: fc.constant(null).map(() => uniqueId('trigger.')),
});

const blockActions: fc.Arbitrary<Json> = fc.record({
  type: fc.constant('block_actions'),
  user: fc.record({ id: userId, username: oddText, name: oddText, team_id: teamId }),
  api_app_id: fc.constant('AFUZZ'),
  container: fc.record({ type: fc.constantFrom('message', 'view', 'message_attachment'), message_ts: ts, channel_id: channel, is_ephemeral: fc.boolean() }),
  trigger_id: fc.constant(null).map(() => uniqueId('trigger.')),
  team: fc.record({ id: teamId, domain: fc.constant('fuzz') }),
  channel: fc.record({ id: channel, name: fc.constant('algemeen') }),
  message: fc.record({ type: fc.constant('message'), ts, text: oddText }),
  response_url: fc.constant(null).map(() => api.responseUrl(uniqueId('fz'))),
  actions: fc.array(
    fc.record({ type: fc.constantFrom('button', 'static_select'), block_id: oddText, action_id: actionId, value: oddText, action_ts: ts }),
    { minLength: 1, maxLength: 2 },
  ),
});

const viewSubmission: fc.Arbitrary<Json> = fc.record({
  type: fc.constant('view_submission'),
  user: fc.record({ id: userId, name: oddText, team_id: teamId }),
  team: fc.record({ id: teamId }),
  trigger_id: fc.constant(null).map(() => uniqueId('trigger.')),
  view: fc.record({
    id: fc.constant(null).map(() => uniqueId('V')),
    hash: oddText,
    callback_id: fc.oneof(fc.constantFrom('partnership', 'draft.save|leeromgeving.minimum.2|-|-', 'reflection.answer'), oddText),
    private_metadata: fc.oneof(fc.constant('{"c":"DFUZZ1"}'), fc.constant('{"c":"CFUZZ1","t":"1700000000.000100"}'), oddText),
    state: fc.record({
      values: fc.dictionary(
        oddText,
        fc.dictionary(oddText, fc.record({ type: fc.constantFrom('plain_text_input', 'static_select', 'datepicker'), value: oddText, selected_date: oddText }), { maxKeys: 2 }),
        { maxKeys: 3 },
      ),
    }),
  }),
});
const otherInteraction: fc.Arbitrary<Json> = fc.record({ type: fc.constantFrom('view_closed', 'shortcut', 'message_action', 'block_suggestion', 'interactive_message'), team: fc.record({ id: teamId }), user: fc.record({ id: userId }) });

/** Form fields: a value, a value given twice (a list to the parser), or left out. */
function formEncode(fields: Json): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
    params.append(key, text);
    if (Array.isArray(value)) params.append(key, text);
  }
  return params.toString();
}

type Request = { route: 'slack' | 'teams'; contentType: string; body: string };

const slackRequest: fc.Arbitrary<Request> = fc.oneof(
  { weight: 3, arbitrary: mutated(eventCallback).map((body) => ({ route: 'slack' as const, contentType: 'application/json', body: JSON.stringify(body) })) },
  { weight: 1, arbitrary: mutated(otherSlackJson).map((body) => ({ route: 'slack' as const, contentType: 'application/json', body: JSON.stringify(body) })) },
  { weight: 1, arbitrary: wrong.map((body) => ({ route: 'slack' as const, contentType: 'application/json', body: JSON.stringify(body) ?? 'null' })) },
  { weight: 2, arbitrary: mutated(slashCommand).map((body) => ({ route: 'slack' as const, contentType: 'application/x-www-form-urlencoded', body: formEncode(body) })) },
  {
    weight: 3,
    arbitrary: mutated(fc.oneof(blockActions, blockActions, viewSubmission, viewSubmission, otherInteraction)).map((payload) => ({
      route: 'slack' as const,
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    })),
  },
  {
    weight: 1,
    arbitrary: wrong.map((payload) => ({
      route: 'slack' as const,
      contentType: 'application/x-www-form-urlencoded',
      body: new URLSearchParams({ payload: JSON.stringify(payload) ?? '' }).toString(),
    })),
  },
);

// ---------------------------------------------------------------- Teams

const teamsUser = fc.record({ id: fc.constantFrom('29:fuzz-1', '29:fuzz-2'), name: oddText, aadObjectId: fc.constantFrom('00000000-0000-4000-8000-00000000f001', 'not-a-guid') });
const teamsTenant = fc.constantFrom('tenant-fuzz-1', 'tenant-fuzz-2');
const activity: fc.Arbitrary<Json> = fc.record({
  type: fc.constantFrom('message', 'message', 'message', 'conversationUpdate', 'invoke', 'messageReaction', 'typing', 'event', 'installationUpdate'),
  channelId: fc.constantFrom('msteams', 'emulator', 'webchat'),
  id: fc.constant(null).map(() => uniqueId('act')),
  timestamp: fc.constant('2026-12-02T10:00:00.000Z'),
  serviceUrl: fc.constant(null).map(() => connector.url),
  from: teamsUser,
  recipient: fc.constant({ id: '28:samen-opleiden-bot', name: 'Samen Opleiden' }),
  conversation: fc.record({
    id: fc.constantFrom('a:personal-fuzz-1', '19:fuzzchannel@thread.tacv2;messageid=1700000000000', 'a:personal-fuzz-2'),
    conversationType: fc.constantFrom('personal', 'channel', 'groupChat'),
    tenantId: teamsTenant,
  }),
  channelData: fc.record({ tenant: fc.record({ id: teamsTenant }) }),
  locale: fc.constantFrom('nl-NL', 'en-US', 'xx'),
  text: words,
  textFormat: fc.constant('plain'),
  value: fc.oneof(
    fc.constant(undefined),
    fc.record({ action: actionId, value: oddText }),
    fc.record({ form: fc.constantFrom('partnership', 'draft.save|leeromgeving.minimum.2|-|-'), text: oddText, name: oddText }),
  ),
  entities: fc.constant([{ type: 'mention', text: '<at>Samen Opleiden</at>', mentioned: { id: '28:samen-opleiden-bot', name: 'Samen Opleiden' } }]),
  attachments: fc.constant([]),
}).map((a) => JSON.parse(JSON.stringify(a)) as Json);

const teamsRequest: fc.Arbitrary<Request> = fc.oneof(
  { weight: 4, arbitrary: mutated(activity).map((body) => ({ route: 'teams' as const, contentType: 'application/json', body: JSON.stringify(body) })) },
  { weight: 1, arbitrary: wrong.map((body) => ({ route: 'teams' as const, contentType: 'application/json', body: JSON.stringify(body) ?? 'null' })) },
);

// ---------------------------------------------------------------- sending

async function send(request: Request): Promise<number> {
  const headers: Record<string, string> = { 'content-type': request.contentType };
  if (request.route === 'slack') {
    const timestamp = Math.floor(Date.now() / 1000);
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = slackSignature(TEST_SIGNING_SECRET, timestamp, request.body);
  }
  const response = await fetch(`${bot.url}${request.route === 'slack' ? '/slack/events' : '/api/messages'}`, { method: 'POST', headers, body: request.body });
  await response.arrayBuffer();
  return response.status;
}

describe('fuzzing both routes with signed, generated bodies', () => {
  it('answers every one 2xx or 4xx, stays up, and /healthz stays 200 throughout', async () => {
    const slack = fc.sample(slackRequest, { numRuns: RUNS * 3, seed: SEED });
    const teams = fc.sample(teamsRequest, { numRuns: RUNS, seed: SEED + 1 });
    // Slack and Teams mixed, as they would arrive: three of one, then one of the other.
    const requests = slack.flatMap((request, i) => (i % 3 === 2 && teams[(i - 2) / 3] ? [request, teams[(i - 2) / 3]!] : [request]));

    const health: number[] = [];
    let running = true;
    const watching = (async () => {
      while (running) {
        health.push((await fetch(`${bot.url}/healthz`)).status);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();

    const statuses = new Map<number, number>();
    const failures: Array<{ status: number; request: Request }> = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < requests.length) {
          const request = requests[next++]!;
          let status: number;
          try {
            status = await send(request);
          } catch (error) {
            status = -1;
            failures.push({ status, request: { ...request, body: `${String(error)}: ${request.body.slice(0, 300)}` } });
            continue;
          }
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status >= 500 || status < 200 || (status >= 300 && status < 400)) failures.push({ status, request });
        }
      }),
    );
    running = false;
    await watching;
    health.push((await fetch(`${bot.url}/healthz`)).status);

    if (process.env.FUZZ_DUMP) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(process.env.FUZZ_DUMP, JSON.stringify({ failures, logs }, null, 1));
    }
    const shown = failures.slice(0, 5).map(({ status, request }) => `${status} ${request.route} ${request.contentType}: ${request.body.slice(0, 400)}`);
    expect(shown, `seed ${SEED}; answers ${JSON.stringify(Object.fromEntries(statuses))}`).toEqual([]);
    expect(requests.length).toBeGreaterThanOrEqual(RUNS * 4);
    expect(health.every((status) => status === 200), `health ${health.join(',')}`).toBe(true);
    expect(logs.filter((line) => line.message === 'request failed')).toEqual([]);
    // Both kinds of answer were given: the generator makes valid requests as well as odd ones.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(RUNS / 4);
    expect([...statuses.keys()].some((status) => status >= 400 && status < 500)).toBe(true);
  }, 120_000);
});
