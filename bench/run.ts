// `npm run bench`: acknowledgement latency and conversation-turn latency of the
// running bot over loopback, next to a bare Bolt app measured in the same run.
// Prints figures; asserts nothing. Needs PostgreSQL (BENCH_POSTGRES_URL, default
// the local server). Targets (issue 2): the bot's Slack ack p99 within 1.3× the
// bare Bolt app's at 300 events/s; a turn (request → database write → reply call)
// p99 under 50 ms on PostgreSQL.
import { join, resolve } from 'node:path';
import { percentile, runOpenLoop, type LoadResult } from './load';
import { slackDm, teamsMessage } from './payloads';
import { createDatabaseOn } from '../test/support/scratch-database';
import { freePort, processStats, startTs, stop, waitUntil } from './processes';

const root = resolve(import.meta.dirname, '..');
const rate = Number(process.env.BENCH_RATE ?? 300);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const turnRate = Number(process.env.BENCH_TURN_RATE ?? 50);
const turnCount = Number(process.env.BENCH_TURNS ?? 500);
const secret = 'bench-signing-secret-0123';
const postgres = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

const db = await createDatabaseOn(postgres, 'sob_bench');
const standIns = startTs(join(root, 'bench/stand-ins.ts'), {});
const { apiUrl, connectorUrl } = await nextMessage<{ apiUrl: string; connectorUrl: string }>('ready');
const [botPort, barePort] = [await freePort(), await freePort()];
const bot = startTs(join(root, 'adapters/main.ts'), {
  PORT: String(botPort),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'error',
  DATABASE_URL: db.url,
  SLACK_SIGNING_SECRET: secret,
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_API_URL: apiUrl,
  TEAMS_ALLOW_UNAUTHENTICATED: 'true',
});
const bare = startTs(join(root, 'bench/bare-bolt.ts'), {
  PORT: String(barePort),
  SLACK_SIGNING_SECRET: secret,
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_API_URL: apiUrl,
});
const botUrl = `http://127.0.0.1:${botPort}`;
const bareUrl = `http://127.0.0.1:${barePort}`;

try {
  await waitUntil(async () => (await fetch(`${botUrl}/healthz`)).ok, 'the bot');
  await waitUntil(async () => (await fetch(`${bareUrl}/slack/events`, { method: 'POST', body: '{}' })).status === 401, 'bare Bolt');

  console.log(`Bench: ${rate} events/s for ${seconds} s per run, over loopback; PostgreSQL; Node ${process.version}\n`);
  // Warm both up (JIT, connection pools, the bot token check), then measure.
  await runOpenLoop(bareUrl, 100, 2, (i) => slackDm(secret, 'TWARM', i, 'DWARM'));
  await runOpenLoop(botUrl, 100, 2, (i) => slackDm(secret, 'TWARM', i, 'DWARM'));
  await runOpenLoop(botUrl, 50, 2, (i) => teamsMessage(connectorUrl, 'warm', i, 'a:warm'));

  // Alternate so that drift on the machine hits both alike.
  const bareRuns: LoadResult[] = [];
  const botRuns: LoadResult[] = [];
  const cpuBefore = { bot: processStats(bot.pid), bare: processStats(bare.pid) };
  for (let round = 0; round < 2; round++) {
    bareRuns.push(await runOpenLoop(bareUrl, rate, seconds, (i) => slackDm(secret, `TBARE${round}`, i, `DB${round}-${i}`)));
    botRuns.push(await runOpenLoop(botUrl, rate, seconds, (i) => slackDm(secret, `TBOT${round}`, i, `DB${round}-${i}`)));
  }
  await settle(async () => (await arrivals()).count);
  const cpuAfter = { bot: processStats(bot.pid), bare: processStats(bare.pid) };
  const bareAck = pool(bareRuns);
  const botAck = pool(botRuns);
  const teamsAck = await runOpenLoop(botUrl, rate, seconds, (i) => teamsMessage(connectorUrl, 'bench', i, `a:bench-${i}`));

  // Conversation turns: request sent → reply call received by the stand-in.
  await settle(async () => (await arrivals()).count);
  const turnSlack = await measureTurns('slack');
  const turnTeams = await measureTurns('teams');

  const rows = [
    ['Slack ack, bare Bolt (empty handler)', bareAck],
    ['Slack ack, samen-opleiden-bot', botAck],
    ['Teams activity → 200, samen-opleiden-bot', teamsAck],
  ] as const;
  console.log(pad('what', 44), pad('sent', 7), pad('ok', 7), pad('req/s', 8), pad('p50 ms', 8), pad('p99 ms', 8), 'max ms');
  for (const [label, r] of rows) {
    console.log(pad(label, 44), pad(r.sent, 7), pad(r.ok, 7), pad((r.ok / r.seconds).toFixed(0), 8), pad(fmt(percentile(r.latenciesMs, 50)), 8), pad(fmt(percentile(r.latenciesMs, 99)), 8), fmt(Math.max(...r.latenciesMs)));
  }
  const ratio = percentile(botAck.latenciesMs, 99) / percentile(bareAck.latenciesMs, 99);
  if (cpuBefore.bot && cpuAfter.bot && cpuBefore.bare && cpuAfter.bare) {
    const perEvent = (after: number, before: number, n: number) => ((after - before) / n).toFixed(2);
    console.log(
      `\nCPU per Slack event: bot ${perEvent(cpuAfter.bot.cpuMs, cpuBefore.bot.cpuMs, botAck.sent)} ms, ` +
        `bare Bolt ${perEvent(cpuAfter.bare.cpuMs, cpuBefore.bare.cpuMs, bareAck.sent)} ms; ` +
        `resident memory: bot ${cpuAfter.bot.rssMiB.toFixed(0)} MiB, bare Bolt ${cpuAfter.bare.rssMiB.toFixed(0)} MiB`,
    );
  }
  console.log(`\nSlack ack p99, bot / bare Bolt: ${ratio.toFixed(2)}× (target ≤ 1.30×: ${ratio <= 1.3 ? 'met' : 'NOT met'})`);
  for (const [label, latencies] of [['Slack', turnSlack], ['Teams', turnTeams]] as const) {
    const p99 = percentile(latencies, 99);
    console.log(
      `${label} turn (request → DB write → reply call), ${latencies.length} turns at ${turnRate}/s: ` +
        `p50 ${fmt(percentile(latencies, 50))} ms, p99 ${fmt(p99)} ms (target < 50 ms: ${p99 < 50 ? 'met' : 'NOT met'})`,
    );
  }
} finally {
  await Promise.all([stop(bot), stop(bare)]);
  standIns.disconnect();
  await db.drop();
}

