// The reflection end to end through Teams: real Bot Framework activities and
// Action.Submit values against the real server and database, with the
// connector stand-in receiving the cards and texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBot } from '../../../adapters/bot';
import { TurnStore } from '../../../src/store/turn-store';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import type { ConnectorStandIn, RecordedPost } from '../../support/bot-connector-stand-in';
import { uniqueId } from '../../support/bot';
import { seedPartnership } from '../../support/partnerships';
import { cardOf, channelChat, mentionActivity, messageActivity, personalChat, postActivity, textActivity, visibleText, type Chat } from './teams-client';
import { closeTeamsHarness, startTeamsHarness } from './teams-harness';
import { until } from '../../support/manual-clock';

let connector: ConnectorStandIn;
let bot: RunningBot;
beforeAll(async () => ({ bot, connector } = await startTeamsHarness()));
afterAll(() => closeTeamsHarness({ bot, connector }));

const t = nl.reflection;

async function seed(chat: Chat): Promise<string> {
  const member = { userId: chat.user.aadObjectId, name: chat.user.name, role: 'workplace_mentor' as const };
  const where = { platform: 'teams' as const, workspaceId: chat.tenantId };
  const { partnershipId } = await seedPartnership(bot.db, where, [member], { name: 'Partnerschap Rivierenland', region: 'Onderwijsregio Midden', sectors: ['PO'] });
  return partnershipId;
}

/** Sends an activity and returns the `count` replies it brought. */
function conversation(chat: Chat) {
  let seen = 0;
  return async (activity: Record<string, unknown>, count: number): Promise<RecordedPost[]> => {
    expect((await postActivity(bot, activity)).status).toBe(200);
    const posts = await connector.waitForPosts(chat.conversationId, seen + count);
    const fresh = posts.slice(seen, seen + count);
    seen += count;
    return fresh;
  };
}

/** The Action.Submit buttons of a card, by title. */
function actionsOf(post: RecordedPost): Map<string, Record<string, unknown>> {
  const sets = (cardOf(post.activity)?.body ?? []).filter((element: any) => element.type === 'ActionSet');
  return new Map(sets.flatMap((set: any) => set.actions.map((action: any) => [action.title, action.data])));
}

const press = (chat: Chat, post: RecordedPost, title: string) => {
  const data = actionsOf(post).get(title);
  if (!data) throw new Error(`no button ${title}`);
  return messageActivity(chat, { value: data });
};

describe('Teams reflection', () => {
  it('walks a waarborg in a personal chat with cards, coaching and Action.Submit buttons', async () => {
    const chat = personalChat(uniqueId('T'), connector.url);
    const partnershipId = await seed(chat);
    const send = conversation(chat);

    const [intro, first] = await send(textActivity(chat, 'reflectie kwaliteitscultuur'), 2);
    expect(intro!.activity.text).toBe(t.start('Kwaliteitscultuur', 3));
    const shown = visibleText(first!.activity);
    expect(shown).toContain(t.itemHeading('Kwaliteitscultuur', 1, 3));
    expect(shown).toContain(`${t.progressLabel('Kwaliteitscultuur')}: 0/3`);
    expect([...actionsOf(first!).entries()]).toEqual([
      [t.skipButton, { action: 'reflection.skip', value: 'kwaliteitscultuur.minimum.1' }],
      [t.pauseButton, { action: 'reflection.pause', value: 'kwaliteitscultuur.minimum.1' }],
    ]);

    const plan = 'In de toekomst willen we de evaluatie van de stages samen met de scholen uitbreiden.';
    const [criteria, followUp] = await send(textActivity(chat, plan), 2);
    // Only text: a plain markdown reply, no card.
    expect(cardOf(criteria!.activity)).toBeUndefined();
    expect(criteria!.activity.text).toContain(t.saved('Fatima de Vries', 'werkplekbegeleider'));
    expect(criteria!.activity.text).toContain(t.criterionLine(false, 'Uitvoering in de praktijk', t.reasons['only-intentions']));
    expect(visibleText(followUp!.activity)).toContain(nl.coaching.askCurrentPractice('In de toekomst'));

    // "Nee, ga door": on to item 2, with no other follow-up about item 1.
    const [declined, second] = await send(press(chat, followUp!, t.declineButton), 2);
    expect(declined!.activity.text).toBe(t.declined);
    expect(visibleText(second!.activity)).toContain(t.itemHeading('Kwaliteitscultuur', 2, 3));
    expect(visibleText(second!.activity)).toContain('Doen we het goede?');
    expect(visibleText(second!.activity)).not.toContain(nl.coaching.askStudentExample);

    const [skipped, third] = await send(press(chat, second!, t.skipButton), 2);
    expect(skipped!.activity.text).toBe(t.skipped(2));
    expect(visibleText(third!.activity)).toContain(t.itemHeading('Kwaliteitscultuur', 3, 3));

    // The skip button of item 1, pressed now, is stale: a note and the current question, nothing skipped.
    const [stale, current] = await send(press(chat, first!, t.skipButton), 2);
    expect(stale!.activity.text).toBe(t.staleButton);
    expect(visibleText(current!.activity)).toContain(t.itemHeading('Kwaliteitscultuur', 3, 3));

    const stored = await new TurnStore(bot.db).withTenant('teams', chat.tenantId, (scope) => scope.contributions.list(partnershipId));
    expect(stored.map((c) => [c.itemId, c.authorName, c.role, c.text, c.declinedFollowUps])).toEqual([
      ['kwaliteitscultuur.minimum.1', 'Fatima de Vries', 'workplace_mentor', plan, ['ask-current-practice']],
    ]);
  });

  it('speaks English after `language en`, with English criteria and follow-ups', async () => {
    const chat = personalChat(uniqueId('T'), connector.url, 'en-US');
    await seed(chat);
    const send = conversation(chat);
    await send(textActivity(chat, 'language en'), 1);

    const [intro, first] = await send(textActivity(chat, 'reflect quality culture'), 2);
    expect(intro!.activity.text).toBe(en.reflection.start('Quality culture', 3));
    expect(visibleText(first!.activity)).toContain(en.reflection.itemHeading('Quality culture', 1, 3));
    expect([...actionsOf(first!).keys()]).toEqual([en.reflection.skipButton, en.reflection.pauseButton]);

    const answer =
      'Since 2022 the school-based and institute-based teacher educators hold a joint evaluation every semester with the students. ' +
      'A second-year student told us in the evaluation that the new feedback form helped her plan lessons.';
    const [criteria, followUp] = await send(textActivity(chat, answer), 2);
    expect(criteria!.activity.text).toContain(en.reflection.saved('Fatima de Vries', 'workplace mentor'));
    expect(criteria!.activity.text).toContain(en.reflection.criterionLine(false, 'Coherence with the other waarborgen', en.reflection.reasons['no-link']));
    expect(visibleText(followUp!.activity)).toContain('How does this connect to the other waarborgen');

    const [declined, second] = await send(textActivity(chat, 'no'), 2);
    expect(declined!.activity.text).toBe(en.reflection.declined);
    expect(visibleText(second!.activity)).toContain(en.reflection.itemHeading('Quality culture', 2, 3));
  });
});

