// `npm run bench:drills`: due practice prompts fanned out by several bot
// processes on one PostgreSQL database, with their own once-a-minute drill
// ticks (node-cron, the real clock) and one Slack Web API stand-in. Prints,
// asserts nothing: duplicates (must be 0), losses (must be 0), time to drain,
// the peak per-channel rate.
//
// Seeds BENCH_DRILL_PARTNERSHIPS (200) workspaces with one partnership of
// BENCH_DRILL_MEMBERS (50) each: 10,000 participants, each due one prompt (an
// intro and one question: two direct-message posts) at the current minute in
// Europe/Amsterdam. BENCH_DRILL_INSTANCES (3) bot processes; BENCH_POSTGRES_URL
// (default the local server); BENCH_DRILL_TIMEOUT seconds (600).
import { join, resolve } from 'node:path';
import pg from 'pg';
import { createDatabaseOn } from '../test/support/scratch-database';
import { freePort, startTs, stop, waitUntil } from './processes';
import { StandIns } from './stand-in-client';

const root = resolve(import.meta.dirname, '..');
const num = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const partnerships = num('BENCH_DRILL_PARTNERSHIPS', 200);
const members = num('BENCH_DRILL_MEMBERS', 50);
const instances = num('BENCH_DRILL_INSTANCES', 3);
const timeoutS = num('BENCH_DRILL_TIMEOUT', 600);
const postgres = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const log = (line: string) => console.log(line);

const amsterdam = (at: Date, part: 'date' | 'time') =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', ...(part === 'date' ? { dateStyle: 'short' } : { timeStyle: 'short' }) }).format(at);

