// The welcome through Teams: "hallo" in a personal chat gets a card with
// Action.Submit buttons that stand for commands; pressing one runs it. The
// same card comes once when the bot is installed or added to a chat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { nl } from '../../../src/texts/nl';
import type { ConnectorStandIn, RecordedPost } from '../../support/bot-connector-stand-in';
import { uniqueId } from '../../support/bot';
import { seedPartnership } from '../../support/partnerships';
import { cardOf, messageActivity, personalChat, postActivity, textActivity, visibleText, type Chat } from './teams-client';
import { closeTeamsHarness, startTeamsHarness } from './teams-harness';


// Cards show `code` as bold: the words before it.
const mentionsOnly = nl.welcome.inChannel.split('`')[0]!;
let connector: ConnectorStandIn;
let bot: RunningBot;
beforeAll(async () => ({ bot, connector } = await startTeamsHarness()));
afterAll(() => closeTeamsHarness({ bot, connector }));

/** Each Action.Submit of a card: its title and the data it sends. */
function submits(post: RecordedPost): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Submit' && typeof o.title === 'string') found.set(o.title, o.data as Record<string, unknown>);
    Object.values(o).forEach(walk);
  };
  walk(cardOf(post.activity));
  return found;
}

describe('Teams welcome', () => {
  it('greets in a personal chat with a card; its help button answers with the help', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    expect((await postActivity(bot, textActivity(chat, 'Hallo!'))).status).toBe(200);
    const [welcome] = await connector.waitForPosts(chat.conversationId, 1);
    expect(visibleText(welcome!.activity)).toContain(nl.welcome.title);
    const help = submits(welcome!).get(nl.welcome.helpButton);
    expect(help).toBeDefined();
    expect((await postActivity(bot, messageActivity(chat, { value: help }))).status).toBe(200);
    const posts = await connector.waitForPosts(chat.conversationId, 2);
    expect(visibleText(posts[1]!.activity)).toContain(nl.help.title);
  });
});

describe('Teams welcome when the bot arrives', () => {
  const BOT = { id: '28:samen-opleiden-bot', name: 'Samen Opleiden' };
  const arrival = (chat: Chat, type: 'installationUpdate' | 'conversationUpdate', extra: Record<string, unknown>) => {
    const { text: _text, textFormat: _format, timestamp: _at, ...activity } = messageActivity(chat);
    return { ...activity, type, recipient: BOT, conversation: { id: chat.conversationId.split(';')[0], conversationType: chat.conversationType, tenantId: chat.tenantId }, ...extra };
  };
  const inbox = () => bot.db.prisma.inboxEvent;

  it('welcomes once on a personal install: installationUpdate and conversationUpdate for one install, and a redelivery', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    const install = arrival(chat, 'installationUpdate', { action: 'add' });
    expect((await postActivity(bot, install)).status).toBe(200);
    const [welcome] = await connector.waitForPosts(chat.conversationId, 1);
    expect(visibleText(welcome!.activity)).toContain(nl.welcome.title);
    expect(visibleText(welcome!.activity)).toContain(nl.welcome.noPartnership);
    expect(visibleText(welcome!.activity)).not.toContain(mentionsOnly);
    expect([...submits(welcome!).entries()]).toEqual([
      [nl.welcome.setUpButton, { action: 'command', value: 'partnerschap' }],
      [nl.welcome.helpButton, { action: 'command', value: 'hulp' }],
    ]);
    // The same install's conversationUpdate, the install delivered again: no second welcome.
    await postActivity(bot, arrival(chat, 'conversationUpdate', { membersAdded: [{ id: BOT.id }, { id: chat.user.id }] }));
    await postActivity(bot, install);
    // Turns of one person in one chat run in order: `hulp` is answered right after the one welcome.
    await postActivity(bot, textActivity(chat, 'hulp'));
    const posts = await connector.waitForPosts(chat.conversationId, 2);
    expect(visibleText(posts[1]!.activity)).toContain(nl.help.title);
    expect(await inbox().count({ where: { workspaceId: chat.tenantId } })).toBe(3);
  });

  it('welcomes a group chat it is added to, with a word on mentions and the next step of the one who added it', async () => {
    const tenantId = uniqueId('T');
    const chat: Chat = { ...personalChat(tenantId, connector.url), conversationId: `19:${uniqueId('group')}@thread.v2`, conversationType: 'groupChat' };
    await seedPartnership(bot.db, { platform: 'teams', workspaceId: tenantId }, [{ userId: chat.user.aadObjectId, name: chat.user.name, role: 'student' }]);
    // Another member joining says nothing; the bot added does.
    await postActivity(bot, arrival(chat, 'conversationUpdate', { membersAdded: [{ id: '29:someone-else' }] }));
    await postActivity(bot, arrival(chat, 'conversationUpdate', { membersAdded: [{ id: BOT.id }] }));
    const [welcome] = await connector.waitForPosts(chat.conversationId, 1);
    expect(visibleText(welcome!.activity)).toContain(mentionsOnly);
    expect([...submits(welcome!).values()].map((data) => data.value)).toEqual(['reflectie', 'voortgang', 'hulp']);
    expect(await inbox().count({ where: { workspaceId: tenantId } })).toBe(1);
  });
});
