// `npm run bench`: the bot over loopback on PostgreSQL, next to a bare Bolt app
// measured in the same run. Prints figures, each next to its target; asserts
// nothing (the figures depend on the machine). Needs PostgreSQL
// (BENCH_POSTGRES_URL, default the local server); every phase that needs an
// empty pipeline gets a scratch database of its own, dropped afterwards.
//
//   turn    conversation turns, request → reply call at the Web API / connector
//           stand-in, through inbox, worker, outbox and dispatcher, with nothing
//           queued (p99 < 50 ms)
//   ack     Slack ack latency at BENCH_RATE app_mention events/s over
//           BENCH_CHANNELS channels, bot vs bare Bolt (p99 within 1.3×), with
//           the resident memory of each sampled every second before, during and
//           BENCH_TAIL_SECONDS after the load (flat)
//   sat     saturated ack throughput: BENCH_SAT_CONNECTIONS connections sending
//           as fast as the server answers for BENCH_SAT_SECONDS (≥ 0.8× bare Bolt)
//   fanout  BENCH_FANOUT_MESSAGES outbox rows over BENCH_FANOUT_CHANNELS channels,
//           drained by BENCH_FANOUT_INSTANCES bot processes: duplicates, losses,
//           drain time, pace per channel (burst 4, then 1/s)
//
// BENCH_PHASES=turn,ack,sat,fanout (default all) runs a subset. Other knobs:
// BENCH_EVENTS (or BENCH_SECONDS at BENCH_RATE), BENCH_TURNS, BENCH_TURN_RATE,
// BENCH_FANOUT_INTERLEAVED=1 (one statement per message), BENCH_FANOUT_TIMEOUT,
// BENCH_SPLIT=1 (receiver and worker in processes of their own), BENCH_BOT_ENV,
// BENCH_NODE_ARGS (node options for the bot, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"),
// BENCH_FLOOR=0 (leave out the receiver alone: see below).
//
// The ack and saturation phases also measure the floor: a receiver alone
// (BOT_ROLE=receiver, no worker, so no turn runs and the inbox only grows) under
// the same load. It is what verifying and writing durably before the ack costs by
// itself, with nothing else in the process: the bot cannot come closer to bare Bolt.
import { availableParallelism, loadavg } from 'node:os';
import { resolve, join } from 'node:path';
import pg from 'pg';
import { createDatabaseOn, type ScratchDatabase } from '../test/support/scratch-database';
import { runFanout, type FanoutResult } from './fanout';
import { max, p99BySlice, percentile, runClosedLoop, runOpenLoop, type LoadResult } from './load';
import { slackDm, slackMention, teamsMessage } from './payloads';
import { freePort, probeOf, processStats, sampleRss, startTs, stop, waitUntil, type Probe, type RssSeries } from './processes';
import { StandIns } from './stand-in-client';