async function main(): Promise<void> {
  const people = partnerships * members;
  log(`drills bench: ${people} due prompts (${partnerships} partnerships × ${members}), ${instances} bot processes, Node ${process.version}`);
  const scratch = await createDatabaseOn(postgres, 'sob_bench_drills');
  const standIns = await StandIns.start(root);
  const bots: ReturnType<typeof startTs>[] = [];
  const admin = new pg.Client({ connectionString: scratch.url });
  try {
    const ports: number[] = [];
    for (let i = 0; i < instances; i++) {
      const port = await freePort();
      ports.push(port);
      const env = {
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        DATABASE_URL: scratch.url,
        SLACK_SIGNING_SECRET: 'bench-secret',
        SLACK_BOT_TOKEN: 'xoxb-bench',
        SLACK_API_URL: standIns.apiUrl,
      };
      bots.push(startTs(join(root, 'adapters/main.ts'), env));
      // The first one migrates the scratch database; the others start after it.
      await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, `bot instance on ${port}`, 120_000, bots[i]);
    }
    await admin.connect();

    // Every participant is due one prompt now: all seven weekdays, one question a day, at this minute.
    const now = new Date();
    const visit = amsterdam(new Date(now.getTime() + 14 * 86_400_000), 'date');
    const time = amsterdam(now, 'time');
    const seedStart = performance.now();
    await admin.query('BEGIN');
    await admin.query(`INSERT INTO tenant (id, platform, external_id) SELECT gen_random_uuid(), 'slack', 'TBENCH' || i FROM generate_series(1, $1) i`, [partnerships]);
    await admin.query(
      `INSERT INTO person (id, tenant_id, platform_user_id, display_name, updated_at)
       SELECT gen_random_uuid(), t.id, 'U' || substr(t.external_id, 7) || 'M' || j, 'Deelnemer ' || j, now() FROM tenant t, generate_series(1, $1) j`,
      [members],
    );
    await admin.query(
      `INSERT INTO partnership (id, tenant_id, name, region, sectors, review_type, visit_date, created_by_id, updated_at)
       SELECT gen_random_uuid(), t.id, 'Bench ' || t.external_id, 'Regio', ARRAY['PO']::"Sector"[], 'assessment', $1::date,
              (SELECT p.id FROM person p WHERE p.tenant_id = t.id ORDER BY p.platform_user_id LIMIT 1), now()
       FROM tenant t`,
      [visit],
    );
    await admin.query(
      `INSERT INTO membership (id, tenant_id, partnership_id, person_id, role, updated_at)
       SELECT gen_random_uuid(), p.tenant_id, pa.id, p.id, (CASE WHEN p.id = pa.created_by_id THEN 'coordinator' ELSE 'student' END)::"PartnerRole", now()
       FROM person p JOIN partnership pa ON pa.tenant_id = p.tenant_id`,
    );
    await admin.query(
      `INSERT INTO drill_plan (partnership_id, tenant_id, enabled, weekdays, time, time_zone, questions_per_week, last_processed, next_run_at, updated_at)
       SELECT id, tenant_id, true, ARRAY[1,2,3,4,5,6,7], $1, 'Europe/Amsterdam', 7, now() - interval '5 minutes', now() - interval '1 second', now() FROM partnership`,
      [time],
    );
    await admin.query('COMMIT');
    const seeded = Date.now();
    log(`  seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; the ticks (once a minute, each process) take it from here…`);

    const expected = people * 2;
    // (The timeline's own posts come on top; the wait below is for the drills' rows.)
    const deadline = Date.now() + timeoutS * 1000;
    let got = await standIns.posts();
    let open = 1;
    for (;;) {
      await new Promise((r) => setTimeout(r, 1_000));
      got = await standIns.posts();
      open = (await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_message WHERE status IN ('pending', 'sending')`)).rows[0]!.n;
      const prompts = (await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM drill_prompt WHERE outcome = 'sent'`)).rows[0]!.n;
      if (got.posts.length >= expected && open === 0 && prompts >= people) break;
      if (Date.now() > deadline) {
        log(`  not drained within ${timeoutS} s: stopped waiting`);
        break;
      }
    }
    await new Promise((r) => setTimeout(r, 3_000));
    got = await standIns.posts();

    const perChannel = new Map<string, number[]>();
    for (const [channel, at] of got.posts) {
      const list = perChannel.get(channel) ?? [];
      list.push(at);
      perChannel.set(channel, list);
    }
    // What the bot decided per person (the drills' rows, and any other post, e.g. the timeline's hint to a coordinator).
    const rows = await admin.query<{ user_id: string; drills: number; all: number }>(
      `SELECT target->>'userId' AS user_id, count(*) FILTER (WHERE origin LIKE 'job:drills.run:%')::int AS drills, count(*)::int AS all
       FROM outbox_message WHERE target->>'kind' = 'person' GROUP BY 1`,
    );
    const decided = new Map(rows.rows.map((r) => [`D${r.user_id}`, r]));
    const doubleDecided = rows.rows.filter((r) => r.drills > 2).length;
    const others = rows.rows.reduce((n, r) => n + r.all - r.drills, 0);
    let duplicates = 0;
    let losses = 0;
    for (const [channel, list] of perChannel) duplicates += Math.max(0, list.length - (decided.get(channel)?.all ?? 0));
    // A person whose prompt was not decided, or whose decided posts did not all arrive.
    losses = people - rows.rows.filter((r) => r.drills >= 2 && (perChannel.get(`D${r.user_id}`)?.length ?? 0) >= r.all).length;
    let peak = 0;
    for (const list of perChannel.values()) {
      const sorted = [...list].sort((a, b) => a - b);
      for (let i = 0; i < sorted.length; i++) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1]! - sorted[i]! < 1_000) j++;
        peak = Math.max(peak, j - i + 1);
      }
    }
    const times = got.posts.map((p) => p[1]);
    const firstAt = Math.min(...times);
    const lastAt = Math.max(...times);
    const keys = (await admin.query<{ outcome: string; n: number }>(`SELECT outcome, count(*)::int AS n FROM drill_prompt GROUP BY 1`)).rows;
    log(`  prompt keys: ${keys.map((k) => `${k.n} ${k.outcome}`).join(', ')}`);
    log(`  posts: ${got.posts.length} of ${expected} expected, to ${perChannel.size} DM channels; outbox still open: ${open}`);
    log(`  other posts to the same people (not drills: the timeline's hint to each coordinator): ${others}`);
    log(`  people with a prompt decided twice: ${doubleDecided} (must be 0)`);
    log(`  duplicates: ${duplicates} posts beyond what was decided (must be 0)`);
    log(`  losses: ${losses} (must be 0)`);
    log(`  time to drain: ${((lastAt - seeded) / 1000).toFixed(1)} s from the seed (first post after ${((firstAt - seeded) / 1000).toFixed(1)} s: the next minute's tick), ${((lastAt - firstAt) / 1000).toFixed(1)} s first to last post`);
    log(`  peak per-channel rate: ${peak} posts in 1 s (a prompt is 2 posts; the pace allows a burst of 4, then 1/s)`);
  } finally {
    await admin.end().catch(() => undefined);
    await Promise.all(bots.map(stop));
    standIns.close();
    await scratch.drop();
  }
}

await main();
