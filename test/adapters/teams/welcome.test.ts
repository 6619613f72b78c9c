// The welcome through Teams: "hallo" in a personal chat gets a card with
// Action.Submit buttons that stand for commands; pressing one runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { nl } from '../../../src/texts/nl';
import { startConnectorStandIn, type ConnectorStandIn, type RecordedPost } from '../../support/bot-connector-stand-in';
import { startTestBot, uniqueId } from '../../support/bot';
import { cardOf, messageActivity, personalChat, postActivity, textActivity, visibleText } from './teams-client';

let connector: ConnectorStandIn;
let bot: RunningBot;
beforeAll(async () => {
  connector = await startConnectorStandIn();
  bot = await startTestBot({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
});
afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

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