const root = resolve(import.meta.dirname, '..');
const num = (name: string, fallback: number) => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number (got ${value})`);
  return parsed;
};
const rate = num('BENCH_RATE', 300);
const events = Math.round(num('BENCH_EVENTS', process.env.BENCH_SECONDS ? rate * num('BENCH_SECONDS', 1) : 20_000));
const channels = num('BENCH_CHANNELS', 50);
const tailS = num('BENCH_TAIL_SECONDS', 20);
const satConnections = num('BENCH_SAT_CONNECTIONS', 64);
const satSeconds = num('BENCH_SAT_SECONDS', 10);
const turnRate = num('BENCH_TURN_RATE', 50);
const turnCount = num('BENCH_TURNS', 300);
const fanoutMessages = num('BENCH_FANOUT_MESSAGES', 10_000);
const fanoutChannels = num('BENCH_FANOUT_CHANNELS', 200);
const fanoutInstances = num('BENCH_FANOUT_INSTANCES', 3);
const fanoutTimeoutS = num('BENCH_FANOUT_TIMEOUT', 180);
const phases = new Set((process.env.BENCH_PHASES ?? 'turn,ack,sat,fanout').split(',').map((p) => p.trim()));
const secret = 'bench-signing-secret-0123';
// BENCH_BOT_ENV="INBOX_WORKERS=2,LOG_LEVEL=info": settings for the bot processes under test.
const botEnv = Object.fromEntries(
  (process.env.BENCH_BOT_ENV ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const postgres = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

// BENCH_SPLIT=1: each bot is two processes on its database, BOT_ROLE=receiver
// (measured: its acks, its memory) and BOT_ROLE=worker (runs the turns).
const split = process.env.BENCH_SPLIT === '1';
const floor = process.env.BENCH_FLOOR !== '0';
const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

const startedAt = performance.now();
const progress = (line: string) => console.log(`[${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// The report, by item (1…5), printed in that order whatever order the phases ran in.
const sections = new Map<number, string[]>();
let item = 0;
const out = (...lines: string[]) => sections.set(item, [...(sections.get(item) ?? []), ...(lines.length ? lines : [''])]);

console.log(
  `Bench on ${availableParallelism()} CPU cores, shared with other work (load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at start): ` + `absolute figures move with the neighbours; compare the bot with bare Bolt measured in the same run.`,
);
console.log(
  `PostgreSQL ${new URL(postgres).host}, Node ${process.version}; phases: ${[...phases].join(', ')}; ` +
    `bot: ${split ? 'BOT_ROLE=receiver + BOT_ROLE=worker (figures of the receiver)' : 'one process (BOT_ROLE=all)'}` +
    `${Object.keys(botEnv).length ? `, ${process.env.BENCH_BOT_ENV}` : ''}\n`,
);

const scratches: ScratchDatabase[] = [];
const children: Array<ReturnType<typeof startTs>> = [];
const standIns = await StandIns.start(root);
const barePort = await freePort();
const bare = startTs(join(root, 'bench/bare-bolt.ts'), {
  PORT: String(barePort),
  SLACK_SIGNING_SECRET: secret,
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_API_URL: standIns.apiUrl,
}, { probe: true });
children.push(bare);
const bareUrl = `http://127.0.0.1:${barePort}`;

interface BotProcess {
  /** The process that answers HTTP (all roles, or the receiver). */
  child: ReturnType<typeof startTs>;
  worker?: ReturnType<typeof startTs>;
  url: string;
  db: ScratchDatabase;
}

/** `receiverOnly`: BOT_ROLE=receiver without a worker (the floor: nothing but verify, record, ack). */
async function startBot({ receiverOnly = false }: { receiverOnly?: boolean } = {}): Promise<BotProcess> {
  const db = await createDatabaseOn(postgres, 'sob_bench');
  scratches.push(db);
  const start = async (role: 'all' | 'receiver' | 'worker') => {
    const port = await freePort();
    const child = startTs(join(root, 'adapters/main.ts'), {
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      DATABASE_URL: db.url,
      SLACK_SIGNING_SECRET: secret,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_API_URL: standIns.apiUrl,
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
      BOT_ROLE: role,
      DOWNLOAD_SIGNING_SECRET: 'bench-download-secret-0123456789abcdef',
      ...botEnv,
    }, { probe: true, nodeArgs });
    children.push(child);
    const url = `http://127.0.0.1:${port}`;
    await waitUntil(async () => (await fetch(`${url}/healthz`)).ok, `the bot (${role})`, 60_000, child);
    return { child, url };
  };
  const { child, url } = await start(split || receiverOnly ? 'receiver' : 'all');
  const worker = split && !receiverOnly ? (await start('worker')).child : undefined;
  return { child, url, db, ...(worker ? { worker } : {}) };
}

/** The same load on a receiver alone (the floor), on a scratch database of its own. */
async function onFloor(phase: string, tag: string, load: (url: string) => Promise<LoadResult>): Promise<LoadResult> {
  progress(`${phase}: the receiver alone (no worker: nothing but verify, record, ack), the same load`);
  const alone = await startBot({ receiverOnly: true });
  try {
    await warmUp(alone.url, tag, false);
    await sleep(2_000);
    return await load(alone.url);
  } finally {
    await stopBot(alone);
  }
}

function ackedPerSecond(r: LoadResult): number {
  return (r.statuses[200] ?? 0) / r.seconds;
}

async function stopBot(bot: BotProcess): Promise<void> {
  await stop(bot.child);
  if (bot.worker) await stop(bot.worker);
  await bot.db.drop();
  scratches.splice(scratches.indexOf(bot.db), 1);
}

/** Mentions in channels of their own (nothing paced, nothing queued) and DMs: JIT, pools, the token check. */
async function warmUp(url: string, tag: string, withTeams: boolean): Promise<void> {
  await runOpenLoop(url, 100, 2, (i) => slackMention(secret, `TWARM${tag}`, i, `CWARM${tag}${i}`));
  await runOpenLoop(url, 100, 1, (i) => slackDm(secret, `TWARM${tag}`, i, `DWARM${tag}${i}`));
  if (withTeams) await runOpenLoop(url, 50, 1, (i) => teamsMessage(standIns.connectorUrl, `warm${tag}`, i, `a:warm${tag}-${i}`));
}

try {
  await waitUntil(async () => (await fetch(`${bareUrl}/slack/events`, { method: 'POST', body: '{}' })).status === 401, 'bare Bolt');
  progress('bare Bolt up; warming it up');
  await warmUp(bareUrl, 'B', false);

  let bot: BotProcess | undefined;
  let satBotStarting: Promise<BotProcess> | undefined;
  if (phases.has('turn') || phases.has('ack')) {
    bot = await startBot();
    progress('bot up on a new scratch database; warming it up');
    await warmUp(bot.url, 'A', true);
    await drained(bot.db.url);
    await settle();
  }

  // 5. Turns with nothing queued: request → reply call at the stand-in.
  if (phases.has('turn') && bot) {
    progress(`turns: ${turnCount} Slack DMs, then ${turnCount} Teams messages, at ${turnRate}/s`);
    const turnSlack = await measureTurns(bot, 'slack');
    const turnTeams = await measureTurns(bot, 'teams');
    const where = await turnStages(bot.db.url);
    item = 5;
    out(`5. Conversation turn, request → reply call at the stand-in (receiver → inbox → worker → outbox → dispatcher → sender), nothing queued`);
    for (const [label, t] of [['Slack DM', turnSlack], ['Teams personal chat', turnTeams]] as const) {
      const p99 = percentile(t.latencies, 99);
      out(
        `   ${pad(label, 20)} ${t.latencies.length}/${turnCount} replied at ${turnRate}/s: p50 ${fmt(percentile(t.latencies, 50))} ms, ` +
          `p99 ${fmt(p99)} ms, max ${fmt(max(t.latencies))} ms   target p99 < 50 ms ${mark(p99 < 50)}` +
          (t.latencies.length < turnCount ? `   (${turnCount - t.latencies.length} without a reply!)` : ''),
      );
      const stages = where[label === 'Slack DM' ? 'slack' : 'teams'];
      if (stages) {
        out(
          `     from the database: received → a worker takes it p50 ${fmt(percentile(stages.pickup, 50))} / p99 ${fmt(percentile(stages.pickup, 99))} ms; ` +
            `taken → reply marked sent p50 ${fmt(percentile(stages.run, 50))} / p99 ${fmt(percentile(stages.run, 99))} ms`,
        );
      }
    }
    out();
  }

  // 1 and 3. Ack latency at a fixed rate, and memory before, during and after.
  if (phases.has('ack') && bot) {
    const seconds = events / rate;
    progress(`ack + memory: bare Bolt, ${events} app_mention events at ${rate}/s over ${channels} channels (${seconds.toFixed(0)} s)`);
    const bareRss = sampleRss(bare, { heap: true });
    await sleep(3_000);
    const bareGc0 = await probeOf(bare, { gc: true, reset: true });
    const bareCpu0 = processStats(bare.pid);
    bareRss.mark('during');
    const bareAck = await runOpenLoop(bareUrl, rate, seconds, (i) => slackMention(secret, 'TACKBARE', i, `C${i % channels}`), { total: events });
    const bareCpu1 = processStats(bare.pid);
    const bareLoop = await probeOf(bare, { reset: true });
    bareRss.mark('after');
    // Bare Bolt's tail runs while the bot is loaded: bare Bolt is idle then, so neither disturbs the other's figure.
    const bareTail = sleep(tailS * 1000).then(async () => {
      bareRss.stop();
      return probeOf(bare, { gc: true });
    });

    progress(`ack + memory: bot, the same load`);
    const botRss = sampleRss(bot.child, { heap: true });
    await sleep(3_000);
    const botGc0 = await probeOf(bot.child, { gc: true, reset: true });
    const botCpu0 = processStats(bot.child.pid);
    const backlogBefore = await backlog(bot.db.url);
    const connections = sampleConnections(bot.db.url);
    botRss.mark('during');
    const botAck = await runOpenLoop(bot.url, rate, seconds, (i) => slackMention(secret, 'TACKBOT', i, `C${i % channels}`), { total: events });
    const botCpu1 = processStats(bot.child.pid);
    const botLoop = await probeOf(bot.child, { reset: true });
    botRss.mark('after');
    const pool = await connections.stop();
    const backlogEnd = await backlog(bot.db.url);
    progress(`ack + memory: ${tailS} s after the load` + (phases.has('sat') ? ' (meanwhile the next bot starts, for the saturation)' : ''));
    // The tail measures memory only: the next phase's bot may start meanwhile.
    satBotStarting = phases.has('sat') ? startBot() : undefined;
    const [bareGc1] = await Promise.all([bareTail, sleep(tailS * 1000), satBotStarting]);
    botRss.stop();
    const botGc1 = await probeOf(bot.child, { gc: true });
    const backlogTail = await backlog(bot.db.url);
    await stopBot(bot);
    bot = undefined;
    const floorAck = floor
      ? await onFloor('ack', 'F', (url) => runOpenLoop(url, rate, seconds, (i) => slackMention(secret, 'TACKFLOOR', i, `C${i % channels}`), { total: events }))
      : undefined;

    item = 1;
    out(`1. Slack ack latency, ${events} signed app_mention events at ${rate}/s over ${channels} channels (open loop)`);
    out(`   ${pad('', 24)} ${pad('sent', 7)} ${pad('200', 7)} ${pad('other', 18)} ${pad('p50 ms', 8)} ${pad('p99 ms', 8)} max ms`);
    const ackRows: Array<[string, LoadResult]> = [['bare Bolt (empty handler)', bareAck], ['samen-opleiden-bot', botAck]];
    if (floorAck) ackRows.push(['receiver alone (floor)', floorAck]);
    for (const [label, r] of ackRows) {
      out(
        `   ${pad(label, 24)} ${pad(r.sent, 7)} ${pad(r.statuses[200] ?? 0, 7)} ${pad(others(r), 18)} ${pad(fmt(percentile(r.latenciesMs, 50)), 8)} ` +
          `${pad(fmt(percentile(r.latenciesMs, 99)), 8)} ${fmt(max(r.latenciesMs))}`,
      );
    }
    const ratio = percentile(botAck.latenciesMs, 99) / percentile(bareAck.latenciesMs, 99);
    out(`   p99 bot / bare Bolt: ${ratio.toFixed(2)}×   target ≤ 1.30× ${mark(ratio <= 1.3)}`);
    if (floorAck) {
      const floorRatio = percentile(floorAck.latenciesMs, 99) / percentile(bareAck.latenciesMs, 99);
      out(
        `   p99 receiver alone / bare Bolt: ${floorRatio.toFixed(2)}× (the durable inbox write before the ack, with no turn running anywhere; ` +
          `p50 ${fmt(percentile(floorAck.latenciesMs, 50) - percentile(bareAck.latenciesMs, 50))} ms more than bare Bolt)`,
      );
    }
    out(`   p99 per 10 s, bare Bolt: ${p99BySlice(bareAck, 10).map(fmt).join(' ')} ms`);
    out(`   p99 per 10 s, bot:       ${p99BySlice(botAck, 10).map(fmt).join(' ')} ms`);
    if (bareCpu0 && bareCpu1 && botCpu0 && botCpu1) {
      out(
        `   CPU per event during the load: bare Bolt ${((bareCpu1.cpuMs - bareCpu0.cpuMs) / events).toFixed(2)} ms, ` +
          `bot ${((botCpu1.cpuMs - botCpu0.cpuMs) / events).toFixed(2)} ms ${split ? '(the receiver process)' : '(receiver and worker and dispatcher: one process)'}` +
          ` = ${((botCpu1.cpuMs - botCpu0.cpuMs) / 1000 / botAck.seconds).toFixed(2)} of ${availableParallelism()} cores`,
      );
    }
    out(`   event loop delay during the load: bare Bolt ${loopLine(bareLoop)}; bot ${loopLine(botLoop)}`);
    out(`   bot's main database pool (10 connections) during the load: ${pool}`);
    out(`   bot pipeline before the load: ${backlogBefore}`);
    out(`   bot pipeline at the end of the load: ${backlogEnd}`);
    out(`   bot pipeline ${tailS} s later: ${backlogTail}`);
    out();
    item = 3;
    out(`3. Resident memory (VmRSS, MiB), sampled every second: before, during and ${tailS} s after ${events} events at ${rate}/s`);
    for (const [label, series, gc0, gc1] of [
      ['bare Bolt', bareRss, bareGc0, bareGc1],
      ['bot', botRss, botGc0, botGc1],
    ] as const) {
      out(...memoryLines(label, series));
      out(
        `     V8 heap in use after a full GC (--expose-gc): before the load ${mib(gc0?.heapUsedMiB)}, ${tailS} s after it ${mib(gc1?.heapUsedMiB)} MiB ` +
          `(external ${mib(gc0?.externalMiB)} → ${mib(gc1?.externalMiB)} MiB)`,
      );
    }
    out();
  } else if (bot) {
    await stopBot(bot);
    bot = undefined;
  }

  // 2. Saturated ack throughput, on a bot with an empty pipeline.
  if (phases.has('sat')) {
    const satBot = await (satBotStarting ?? startBot());
    progress('saturation: a new bot on a new scratch database; warming it up');
    await warmUp(satBot.url, 'S', false);
    await drained(satBot.db.url);
    progress(`saturation: bare Bolt, ${satConnections} connections for ${satSeconds} s`);
    await probeOf(bare, { reset: true });
    const bareSatCpu0 = processStats(bare.pid);
    const bareSat = await runClosedLoop(bareUrl, satConnections, satSeconds, (i) => slackMention(secret, 'TSATBARE', i, `C${i % channels}`));
    const bareSatCpu1 = processStats(bare.pid);
    const bareSatLoop = await probeOf(bare, { reset: true });
    progress(`saturation: bot, the same`);
    const satConnectionsSampled = sampleConnections(satBot.db.url);
    await probeOf(satBot.child, { reset: true });
    const satCpu0 = processStats(satBot.child.pid);
    const botSat = await runClosedLoop(satBot.url, satConnections, satSeconds, (i) => slackMention(secret, 'TSATBOT', i, `C${i % channels}`));
    const satCpu1 = processStats(satBot.child.pid);
    const satLoop = await probeOf(satBot.child, { reset: true });
    const satPool = await satConnectionsSampled.stop();
    const backlogSat = await backlog(satBot.db.url);
    await stopBot(satBot);
    const floorSat = floor
      ? await onFloor('saturation', 'G', (url) => runClosedLoop(url, satConnections, satSeconds, (i) => slackMention(secret, 'TSATFLOOR', i, `C${i % channels}`)))
      : undefined;
    item = 2;
    out(`2. Saturated Slack ack throughput: ${satConnections} connections, each sending again as soon as answered, ${satSeconds} s; app_mention over ${channels} channels`);
    out(`   ${pad('', 24)} ${pad('sent', 8)} ${pad('acked/s', 9)} ${pad('not acked', 24)} ${pad('p50 ms', 8)} p99 ms`);
    const satRows: Array<[string, LoadResult]> = [['bare Bolt (empty handler)', bareSat], ['samen-opleiden-bot', botSat]];
    if (floorSat) satRows.push(['receiver alone (floor)', floorSat]);
    for (const [label, r] of satRows) {
      out(
        `   ${pad(label, 24)} ${pad(r.sent, 8)} ${pad(ackedPerSecond(r).toFixed(0), 9)} ${pad(others(r), 24)} ` +
          `${pad(fmt(percentile(r.latenciesMs, 50)), 8)} ${fmt(percentile(r.latenciesMs, 99))}`,
      );
    }
    const ratio = ackedPerSecond(botSat) / ackedPerSecond(bareSat);
    out(`   acked/s bot / bare Bolt: ${ratio.toFixed(2)}×   target ≥ 0.80× ${mark(ratio >= 0.8)}   (503 = inbox refused, Slack retries: not an ack)`);
    if (floorSat) {
      out(`   acked/s receiver alone / bare Bolt: ${(ackedPerSecond(floorSat) / ackedPerSecond(bareSat)).toFixed(2)}× (no turn running anywhere)`);
    }
    const cores = (a: typeof satCpu0, b: typeof satCpu0, seconds: number) => (a && b ? ((b.cpuMs - a.cpuMs) / 1000 / seconds).toFixed(2) : '–');
    out(
      `   CPU of the server process: bare Bolt ${cores(bareSatCpu0, bareSatCpu1, bareSat.seconds)} cores, bot ${cores(satCpu0, satCpu1, botSat.seconds)} cores; ` +
        `event loop delay: bare Bolt ${loopLine(bareSatLoop)}; bot ${loopLine(satLoop)}`,
    );
    out(`   bot's main database pool (10 connections) meanwhile: ${satPool}`);
    out(`   bot pipeline right after: ${backlogSat}`);
    out(`   (the load generator shares the cores with the server under test and PostgreSQL: both figures are capped by that alike)`);
    out();
  }

  // 4. Fan-out across instances.
  if (phases.has('fanout')) {
    await stop(bare);
    progress(`fan-out: ${fanoutMessages} messages over ${fanoutChannels} channels, ${fanoutInstances} bot instances on one new scratch database`);
    const fan = await runFanout({
      root,
      postgres,
      secret,
      messages: fanoutMessages,
      channels: fanoutChannels,
      instances: fanoutInstances,
      interleaved: process.env.BENCH_FANOUT_INTERLEAVED === '1',
      timeoutS: fanoutTimeoutS,
      log: progress,
    });
    item = 4;
    out(...fanoutLines(fan));
    out();
  }
} catch (error) {
  // Whatever failed, the figures measured so far are printed.
  console.error(`\nThe bench stopped early: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await Promise.all(children.map(stop));
  standIns.close();
  for (const db of scratches) await db.drop().catch(() => undefined);
}

console.log(`\n==== Figures (${availableParallelism()} cores shared with other work; load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')}) ====\n`);
for (const key of [...sections.keys()].sort()) for (const line of sections.get(key)!) console.log(line);
console.log(`whole run: ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);

// ---------------------------------------------------------------------------

async function measureTurns(bot: BotProcess, platform: 'slack' | 'teams'): Promise<{ latencies: number[] }> {
  const { url } = bot;
  await drained(bot.db.url);
  await standIns.reset();
  const sentAt = new Map<string, number>();
  const place = (i: number) => (platform === 'slack' ? `DTURN${i}` : `a:turn-${i}`);
  await runOpenLoop(url, turnRate, turnCount / turnRate, (i) => {
    sentAt.set(place(i), performance.timeOrigin + performance.now());
    return platform === 'slack' ? slackDm(secret, 'TTURN', i, place(i)) : teamsMessage(standIns.connectorUrl, 'turn', i, place(i));
  });
  await drained(bot.db.url);
  await settle();
  const latencies: number[] = [];
  const first = new Map<string, number>();
  for (const [placeId, at] of (await standIns.arrivals())[platform]) if (!first.has(placeId)) first.set(placeId, at);
  for (const [placeId, at] of first) {
    const sent = sentAt.get(placeId);
    if (sent !== undefined) latencies.push(at - sent);
  }
  return { latencies };
}

/** Waits until the stand-ins stop receiving: the bot has sent what it will send for now. */
async function settle(): Promise<void> {
  let last = -1;
  for (let now = (await standIns.arrivals()).count; now !== last; now = (await standIns.arrivals()).count) {
    last = now;
    await sleep(1_000);
  }
}

/** Waits until the bot's inbox has nothing pending and its outbox nothing pending or sending (at most 60 s). */
async function drained(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'bench' });
  await client.connect();
  try {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM inbox_event WHERE status = 'pending') + (SELECT count(*) FROM outbox_message WHERE status IN ('pending', 'sending'))::int AS n`,
      );
      if (Number(rows[0]!.n) === 0) return;
      await sleep(250);
    }
    progress('the bot did not drain its pipeline within 60 s');
  } finally {
    await client.end();
  }
}

async function backlog(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url, application_name: 'bench' });
  await client.connect();
  try {
    const inbox = await client.query<{ status: string; n: number }>(`SELECT status::text AS status, count(*)::int AS n FROM inbox_event GROUP BY 1 ORDER BY 1`);
    const outbox = await client.query<{ status: string; n: number }>(`SELECT status::text AS status, count(*)::int AS n FROM outbox_message GROUP BY 1 ORDER BY 1`);
    const list = (rows: Array<{ status: string; n: number }>) => rows.map((r) => `${r.status} ${r.n}`).join(', ') || 'empty';
    return `inbox ${list(inbox.rows)}; outbox ${list(outbox.rows)}`;
  } finally {
    await client.end();
  }
}

