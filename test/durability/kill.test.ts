// kill -9 where durability is claimed: the real bot as its own process on a
// PostgreSQL database of its own, signed Slack requests, a Web API stand-in
// that can hang, and SIGKILL at the moments that matter.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../support/databases';
import type { ScratchDatabase } from '../support/scratch-database';
import { startSlackApiStandIn, type SlackApiStandIn } from '../support/slack-api-stand-in';
import { postEvent, TEST_SIGNING_SECRET } from '../support/slack-signing';
import { uniqueId } from '../support/bot';
import { until } from '../support/manual-clock';
import { directMessage } from '../adapters/slack/harness';
import { seedPartnership } from '../support/partnerships';
import { migrationsDir } from '../../adapters/bot';
import { dutchHolidayOn } from '../../src/domain/drills';
import { localDateOf } from '../../src/domain/timeline/zoned-time';
import { openDatabase } from '../../src/store/database';
import { TurnStore } from '../../src/store/turn-store';
import pg from 'pg';

let scratch: ScratchDatabase;
let api: SlackApiStandIn;
let sql: pg.Client;
beforeAll(async () => {
  scratch = await createScratchDatabase();
  api = await startSlackApiStandIn();
  sql = new pg.Client({ connectionString: scratch.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await api?.close();
  await scratch?.drop();
});

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface BotProcess {
  url: string;
  child: ChildProcess;
  kill9(): Promise<void>;
}

async function startBotProcess(database: Record<string, string> = { DATABASE_URL: scratch.url, OUTBOX_LEASE_MS: '2000' }): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...database,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: api.apiUrl,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await until(async () => {
    if (child.exitCode !== null) throw new Error(`bot exited with ${child.exitCode}`);
    return fetch(`${url}/healthz`).then((r) => r.ok, () => false);
  }, 'the bot answers /healthz', 60_000);
  return {
    url,
    child,
    async kill9() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}

// On PostgreSQL what was being sent is taken over after the lease (2 s here, a minute by default).
const rows = async (text: string, values: unknown[]) => (await sql.query(text, values)).rows as Array<Record<string, unknown>>;
const postsTo = (channel: string) => api.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === channel);

// Each test starts two bot processes one after the other: under load that takes longer than the default 30 s.
describe('kill -9', { timeout: 120_000 }, () => {
  it('after the ack and before the turn commits: every acknowledged answer is run once after the restart', async () => {
    const teamId = uniqueId('T');
    const people = Array.from({ length: 20 }, (_, i) => ({ user: `UKILL${i}`, channel: `DKILL${teamId}${i}` }));
    // users.info hangs: each turn waits for the name before it can commit.
    api.hold('users.info');
    const first = await startBotProcess();
    try {
      const acks = await Promise.all(people.map((p) => postEvent(first.url, directMessage({ teamId }, { channel: p.channel, user: p.user, text: 'hulp' }))));
      expect(acks.map((a) => a.status)).toEqual(people.map(() => 200));
    } finally {
      await first.kill9();
    }
    // Acknowledged, recorded, not run: nothing was answered.
    const pending = await rows(`SELECT count(*)::int AS n FROM inbox_event WHERE workspace_id = $1 AND status = 'pending'`, [teamId]);
    expect(pending[0]!.n).toBeGreaterThan(0);
    expect(people.flatMap((p) => postsTo(p.channel))).toHaveLength(0);

    api.release('users.info');
    const second = await startBotProcess();
    try {
      await until(() => people.every((p) => postsTo(p.channel).length >= 1), 'every person is answered', 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(people.map((p) => postsTo(p.channel).length)).toEqual(people.map(() => 1));
      expect(await rows(`SELECT status::text, count(*)::int AS n FROM inbox_event WHERE workspace_id = $1 GROUP BY status`, [teamId])).toEqual([
        { status: 'done', n: 20 },
      ]);
    } finally {
      await second.kill9();
    }
  });

  it('after the turn committed and before delivery: every reply is delivered once after the restart', async () => {
    const teamId = uniqueId('T');
    const people = Array.from({ length: 10 }, (_, i) => ({ user: `UPOST${i}`, channel: `DPOST${teamId}${i}` }));
    // The Web API hangs on posts and never takes them.
    api.hold('chat.postMessage');
    const first = await startBotProcess();
    try {
      await Promise.all(people.map((p) => postEvent(first.url, directMessage({ teamId }, { channel: p.channel, user: p.user, text: 'hulp' }))));
      await until(
        async () => (await rows(`SELECT count(*)::int AS n FROM outbox_message WHERE workspace_id = $1`, [teamId]))[0]!.n === 10,
        'all ten replies are in the outbox',
        20_000,
      );
    } finally {
      await first.kill9();
    }
    expect(await rows(`SELECT count(*)::int AS n FROM outbox_message WHERE workspace_id = $1 AND status = 'sent'`, [teamId])).toEqual([{ n: 0 }]);
    expect(people.flatMap((p) => postsTo(p.channel))).toHaveLength(0);

    api.release('chat.postMessage');
    const second = await startBotProcess();
    try {
      await until(() => people.every((p) => postsTo(p.channel).length >= 1), 'every reply is delivered', 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(people.map((p) => postsTo(p.channel).length)).toEqual(people.map(() => 1));
      expect(await rows(`SELECT status::text, count(*)::int AS n FROM outbox_message WHERE workspace_id = $1 GROUP BY status`, [teamId])).toEqual([
        { status: 'sent', n: 10 },
      ]);
    } finally {
      await second.kill9();
    }
  });

  it('the one window for a duplicate: the platform took the post and the process died before marking it', async () => {
    const teamId = uniqueId('T');
    const channel = `DDUP${teamId}`;
    // Slack takes the post, but its answer never arrives.
    api.hold('chat.postMessage', { accepted: true });
    const first = await startBotProcess();
    try {
      await postEvent(first.url, directMessage({ teamId }, { channel, user: 'UDUP', text: 'hulp' }));
      await until(() => postsTo(channel).length === 1, 'Slack has the post');
    } finally {
      await first.kill9();
    }
    api.release('chat.postMessage');
    const second = await startBotProcess();
    try {
      // Its lease runs out and it is sent again: the person sees it twice. This is the documented window.
      await until(() => postsTo(channel).length === 2, 'the post is sent again', 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(postsTo(channel)).toHaveLength(2);
      expect(postsTo(channel)[1]!.body.text).toBe(postsTo(channel)[0]!.body.text);
      expect(await rows(`SELECT status::text, attempts FROM outbox_message WHERE workspace_id = $1`, [teamId])).toEqual([{ status: 'sent', attempts: 1 }]);
    } finally {
      await second.kill9();
    }
  });

  it('on the embedded database, a reply the dead process was sending goes out at the restart, without waiting for its lease', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sob-kill-'));
    // A lease of ten minutes: a delivery well within it cannot have waited for it.
    const embedded = { EMBEDDED_DB_DIR: join(dir, 'db'), OUTBOX_LEASE_MS: '600000' };
    const teamId = uniqueId('T');
    const channel = `DEMB${teamId}`;
    api.hold('chat.postMessage');
    const first = await startBotProcess(embedded);
    try {
      await postEvent(first.url, directMessage({ teamId }, { channel, user: 'UEMB', text: 'hulp' }));
      // The post is under way (the stand-in holds it): the row is marked sending with a minute's lease.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    } finally {
      await first.kill9();
    }
    api.release('chat.postMessage');
    const started = Date.now();
    const second = await startBotProcess(embedded);
    try {
      await until(() => postsTo(channel).length >= 1, 'the reply is delivered', 60_000);
      expect(Date.now() - started).toBeLessThan(90_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(postsTo(channel)).toHaveLength(1);
    } finally {
      await second.kill9();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // The bot's own tick (every two seconds here, TICK_CRON) runs the plan's slot (two minutes ago, so on time): real time, no injected clock.
  const ticking = () => ({ DATABASE_URL: scratch.url, OUTBOX_LEASE_MS: '2000', TICK_CRON: '*/2 * * * * *' });
  const slotAt = new Date(Date.now() - 2 * 60_000);
  const slotDate = localDateOf(slotAt, 'Europe/Amsterdam');
  it.skipIf(dutchHolidayOn(slotDate) !== undefined)(
    'drill prompts claimed and written to the outbox, killed before the send: each goes out once after the restart, and a second run of the slot sends nothing',
    async () => {
      const teamId = uniqueId('T');
      const people = Array.from({ length: 5 }, (_, i) => ({ userId: `UDRILL${teamId}${i}`, name: `Deelnemer ${i + 1}`, role: 'student' as const }));
      const db = await openDatabase({ url: scratch.url, embeddedDir: '', migrationsDir });
      try {
        const visit = new Date(slotAt.getTime() + 30 * 24 * 60 * 60_000);
        const { partnershipId } = await seedPartnership(db, { platform: 'slack', workspaceId: teamId }, people, { visitDate: localDateOf(visit, 'Europe/Amsterdam') });
        const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(slotAt);
        const weekday = ((new Date(`${slotDate}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
        await new TurnStore(db).withTenant('slack', teamId, (scope) =>
          scope.drills.savePlan(partnershipId, {
            enabled: true,
            startDate: slotDate,
            weekdays: [weekday],
            time,
            timeZone: 'Europe/Amsterdam',
            questionsPerWeek: 1,
            holidays: [],
            goodFriday: false,
            groups: [],
            channelId: null,
            lastProcessed: new Date(slotAt.getTime() - 60 * 60_000),
            nextRunAt: new Date(slotAt.getTime() - 60_000),
          }),
        );
      } finally {
        await db.close();
      }
      const postsOfPeople = () => people.map((p) => postsTo(`D${p.userId}`).length);
      const prompts = async () => (await rows(`SELECT count(*)::int AS n FROM drill_prompt WHERE partnership_id IN (SELECT id FROM partnership WHERE tenant_id IN (SELECT id FROM tenant WHERE external_id = $1)) AND outcome = 'sent'`, [teamId]))[0]!.n;
      // The drill run's rows (the timeline's run writes its own).
      const outboxRows = async () => (await rows(`SELECT count(*)::int AS n FROM outbox_message WHERE workspace_id = $1 AND origin LIKE 'job:drills.run:%'`, [teamId]))[0]!.n;

      // The Web API hangs on posts: the run commits its claims and outbox rows, nothing reaches Slack.
      api.hold('chat.postMessage');
      const first = await startBotProcess(ticking());
      try {
        await until(async () => (await prompts()) === 5 && (await outboxRows()) === 10, 'five prompts claimed, intro and question each in the outbox', 100_000);
        // The run's job is done in the queue, too (else its key would hold a second run back).
        await until(
          async () => (await rows(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'drills.run' AND state = 'completed' AND data->>'workspaceId' = $1`, [teamId]))[0]!.n === 1,
          'the run is completed in the queue',
          10_000,
        );
      } finally {
        await first.kill9();
      }
      expect(postsOfPeople()).toEqual(people.map(() => 0));
      // As if the slot were run again (another instance, an older clock): the claims must stop it.
      await sql.query(`UPDATE drill_plan SET last_processed = ($2::timestamptz AT TIME ZONE 'UTC'), next_run_at = ($3::timestamptz AT TIME ZONE 'UTC') WHERE partnership_id IN (SELECT id FROM partnership WHERE tenant_id IN (SELECT id FROM tenant WHERE external_id = $1))`, [
        teamId,
        new Date(slotAt.getTime() - 60 * 60_000),
        new Date(slotAt.getTime() - 60_000),
      ]);

      api.release('chat.postMessage');
      const second = await startBotProcess(ticking());
      try {
        await until(() => postsOfPeople().every((n) => n >= 2), 'every prompt is delivered', 100_000);
        await until(
          async () => (await rows(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'drills.run' AND state = 'completed' AND data->>'workspaceId' = $1`, [teamId]))[0]!.n === 2,
          'the second run of the slot is done',
          100_000,
        );
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(postsOfPeople()).toEqual(people.map(() => 2));
        expect(await prompts()).toBe(5);
        expect(await outboxRows()).toBe(10);
      } finally {
        await second.kill9();
      }
    },
    240_000,
  );
});
