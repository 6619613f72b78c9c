// The fan-out: messages written straight into outbox_message with the real
// writer (OutboxRows in a Prisma transaction), drained by several bot instances
// on one database, each posting to its own view of one Slack Web API stand-in.
// Reads back what arrived: duplicates, losses, order, drain time and the pace
// per channel.
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { say } from '../src/core/messages';
import { openDatabase } from '../src/store/database';
import { OutboxRows } from '../src/store/outbox-store';
import { createDatabaseOn } from '../test/support/scratch-database';
import { freePort, startTs, stop, waitUntil } from './processes';
import { StandIns } from './stand-in-client';

export interface FanoutOptions {
  root: string;
  postgres: string;
  secret: string;
  messages: number;
  channels: number;
  instances: number;
  /** One statement per message, ids interleaved across channels (slower to write); otherwise one statement per channel. */
  interleaved: boolean;
  /** Give up waiting for the drain after this long. */
  timeoutS: number;
  log: (line: string) => void;
}

export interface ChannelPace {
  /** Posts in the first second of the channel (from its first post). */
  firstSecond: number;
  /** Most posts in any 1-second window starting a second or more after the channel's first post. */
  steadyMax: number;
  /** Windows starting after the first second with more than one post in them. */
  steadyWindowsOver1: number;
  /** Posts that break GCRA(1 s, burst 4), with `slackMs` allowed for arrival jitter. */
  gcraViolations: number;
  /** How far the earliest post came ahead of what GCRA(1 s, burst 4) allows (ms; ≤ 0: never ahead). */
  maxAheadMs: number;
  /** Shortest gap between consecutive posts after the first four (ms). */
  minGapAfterBurstMs: number;
  /** Posts that arrived before a message written earlier to the same channel. */
  outOfOrder: number;
}

export interface FanoutResult {
  messages: number;
  channels: number;
  instances: number;
  interleaved: boolean;
  writeSeconds: number;
  /** Commit → last post arrival. */
  drainSeconds: number;
  /** True when everything arrived and nothing is left pending or sending. */
  complete: boolean;
  posts: number;
  duplicates: number;
  losses: number;
  /** Posts without a bench marker or to a channel other than the message's. */
  strays: number;
  statuses: Record<string, number>;
  retried: number;
  failures: string[];
  pace: ChannelPace[];
  /** The most posts that arrived, over all channels, in any whole second of the drain. */
  peakAggregatePerSecond: number;
  slackMs: number;
}

const BURST = 4;
const INTERVAL_MS = 1_000;
const SLACK_MS = 100;