/** Per platform, from the bench's turns: received → taken by a worker, and taken → first reply marked sent (ms). */
async function turnStages(url: string): Promise<Record<string, { pickup: number[]; run: number[] }>> {
  const client = new pg.Client({ connectionString: url, application_name: 'bench' });
  await client.connect();
  try {
    const { rows } = await client.query<{ platform: string; pickup: number; run: number }>(
      `SELECT e.platform::text AS platform,
              extract(epoch FROM e.done_at - e.received_at)::float8 * 1000 AS pickup,
              extract(epoch FROM min(o.sent_at) - e.done_at)::float8 * 1000 AS run
       FROM inbox_event e JOIN outbox_message o ON o.origin = 'inbox:' || e.id
       WHERE e.workspace_id IN ('TTURN', 'turn') AND o.sent_at IS NOT NULL
       GROUP BY e.id`,
    );
    const result: Record<string, { pickup: number[]; run: number[] }> = {};
    for (const row of rows) {
      const entry = (result[row.platform] ??= { pickup: [], run: [] });
      entry.pickup.push(row.pickup);
      entry.run.push(row.run);
    }
    return result;
  } finally {
    await client.end();
  }
}

/** Every 100 ms: how many of the bot's main-pool connections to its database are busy (pg_stat_activity). */
function sampleConnections(url: string): { stop(): Promise<string> } {
  const name = new URL(url).pathname.slice(1);
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString(), application_name: 'bench' });
  const busy: number[] = [];
  const open: number[] = [];
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ busy: number; open: number }>(
        `SELECT count(*) FILTER (WHERE state <> 'idle')::int AS busy, count(*)::int AS open FROM pg_stat_activity
         WHERE datname = $1 AND backend_type = 'client backend'
           AND application_name NOT IN ('bench', 'samen-opleiden-bot jobs') AND pid <> pg_backend_pid()`,
        [name],
      );
      busy.push(rows[0]!.busy);
      open.push(rows[0]!.open);
      await sleep(100);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop.catch(() => undefined);
      await client.end().catch(() => undefined);
      const all = busy.filter((b) => b >= 10).length;
      return (
        `busy p50 ${percentile(busy, 50)}, max ${max(busy)} (open max ${max(open)}); all 10 busy in ${((100 * all) / Math.max(1, busy.length)).toFixed(0)} % ` +
        `of ${busy.length} samples (then the ack's inbox write waits for a connection)`
      );
    },
  };
}

