// Three instances of the bot on one PostgreSQL database, each with its own
// (injected) clock and drill tick, all ticking at the slot's moment and twice:
// the queue runs drills.run on whichever instance, and each participant's
// prompt reaches Slack exactly once; after a restart of all three an hour
// later (still in working hours) nothing is sent again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../adapters/bot';
import { TurnStore } from '../../src/store/turn-store';
import { defaultSettings } from '../../src/flows/drills/schedule';
import { startTestBot, uniqueId } from '../support/bot';
import { withPostgres } from '../support/databases';
import { manualClock, type ManualClock, until } from '../support/manual-clock';
import { seedPartnership } from '../support/partnerships';
import { startSlackApiStandIn, type SlackApiStandIn } from '../support/slack-api-stand-in';
import { TEST_SIGNING_SECRET } from '../support/slack-signing';

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

describe.runIf(withPostgres)('drill ticks on three instances', () => {
  it('sends each participant’s prompt once', async () => {
    // Tuesday 6 April 2027, 09:00:20 in Amsterdam: the plan's first slot of the week.
    const at = () => manualClock(new Date('2027-04-06T07:00:20.000Z'));
    const bots = [await startInstance(at()), await startInstance(at()), await startInstance(at())];
    const teamId = uniqueId('T');
    const people = ['UDRILLA', 'UDRILLB', 'UDRILLC'];
    const { partnershipId } = await seedPartnership(
      bots[0]!.db,
      { platform: 'slack', workspaceId: teamId },
      people.map((userId, i) => ({ userId, name: `Deelnemer ${i + 1}`, role: i === 0 ? ('coordinator' as const) : ('student' as const) })),
      { visitDate: '2027-05-11' },
    );
    await new TurnStore(bots[0]!.db).withTenant('slack', teamId, (scope) =>
      scope.drills.savePlan(partnershipId, { ...defaultSettings(new Date('2027-04-05T12:00:00.000Z')), enabled: true, nextRunAt: new Date('2027-04-06T07:00:00.000Z') }),
    );
    const posts = () => slack.calls.filter((call) => call.method === 'chat.postMessage' && call.body.team_id === teamId);
    const settled = async (count: number) => {
      await until(() => posts().length >= count, `${count} posts arrived`);
      await until(
        async () => (await bots[0]!.db.prisma.outboxMessage.count({ where: { workspaceId: teamId, status: { in: ['pending', 'sending'] } } })) === 0,
        'the outbox is empty',
      );
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    };

    await Promise.all(bots.flatMap((bot) => [bot.tickDrills(), bot.tickDrills()]));
    // An intro and one question each, by direct message.
    await settled(6);
    const byChannel = new Map<string, number>();
    for (const call of posts()) byChannel.set(String(call.body.channel), (byChannel.get(String(call.body.channel)) ?? 0) + 1);
    expect([...byChannel.entries()].sort()).toEqual(people.map((p) => [`D${p}`, 2]));

    // All three restart an hour later: the slot was handled, nothing goes out again.
    for (const bot of bots) {
      await bot.close();
      running.splice(running.indexOf(bot), 1);
    }
    const later = () => manualClock(new Date('2027-04-06T08:00:00.000Z'));
    const again = [await startInstance(later()), await startInstance(later()), await startInstance(later())];
    expect((await Promise.all(again.map((bot) => bot.tickDrills()))).reduce((a, b) => a + b, 0)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(posts()).toHaveLength(6);
  });
});