describe('Teams reflection asked for in a channel', () => {
  it('goes on in a personal chat: a note in the thread, a message with a start button, and the reflection there', async () => {
    const tenantId = uniqueId('T');
    const channel = channelChat(tenantId, connector.url);
    const member = { userId: channel.user.aadObjectId, name: channel.user.name, role: 'workplace_mentor' as const };
    const { partnershipId } = await seedPartnership(bot.db, { platform: 'teams', workspaceId: tenantId }, [member], { name: 'Partnerschap Kanaal', region: 'Onderwijsregio Midden', sectors: ['PO'] });
    expect((await postActivity(bot, mentionActivity(channel, 'reflectie leeromgeving'))).status).toBe(200);
    const [note] = await connector.waitForPosts(channel.conversationId, 1);
    expect(note!.activity.text).toBe(t.movedToPrivate);
    await until(() => connector.created.some((c) => connector.postsTo(c.id).length > 0 && c.parameters.members?.[0]?.id === channel.user.aadObjectId), 'a personal chat is opened and posted to');
    const opened = connector.created.find((c) => c.parameters.members?.[0]?.id === channel.user.aadObjectId)!;
    const [invite] = connector.postsTo(opened.id);
    expect(visibleText(invite!.activity)).toContain(t.privateStart('Leeromgeving'));
    const begin = actionsOf(invite!).get(t.privateStartButton);
    expect(begin).toMatchObject({ action: 'command', value: 'reflectie leeromgeving' });
    // Nothing was opened in the channel: nothing there waits for an answer that would never arrive.
    const inChannel = await new TurnStore(bot.db).withTenant('teams', tenantId, async (scope) => {
      const me = await scope.upsertPerson(channel.user.aadObjectId, channel.user.name);
      return scope.loadState(me.id, `${channel.conversationId.split(';')[0]}:1700000000000`);
    });
    expect(inChannel).toBeNull();
    // An answer typed in the channel afterwards is no answer: nothing is stored.
    expect((await postActivity(bot, mentionActivity(channel, 'Wij bespreken elke maand met de studenten hoe hun begeleiding op school verloopt.'))).status).toBe(200);
    const [, reply] = await connector.waitForPosts(channel.conversationId, 2);
    expect(visibleText(reply!.activity)).not.toContain('Bewaard');
    const none = await new TurnStore(bot.db).withTenant('teams', tenantId, (scope) => scope.contributions.list(partnershipId));
    expect(none).toEqual([]);

    // The button in the personal chat starts the reflection there.
    const personal: Chat = { ...personalChat(tenantId, connector.url), conversationId: opened.id, user: channel.user };
    expect((await postActivity(bot, messageActivity(personal, { value: begin }))).status).toBe(200);
    const [, intro, first] = await connector.waitForPosts(opened.id, 3);
    expect(intro!.activity.text).toBe(t.start('Leeromgeving', 4));
    expect(visibleText(first!.activity)).toContain(t.itemHeading('Leeromgeving', 1, 4));
  });
});