async function measureTurns(platform: 'slack' | 'teams'): Promise<number[]> {
  const sentAt = new Map<string, number>();
  const place = (i: number) => (platform === 'slack' ? `DTURN${i}` : `a:turn-${i}`);
  await runOpenLoop(botUrl, turnRate, turnCount / turnRate, (i) => {
    sentAt.set(place(i), performance.timeOrigin + performance.now());
    return platform === 'slack' ? slackDm(secret, 'TTURN', i, place(i)) : teamsMessage(connectorUrl, 'turn', i, place(i));
  });
  await settle(async () => (await arrivals()).count);
  const latencies: number[] = [];
  for (const [placeId, at] of (await arrivals())[platform]) {
    const sent = sentAt.get(placeId);
    if (sent !== undefined) latencies.push(at - sent);
  }
  return latencies;
}

/** Waits until a counter stops growing: the bot has sent what it will send. */
async function settle(count: () => Promise<number>): Promise<void> {
  let last = -1;
  for (let now = await count(); now !== last; now = await count()) {
    last = now;
    await new Promise((r) => setTimeout(r, 500));
  }
}

interface Arrivals {
  slack: Array<[string, number]>;
  teams: Array<[string, number]>;
  count: number;
}

function arrivals(): Promise<Arrivals> {
  const reply = nextMessage<Arrivals>('arrivals');
  standIns.send({ type: 'arrivals' });
  return reply;
}

function nextMessage<T>(type: string): Promise<T> {
  return new Promise((resolve) => {
    const listen = (message: { type: string } & T) => {
      if (message.type !== type) return;
      standIns.off('message', listen);
      resolve(message);
    };
    standIns.on('message', listen);
  });
}

function pool(runs: LoadResult[]): LoadResult {
  return {
    sent: runs.reduce((n, r) => n + r.sent, 0),
    ok: runs.reduce((n, r) => n + r.ok, 0),
    failed: runs.reduce((n, r) => n + r.failed, 0),
    seconds: runs.reduce((n, r) => n + r.seconds, 0),
    latenciesMs: runs.flatMap((r) => r.latenciesMs),
  };
}

function pad(value: unknown, width: number): string {
  return String(value).padEnd(width);
}

function fmt(ms: number): string {
  return ms.toFixed(1);
}
