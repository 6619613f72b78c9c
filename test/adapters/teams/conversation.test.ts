// Teams conversations against the real bot: real HTTP, real engine, real PostgreSQL,
// with a stand-in connector receiving the replies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { cardMarkdown } from '../../../adapters/teams/render-card';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import type { ConnectorStandIn } from '../../support/bot-connector-stand-in';
import { uniqueId } from '../../support/bot';
import { cardOf, channelChat, mentionActivity, personalChat, postActivity, textActivity, visibleText } from './teams-client';
import { closeTeamsHarness, startTeamsHarness } from './teams-harness';

let connector: ConnectorStandIn;
let bot: RunningBot;

beforeAll(async () => ({ bot, connector } = await startTeamsHarness()));

afterAll(() => closeTeamsHarness({ bot, connector }));

describe('Teams conversation', () => {
  it('waits out a throttled reply (429 with Retry-After) and still delivers it', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    connector.throttleNext(chat.conversationId, 1);
    const before = connector.throttled;
    const started = performance.now();
    expect((await postActivity(bot, textActivity(chat, 'hulp'))).status).toBe(200);
    const [reply] = await connector.waitForPosts(chat.conversationId, 1, 10_000);
    expect(connector.throttled).toBe(before + 1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(visibleText(reply!.activity)).toContain(nl.help.intro);
  });

  it('answers `hulp` in a personal chat with the Dutch help, as a reply to the message', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    const activity = textActivity(chat, 'hulp');
    expect((await postActivity(bot, activity)).status).toBe(200);

    const [reply] = await connector.waitForPosts(chat.conversationId, 1);
    expect(reply!.replyToId).toBe(activity.id);
    expect(reply!.activity.type).toBe('message');
    expect(reply!.activity.conversation.id).toBe(chat.conversationId);
    const card = cardOf(reply!.activity);
    expect(card?.type).toBe('AdaptiveCard');
    const shown = visibleText(reply!.activity);
    expect(shown).toContain(nl.help.title);
    expect(shown).toContain(nl.help.intro);
    // Cards show `code` as bold (cardMarkdown).
    for (const command of nl.help.commands) expect(shown).toContain(cardMarkdown(command.description));
  });

  it('answers `help en` in English', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    await postActivity(bot, textActivity(chat, 'help en'));
    const [reply] = await connector.waitForPosts(chat.conversationId, 1);
    const shown = visibleText(reply!.activity);
    expect(shown).toContain(en.help.title);
    expect(shown).toContain(en.help.intro);
    expect(shown).not.toContain(nl.help.intro);
  });

  it('answers an @mention in a channel, with the mention removed from the command', async () => {
    const chat = channelChat(uniqueId('T'), connector.url);
    await postActivity(bot, mentionActivity(chat, 'hulp'));
    const [reply] = await connector.waitForPosts(chat.conversationId, 1);
    expect(visibleText(reply!.activity)).toContain(nl.help.title);
  });

  it('answers an unknown command with a plain text pointing to `hulp`', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    await postActivity(bot, textActivity(chat, 'vliegtuig'));
    const [reply] = await connector.waitForPosts(chat.conversationId, 1);
    expect(cardOf(reply!.activity)).toBeUndefined();
    expect(reply!.activity.text).toBe(nl.errors.unknownCommand('vliegtuig'));
    expect(reply!.activity.textFormat).toBe('markdown');
  });

  it('replies once to an activity Teams delivers twice', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    const activity = textActivity(chat, 'hulp');
    expect((await postActivity(bot, activity)).status).toBe(200);
    expect((await postActivity(bot, activity)).status).toBe(200);
    // A later, different message proves the bot still answers: its reply comes right after the first.
    const later = textActivity(chat, 'onbekend');
    await postActivity(bot, later);
    await connector.waitForPosts(chat.conversationId, 2);
    expect(connector.postsTo(chat.conversationId).map((post) => post.replyToId)).toEqual([activity.id, later.id]);
  });

  it('stores the conversation reference with the serviceUrl a proactive post needs', async () => {
    const tenantId = uniqueId('T');
    const chat = personalChat(tenantId, connector.url);
    await postActivity(bot, textActivity(chat, 'hulp'));
    await connector.waitForPosts(chat.conversationId, 1);

    const row = await bot.db.prisma.conversation.findFirst({
      where: { externalId: chat.conversationId, tenant: { platform: 'teams', externalId: tenantId } },
    });
    expect(row?.kind).toBe('dm');
    const reference = row?.reference as Record<string, any>;
    expect(reference.serviceUrl).toBe(connector.url);
    expect(reference.conversation.id).toBe(chat.conversationId);
    expect(reference.channelId).toBe('msteams');
    expect(reference.bot.id).toBe('28:samen-opleiden-bot');

    const person = await bot.db.prisma.person.findFirst({ where: { tenant: { externalId: tenantId } } });
    expect(person?.platformUserId).toBe(chat.user.aadObjectId);
    expect(person?.displayName).toBe(chat.user.name);
  });

  it('ignores a conversationUpdate that adds someone else with 200 and no reply', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    const update = {
      ...textActivity(chat, ''),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: '29:someone-else' }],
    };
    expect((await postActivity(bot, update)).status).toBe(200);
    // Then a real message: its reply must be the first and only post.
    await postActivity(bot, textActivity(chat, 'hulp'));
    const posts = await connector.waitForPosts(chat.conversationId, 1);
    expect(posts).toHaveLength(1);
    expect(visibleText(posts[0]!.activity)).toContain(nl.help.title);
  });
});
