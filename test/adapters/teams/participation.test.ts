// `deelname` through Teams on the real server: the coordinator's overview card,
// and its reminder button, which opens a personal chat with who wrote nothing
// and sends the reminder there, once a day.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { nl } from '../../../src/texts/nl';
import type { ConnectorStandIn } from '../../support/bot-connector-stand-in';
import { uniqueId } from '../../support/bot';
import { seedPartnership } from '../../support/partnerships';
import { cardOf, messageActivity, personalChat, textActivity, visibleText, type Chat } from './teams-client';
import { closeTeamsHarness, replyTo, startTeamsHarness } from './teams-harness';

const t = nl.partnership.participation;

let connector: ConnectorStandIn;
let bot: RunningBot;
beforeAll(async () => ({ bot, connector } = await startTeamsHarness()));
afterAll(() => closeTeamsHarness({ bot, connector }));

const reply = (chat: Chat, activity: Record<string, unknown>, count: number) => replyTo({ bot, connector }, chat, activity, count);

type Element = Record<string, any>;

/** The value once `find` has one (posts to other conversations are delivered on their own). */
async function until<T>(find: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error('not found in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Teams deelname', () => {
  it('shows who wrote what and reminds who wrote nothing in a personal chat, once a day', async () => {
    const chat = personalChat(uniqueId('tenant-'), connector.url);
    const sam = randomUUID();
    await seedPartnership(bot.db, { platform: 'teams', workspaceId: chat.tenantId }, [
      { userId: chat.user.aadObjectId, name: chat.user.name, role: 'coordinator' },
      { userId: sam, name: 'Sam Student', role: 'student' },
    ]);
    const overview = await reply(chat, textActivity(chat, 'deelname'), 1);
    expect(visibleText(overview)).toContain('0 van 1 studenten');
    const remind = (cardOf(overview)!.body as Element[])
      .filter((element) => element.type === 'ActionSet')
      .flatMap((element) => element.actions as Element[])
      .find((action) => action.title === t.remindButton)!;
    expect(visibleText(await reply(chat, messageActivity(chat, { value: remind.data }), 2))).toContain(t.reminded(1));
    // The reminder went to a personal chat the bot opened with Sam.
    const opened = await until(() => connector.created.find((c) => JSON.stringify(c.parameters).includes(sam)));
    const [toSam] = await connector.waitForPosts(opened!.id, 1);
    expect(visibleText(toSam!.activity)).toContain('Hallo Sam Student!');

    expect(visibleText(await reply(chat, messageActivity(chat, { value: remind.data }), 3))).toContain(t.alreadyReminded);
    expect(connector.postsTo(opened!.id)).toHaveLength(1);
  });
});