export async function runFanout(options: FanoutOptions): Promise<FanoutResult> {
  const { root, postgres, secret, messages, channels, instances, log } = options;
  const scratch = await createDatabaseOn(postgres, 'sob_bench_fanout');
  const standIns = await StandIns.start(root);
  const bots: Array<ReturnType<typeof startTs>> = [];
  const admin = new pg.Client({ connectionString: scratch.url });
  try {
    const ports: number[] = [];
    for (let i = 0; i < instances; i++) {
      const port = await freePort();
      ports.push(port);
      bots.push(
        startTs(join(root, 'adapters/main.ts'), {
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'error',
          DATABASE_URL: scratch.url,
          SLACK_SIGNING_SECRET: secret,
          SLACK_BOT_TOKEN: 'xoxb-bench',
          SLACK_API_URL: standIns.apiUrl,
        }),
      );
    }
    for (const [i, port] of ports.entries()) {
      await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, `bot instance on ${port}`, 60_000, bots[i]);
    }
    await admin.connect();

    // Message n goes to channel n % channels. Interleaved: one announcement after another to every channel
    // (a statement per message); otherwise each channel's messages in one statement (ids grouped by channel).
    const db = await openDatabase({ url: scratch.url, embeddedDir: '', migrationsDir: join(root, 'prisma/migrations') });
    const channelOf = (n: number) => `CFAN${String(n % channels).padStart(4, '0')}`;
    const writeStarted = performance.now();
    try {
      await db.prisma.$transaction(
        async (tx) => {
          const rows = new OutboxRows(tx, { platform: 'slack', workspaceId: 'TFANOUT', tenantId: randomUUID(), origin: 'bench:fanout', now: new Date() });
          const text = (n: number) => say(`Bench fan-out [bench:${n}] to ${channelOf(n)}`);
          if (options.interleaved) {
            for (let n = 0; n < messages; n++) await rows.enqueue({ kind: 'conversation', conversationId: channelOf(n), reference: {} }, [text(n)], 'nl');
          } else {
            for (let c = 0; c < Math.min(channels, messages); c++) {
              const ns: number[] = [];
              for (let n = c; n < messages; n += channels) ns.push(n);
              await rows.enqueue({ kind: 'conversation', conversationId: channelOf(c), reference: {} }, ns.map(text), 'nl');
            }
          }
        },
        { timeout: 300_000, maxWait: 10_000 },
      );
    } finally {
      await db.close();
    }
    const committedAt = performance.timeOrigin + performance.now();
    const writeSeconds = (performance.now() - writeStarted) / 1000;
    log(`  fan-out: ${messages} messages written in one transaction (${options.interleaved ? 'a statement per message' : 'a statement per channel'}) in ${writeSeconds.toFixed(1)} s; draining with ${instances} instances…`);

    // Wait until everything arrived and nothing is left, or nothing moves for 20 s, or the time is up.
    const deadline = performance.now() + options.timeoutS * 1000;
    let lastCount = -1;
    let lastMove = performance.now();
    let lastReport = performance.now();
    let statuses: Record<string, number> = {};
    let got: Awaited<ReturnType<StandIns['posts']>> = { posts: [], other: 0 };
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      got = await standIns.posts();
      statuses = Object.fromEntries(
        (await admin.query<{ status: string; n: number }>(`SELECT status::text AS status, count(*)::int AS n FROM outbox_message GROUP BY 1`)).rows.map((r) => [
          r.status,
          r.n,
        ]),
      );
      const open = (statuses.pending ?? 0) + (statuses.sending ?? 0);
      const seen = new Set(got.posts.map((p) => p[2]));
      if (seen.size >= messages && open === 0) break;
      if (got.posts.length !== lastCount) {
        lastCount = got.posts.length;
        lastMove = performance.now();
      }
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        log(`  fan-out: ${got.posts.length} posts after ${((performance.timeOrigin + performance.now() - committedAt) / 1000).toFixed(0)} s; outbox ${JSON.stringify(statuses)}`);
      }
      if (open === 0 && performance.now() - lastMove > 3_000) break;
      if (performance.now() - lastMove > 20_000) {
        log('  fan-out: no post for 20 s: stopped waiting');
        break;
      }
      if (performance.now() > deadline) {
        log(`  fan-out: not drained within ${options.timeoutS} s: stopped waiting`);
        break;
      }
    }
    const retried = (await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_message WHERE attempts > 1`)).rows[0]!.n;
    const failures = (
      await admin.query<{ failure: string; n: number }>(
        `SELECT failure, count(*)::int AS n FROM outbox_message WHERE failure IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      )
    ).rows.map((r) => `${r.n}× ${r.failure}`);

    // What arrived.
    const byMarker = new Map<number, number>();
    let strays = 0;
    const perChannel = new Map<string, Array<{ at: number; n: number }>>();
    for (const [channel, at, n] of got.posts) {
      if (n < 0 || n >= messages || channelOf(n) !== channel) strays++;
      byMarker.set(n, (byMarker.get(n) ?? 0) + 1);
      let list = perChannel.get(channel);
      if (!list) perChannel.set(channel, (list = []));
      list.push({ at, n });
    }
    let duplicates = 0;
    for (const [n, times] of byMarker) if (n >= 0 && times > 1) duplicates += times - 1;
    let losses = 0;
    for (let n = 0; n < messages; n++) if (!byMarker.has(n)) losses++;
    const lastAt = Math.max(...got.posts.map((p) => p[1]));
    const firstAt = Math.min(...got.posts.map((p) => p[1]));
    const perSecond = new Map<number, number>();
    for (const [, at] of got.posts) {
      const second = Math.floor((at - firstAt) / 1000);
      perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
    }
    const open = (statuses.pending ?? 0) + (statuses.sending ?? 0);
    return {
      messages,
      channels,
      instances,
      interleaved: options.interleaved,
      writeSeconds,
      drainSeconds: (lastAt - committedAt) / 1000,
      complete: losses === 0 && open === 0,
      posts: got.posts.length,
      duplicates,
      losses,
      strays,
      statuses,
      retried,
      failures,
      pace: [...perChannel.values()].map(paceOf),
      peakAggregatePerSecond: Math.max(0, ...perSecond.values()),
      slackMs: SLACK_MS,
    };
  } finally {
    await admin.end().catch(() => undefined);
    await Promise.all(bots.map(stop));
    standIns.close();
    await scratch.drop();
  }
}

function paceOf(arrivals: Array<{ at: number; n: number }>): ChannelPace {
  const sorted = [...arrivals].sort((a, b) => a.at - b.at);
  const times = sorted.map((a) => a.at);
  const t0 = times[0]!;
  const inWindow = (i: number) => {
    let j = i;
    while (j < times.length && times[j]! < times[i]! + INTERVAL_MS) j++;
    return j - i;
  };
  let firstSecond = 0;
  while (firstSecond < times.length && times[firstSecond]! < t0 + INTERVAL_MS) firstSecond++;
  let steadyMax = 0;
  let steadyWindowsOver1 = 0;
  for (let i = 0; i < times.length; i++) {
    if (times[i]! < t0 + INTERVAL_MS) continue;
    const n = inWindow(i);
    steadyMax = Math.max(steadyMax, n);
    if (n > 1) steadyWindowsOver1++;
  }
  // GCRA with emission interval T and tolerance τ = (burst - 1)·T: a post at t conforms when tat - t ≤ τ.
  let tat = Number.NEGATIVE_INFINITY;
  let gcraViolations = 0;
  let maxAheadMs = Number.NEGATIVE_INFINITY;
  for (const t of times) {
    const ahead = tat - t - (BURST - 1) * INTERVAL_MS;
    maxAheadMs = Math.max(maxAheadMs, ahead);
    if (ahead > SLACK_MS) gcraViolations++;
    tat = Math.max(tat, t) + INTERVAL_MS;
  }
  let minGapAfterBurstMs = Number.POSITIVE_INFINITY;
  for (let i = BURST; i < times.length; i++) minGapAfterBurstMs = Math.min(minGapAfterBurstMs, times[i]! - times[i - 1]!);
  let outOfOrder = 0;
  let highest = -1;
  for (const { n } of sorted) {
    if (n < highest) outOfOrder++;
    highest = Math.max(highest, n);
  }
  return { firstSecond, steadyMax, steadyWindowsOver1, gcraViolations, maxAheadMs, minGapAfterBurstMs, outOfOrder };
}