function memoryLines(label: string, series: RssSeries): string[] {
  const of = (phase: string) => series.samples.filter((s) => s.phase === phase).map((s) => s.mib);
  const before = of('before');
  const during = of('during');
  const after = of('after');
  const base = before.at(-1) ?? Number.NaN;
  const peak = max([...during, ...after]);
  const endOfLoad = during.at(-1) ?? Number.NaN;
  const last = after.at(-1) ?? Number.NaN;
  // Growth over the second half of the load, least squares.
  const half = series.samples.filter((s) => s.phase === 'during').slice(Math.floor(during.length / 2));
  const slope = slopePerMinute(half.map((s) => [s.atS, s.mib]));
  const flat = slope <= 10 && last <= peak;
  const cameDown = last < peak - (peak - base) / 3 || peak - base < 16;
  const series1 = (values: number[]) => values.map((v) => v.toFixed(0)).join(' ');
  return [
    `   ${label}: before ${base.toFixed(0)}, peak ${peak.toFixed(0)}, end of load ${endOfLoad.toFixed(0)}, +${after.length} s ${last.toFixed(0)} MiB; ` +
      `second half of the load ${slope >= 0 ? '+' : ''}${slope.toFixed(1)} MiB/min; came back down: ${cameDown ? 'yes' : 'no'}   ` +
      `target flat (second half of the load ≤ +10 MiB/min, none higher after) ${mark(flat)}`,
    `     before: ${series1(before)}`,
    `     during: ${series1(during)}`,
    `     after:  ${series1(after)}`,
    `     V8 heap in use at those samples: ${series1(series.samples.filter((s) => s.phase !== 'before').map((s) => s.heapMiB ?? Number.NaN))}`,
  ];
}

