// The language flow over Teams: a card with buttons, a button press (Action.Submit),
// and a restart between question and answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import type { ConnectorStandIn } from '../../support/bot-connector-stand-in';
import { startTestBot, uniqueId } from '../../support/bot';
import { cardOf, messageActivity, personalChat, postActivity, textActivity, visibleText } from './teams-client';
import { closeTeamsHarness, startTeamsHarness } from './teams-harness';

const env = { TEAMS_ALLOW_UNAUTHENTICATED: 'true' };
let connector: ConnectorStandIn;
let bot: RunningBot;

beforeAll(async () => ({ bot, connector } = await startTeamsHarness(env)));

afterAll(() => closeTeamsHarness({ bot, connector }));

describe('Teams language flow', () => {
  it('asks with a card of two buttons, takes the button press and then answers in English', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    await postActivity(bot, textActivity(chat, 'taal'));
    const [question] = await connector.waitForPosts(chat.conversationId, 1);
    const card = cardOf(question!.activity);
    expect(card?.version).toBe('1.5');
    expect(visibleText(question!.activity)).toContain(nl.language.prompt);
    const actions = (card!.body as Array<Record<string, any>>).find((element) => element.type === 'ActionSet')?.actions;
    expect(actions).toEqual([
      expect.objectContaining({ type: 'Action.Submit', title: nl.language.dutch, data: { action: 'language.set', value: 'nl' } }),
      expect.objectContaining({ type: 'Action.Submit', title: nl.language.english, data: { action: 'language.set', value: 'en' } }),
    ]);

    // Teams sends the pressed button's data as the value of a message without text.
    await postActivity(bot, messageActivity(chat, { value: actions[1].data }));
    const [, confirmation] = await connector.waitForPosts(chat.conversationId, 2);
    expect(confirmation!.activity.text).toBe(en.language.set);

    await postActivity(bot, textActivity(chat, 'help'));
    const [, , help] = await connector.waitForPosts(chat.conversationId, 3);
    expect(visibleText(help!.activity)).toContain(en.help.intro);
  });

  it('resumes the open question after a restart and sets English from the typed answer', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    await postActivity(bot, textActivity(chat, 'taal'));
    await connector.waitForPosts(chat.conversationId, 1);

    await bot.close();
    bot = await startTestBot(env);

    await postActivity(bot, textActivity(chat, 'en'));
    const [, confirmation] = await connector.waitForPosts(chat.conversationId, 2);
    expect(confirmation!.activity.text).toBe(en.language.set);
    await postActivity(bot, textActivity(chat, 'hulp'));
    const [, , help] = await connector.waitForPosts(chat.conversationId, 3);
    expect(visibleText(help!.activity)).toContain(en.help.title);
  });

  it('answers a button from an ended conversation with the stale-button text', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    await postActivity(bot, messageActivity(chat, { value: { action: 'nothing.here', value: 'x' } }));
    const [reply] = await connector.waitForPosts(chat.conversationId, 1);
    expect(reply!.activity.text).toBe(nl.errors.staleAction);
  });
});
