// Two instances of the bot on one PostgreSQL database, each with its own
// (injected) clock and its own once-a-minute tick, and a restart in between:
// every timeline post reaches Slack exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../adapters/bot';
import { nl } from '../../src/texts/nl';
import { startTestBot } from '../support/bot';
import { withPostgres } from '../support/databases';
import { manualClock, type ManualClock, until } from '../support/manual-clock';
import { startSlackApiStandIn, type SlackApiStandIn } from '../support/slack-api-stand-in';
import { TEST_SIGNING_SECRET } from '../support/slack-signing';
import { CHANNEL, seedTimeline, type Seeded } from '../flows/timeline/harness';

const t = nl.timeline;
const CONCEPT = 'assessment-oriented.concept-self-evaluation';
// As Slack gets them (mrkdwn: *bold*).
const expected = [
  t.notification.post('phase-started', t.phase('assessment-oriented.preparation'), t.date('2026-12-15')),
  t.notification.post('deadline-in-7-days', t.milestone(CONCEPT), t.date('2027-01-15')),
  t.notification.post('deadline-in-1-day', t.milestone(CONCEPT), t.date('2027-01-15')),
].map((text) => text.replaceAll('**', '*'));

let slack: SlackApiStandIn;
const running: RunningBot[] = [];
beforeAll(async () => {
  slack = await startSlackApiStandIn();
});
afterAll(async () => {
  for (const bot of running) await bot.close();
  await slack?.close();
});

async function startInstance(clock: ManualClock): Promise<RunningBot> {
  const bot = await startTestBot({ SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: slack.apiUrl }, { clock });
  running.push(bot);
  return bot;
}

async function stop(bot: RunningBot): Promise<void> {
  await bot.close();
  running.splice(running.indexOf(bot), 1);
}

describe.runIf(withPostgres)('timeline ticks on two instances', () => {
  it('posts each phase start and reminder once, across two instances and a restart', async () => {
    const at = (iso: string) => manualClock(new Date(iso));
    let clocks = [at('2026-12-15T08:00:00Z'), at('2026-12-15T08:00:00Z')];
    let [a, b] = [await startInstance(clocks[0]!), await startInstance(clocks[1]!)];
    const seeded: Seeded = await seedTimeline(a!.db);
    const posted = () =>
      slack.calls.filter((call) => call.method === 'chat.postMessage' && call.body.team_id === seeded.tenant && call.body.channel === CHANNEL).map((call) => call.body.text as string);
    const settled = async (count: number) => {
      await until(() => posted().length >= count, `${count} posts arrived`);
      // Whatever a second instance or a second job would have posted has had time to arrive.
      await until(async () => (await a!.db.prisma.outboxMessage.count({ where: { workspaceId: seeded.tenant, status: { in: ['pending', 'sending'] } } })) === 0, 'the outbox is empty');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    };

    // Both tick at 09:00 Amsterdam, twice each: the phase start goes out once.
    await Promise.all([a!.tickTimelines(), b!.tickTimelines(), a!.tickTimelines(), b!.tickTimelines()]);
    await settled(1);
    expect(posted()).toEqual(expected.slice(0, 1));

    // Instance a stops; a new one starts while b still runs: a week before the deadline, both tick.
    await stop(a!);
    clocks = [at('2027-01-08T16:00:00Z'), clocks[1]!];
    clocks[1]!.advance(new Date('2027-01-08T16:00:00Z').getTime() - clocks[1]!.now().getTime());
    a = await startInstance(clocks[0]!);
    await Promise.all([a.tickTimelines(), b!.tickTimelines()]);
    await settled(2);
    expect(posted()).toEqual(expected.slice(0, 2));

    // Both stop; downtime until the day before, 16:30; two fresh instances tick.
    await stop(a);
    await stop(b!);
    [a, b] = [await startInstance(at('2027-01-14T16:30:00Z')), await startInstance(at('2027-01-14T16:30:00Z'))];
    expect(await a.tickTimelines()).toBe(1);
    await Promise.all([a.tickTimelines(), b.tickTimelines()]);
    await settled(3);
    expect(posted()).toEqual(expected);
    // Nothing is due any more until the deadline itself: the tick schedules nothing.
    expect(await a.tickTimelines()).toBe(0);
  });
});