function slopePerMinute(points: Array<[number, number]>): number {
  if (points.length < 2) return Number.NaN;
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return (sxy / sxx) * 60;
}

function fanoutLines(f: FanoutResult): string[] {
  const firstSecond = Math.max(...f.pace.map((p) => p.firstSecond));
  const steadyMax = Math.max(...f.pace.map((p) => p.steadyMax));
  const channelsOver1 = f.pace.filter((p) => p.steadyMax > 1).length;
  const windowsOver1 = f.pace.reduce((n, p) => n + p.steadyWindowsOver1, 0);
  const gcra = f.pace.reduce((n, p) => n + p.gcraViolations, 0);
  const ahead = Math.max(...f.pace.map((p) => p.maxAheadMs));
  const minGap = Math.min(...f.pace.map((p) => p.minGapAfterBurstMs));
  const outOfOrder = f.pace.reduce((n, p) => n + p.outOfOrder, 0);
  const ideal = Math.ceil(f.messages / f.channels) - 4;
  return [
    `4. Fan-out: ${f.messages} messages over ${f.channels} channels written into outbox_message (OutboxRows, one transaction, ` +
      `${f.interleaved ? 'a statement per message, ids interleaved' : "a statement per channel"}, ${f.writeSeconds.toFixed(1)} s), ` +
      `drained by ${f.instances} bot processes into one Web API stand-in`,
    `   duplicates ${f.duplicates}   target 0 ${mark(f.duplicates === 0)}`,
    `   losses ${f.losses}${f.complete ? '' : ' (drain not complete)'}   target 0 ${mark(f.losses === 0)}`,
    `   time to drain (commit → last post) ${f.drainSeconds.toFixed(1)} s   (at 1/s after a burst of 4: ≈ ${ideal} s)`,
    `   throughput ${(f.messages / f.drainSeconds).toFixed(0)} messages/s overall; busiest second ${f.peakAggregatePerSecond} posts (all channels)`,
    `   per channel, posts breaking the pace (GCRA: a burst of 4, then 1/s) by more than ${f.slackMs} ms: ${gcra}   target 0 ${mark(gcra === 0)} ` +
      `(at most ${ahead.toFixed(0)} ms early, by arrival time); most posts in its first second ${firstSecond}   target ≤ 4 ${mark(firstSecond <= 4)}`,
    // A post that went out late leaves its credit: the next may follow sooner and stay within the
    // burst (Slack: about one a second, short bursts allowed). So a 1-second window can hold 2.
    `     most posts in any later 1-second window ${steadyMax}; such windows with 2+ posts: ${windowsOver1} in ${channelsOver1} of ${f.pace.length} channels ` +
      `(a late post lets the next catch up within the burst); shortest gap after the burst ${minGap.toFixed(0)} ms; posts out of order in their channel: ${outOfOrder}   target 0 ${mark(outOfOrder === 0)}`,
    `   posts ${f.posts}, stray posts ${f.strays}; outbox rows by status ${JSON.stringify(f.statuses)}, tried more than once ${f.retried}` +
      (f.failures.length ? `; failures: ${f.failures.join('; ')}` : ''),
  ];
}

function loopLine(p: Probe | undefined): string {
  return p ? `p50 ${fmt(p.delayP50Ms)} / p99 ${fmt(p.delayP99Ms)} / max ${fmt(p.delayMaxMs)} ms` : 'not answered';
}

function mib(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(0);
}

function others(r: LoadResult): string {
  const list = Object.entries(r.statuses)
    .filter(([status]) => status !== '200')
    .map(([status, n]) => (status === '0' ? `no answer: ${n} (${Object.entries(r.errors).map(([code, k]) => `${code} ${k}`).join(', ')})` : `${status}: ${n}`));
  return list.join(', ') || '0';
}

function mark(met: boolean): string {
  return met ? '✓' : '✗';
}

function pad(value: unknown, width: number): string {
  return String(value).padEnd(width);
}

function fmt(ms: number): string {
  return Number.isNaN(ms) ? '–' : ms.toFixed(1);
}
