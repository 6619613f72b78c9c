// The reflection end to end through Slack: signed DM events, mentions in a
// thread and block_actions against the real server and database, with the
// Web API stand-in recording what the bot posts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TurnStore } from '../../../src/store/turn-store';
import { nl } from '../../../src/texts/nl';
import { uniqueId } from '../../support/bot';
import { postCommand, postEvent, postInteraction } from '../../support/slack-signing';
import type { RecordedCall } from '../../support/slack-api-stand-in';
import {
  appMention,
  blockActions,
  buttonsOf,
  directMessage,
  forTeam,
  headerOf,
  newTeam,
  partnershipWith,
  newTs,
  slashCommand,
  startSlackHarness,
  textOf,
  type SlackHarness,
} from './harness';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

const t = nl.reflection;
const intention = 'In de toekomst willen we de driehoeksgesprekken uitbreiden naar alle scholen van het partnerschap.';
const practice = 'Nu voeren de schoolopleider en de instituutsopleider elk kwartaal samen een driehoeksgesprek met de student.';
const complete =
  'Sinds 2022 voeren de schoolopleider en de instituutsopleider elke acht weken samen een driehoeksgesprek met de student. ' +
  'Een tweedejaars student vertelde in de evaluatie dat ze daardoor haar lesvoorbereiding beter kon onderbouwen.';

/** The bot's posts to one team, `count` more than were already seen. */
function postsOf(teamId: string) {
  let seen = 0;
  return async (count: number): Promise<RecordedCall[]> => {
    const calls = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), seen + count);
    const fresh = calls.slice(seen, seen + count);
    seen += count;
    return fresh;
  };
}

const buttonOf = (call: RecordedCall, label: string) => {
  const found = buttonsOf(call.body.blocks).find((b) => b.text.text === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
};

describe('Slack reflection', () => {
  it('walks a waarborg in a DM: buttons, answers stored with author and role, criteria and follow-ups', async () => {
    const teamId = newTeam();
    const partnershipId = await partnershipWith(h, teamId, 'UANNE', 'Anne de Boer', 'school_based_educator');
    const next = postsOf(teamId);
    const dm = (text: string) => postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DANNE', user: 'UANNE', text }));
    const pressButton = (button: { action_id: string; value?: string }) =>
      postInteraction(h.bot.url, blockActions({ teamId, user: 'UANNE', channel: 'DANNE', button }));

    await dm('reflectie');
    const [overview] = await next(1);
    expect(headerOf(overview!.body.blocks)).toBe(t.overviewTitle);
    expect(textOf(overview!.body.blocks)).toContain('Leeromgeving  ░░░░ 0/4');
    expect(buttonsOf(overview!.body.blocks).map((b) => b.value)).toEqual(['lerende-leraar', 'leeromgeving', 'organisatie', 'kwaliteitscultuur']);

    expect((await pressButton(buttonOf(overview!, t.waarborgButton('Leeromgeving', 0, 4)))).status).toBe(200);
    const [intro, first] = await next(2);
    expect(textOf(intro!.body.blocks)).toContain('We lopen de 4 punten van Leeromgeving door.');
    expect(headerOf(first!.body.blocks)).toBe(t.itemHeading('Leeromgeving', 1, 4));
    expect(buttonsOf(first!.body.blocks).map((b) => b.text.text)).toEqual([t.skipButton, t.pauseButton]);

    await dm(intention);
    const [criteria, followUp] = await next(2);
    expect(textOf(criteria!.body.blocks)).toContain('*Bewaard* als bijdrage van Anne de Boer (schoolopleider).');
    expect(textOf(criteria!.body.blocks)).toContain(`• ✗ *Uitvoering in de praktijk*: ${t.reasons['only-intentions']}`);
    expect(textOf(followUp!.body.blocks)).toContain(nl.coaching.askCurrentPractice('In de toekomst'));
    expect(buttonOf(followUp!, t.declineButton).value).toBe('leeromgeving.minimum.1|ask-current-practice');

    await dm(practice);
    const [again, secondQuestion] = await next(2);
    // Who, what and when: a concrete example (issue 12), so the next follow-up asks for the link to the other waarborgen.
    expect(textOf(again!.body.blocks)).toContain(`• ✓ *Uitvoering in de praktijk*: ${t.reasons['current-practice-with-example']}`);
    expect(buttonOf(secondQuestion!, t.declineButton).value).toBe('leeromgeving.minimum.1|ask-coherence');

    await pressButton(buttonOf(secondQuestion!, t.declineButton));
    const [declined, second] = await next(2);
    expect(textOf(declined!.body.blocks)).toBe(t.declined);
    expect(headerOf(second!.body.blocks)).toBe(t.itemHeading('Leeromgeving', 2, 4));
    expect(textOf(second!.body.blocks)).toContain('Leeromgeving  ▓░░░ 1/4');

    // A long answer is stored whole; shown again, Slack gets it in sections of at most 3000 characters.
    const long = `${complete} ${'Zo bespreken de werkplekbegeleiders elke week met hun student de lessen van die week. '.repeat(40)}`.trim();
    expect(long.length).toBeGreaterThan(3_000);
    await dm(long);
    const [savedLong, third] = await next(2);
    expect(textOf(savedLong!.body.blocks)).toContain('*Bewaard*');
    expect(headerOf(third!.body.blocks)).toBe(t.itemHeading('Leeromgeving', 3, 4));
    await dm('herzie 2');
    const [revisit] = await next(1);
    const sections = revisit!.body.blocks.filter((b: any) => b.type === 'section').map((b: any) => b.text.text as string);
    expect(sections.every((s: string) => s.length <= 3_000)).toBe(true);
    expect(sections.join(' ')).toContain(long.slice(-200));

    const stored = await new TurnStore(h.bot.db).withTenant('slack', teamId, (scope) => scope.contributions.list(partnershipId));
    expect(stored.map((c) => [c.itemId, c.authorName, c.role, c.text, c.declinedFollowUps])).toEqual([
      ['leeromgeving.minimum.1', 'Anne de Boer', 'school_based_educator', `${intention}\n\n${practice}`, ['ask-coherence']],
      ['leeromgeving.minimum.2', 'Anne de Boer', 'school_based_educator', long, []],
    ]);
  });

  it('moves a reflection asked for in a channel to the DM: a note in the thread, a start button in the DM; the thread takes no answers', async () => {
    const teamId = newTeam();
    const partnershipId = await partnershipWith(h, teamId, 'UBRAM', 'Bram Visser', 'institute_based_educator');
    const root = newTs();
    const mention = (text: string, threadTs?: string) =>
      postEvent(h.bot.url, appMention({ teamId }, { channel: 'CTEAM', user: 'UBRAM', text: `<@UBOT> ${text}`, ...(threadTs ? { threadTs } : { ts: root }) }));
    const postsTo = (channel: string, count: number) =>
      h.api.waitForCalls((call) => forTeam('chat.postMessage', teamId)(call) && call.body.channel === channel, count);
    const stored = () => new TurnStore(h.bot.db).withTenant('slack', teamId, (scope) => scope.contributions.list(partnershipId));

    expect((await mention('reflectie organisatie')).status).toBe(200);
    const [note] = await postsTo('CTEAM', 1);
    expect(note!.body.thread_ts).toBe(root);
    expect(textOf(note!.body.blocks)).toBe(t.movedToPrivate);
    // The DM is opened for the person and posted to proactively.
    const [invite] = await postsTo('DUBRAM', 1);
    expect(invite!.body.thread_ts).toBeUndefined();
    expect(textOf(invite!.body.blocks)).toContain(t.privateStart('Organisatie'));
    const begin = buttonOf(invite!, t.privateStartButton);
    expect(begin.value).toBe('reflectie organisatie');

    // An answer typed in the thread is no answer: nothing waits there.
    await mention(complete, root);
    const [reply] = await postsTo('CTEAM', 2).then((calls) => calls.slice(1));
    expect(reply!.body.thread_ts).toBe(root);
    expect(textOf(reply!.body.blocks)).not.toContain('*Bewaard*');
    expect(await stored()).toEqual([]);

    // The button in the DM starts it there; it pauses, and resumes after a restart.
    await postInteraction(h.bot.url, blockActions({ teamId, user: 'UBRAM', channel: 'DUBRAM', button: begin }));
    const [, intro, first] = await postsTo('DUBRAM', 3);
    expect(textOf(intro!.body.blocks)).toContain(t.start('Organisatie', 3));
    expect(headerOf(first!.body.blocks)).toBe(t.itemHeading('Organisatie', 1, 3));
    await postInteraction(h.bot.url, blockActions({ teamId, user: 'UBRAM', channel: 'DUBRAM', button: buttonOf(first!, t.pauseButton) }));
    const [paused] = (await postsTo('DUBRAM', 4)).slice(3);
    expect(textOf(paused!.body.blocks)).toContain(t.paused('Organisatie', 1));

    await h.restart();
    const dm = (text: string) => postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DUBRAM', user: 'UBRAM', text }));
    await dm('ga door');
    const [welcome, resumed] = (await postsTo('DUBRAM', 6)).slice(4);
    expect(textOf(welcome!.body.blocks)).toBe(t.resumed('Organisatie', 1));
    expect(headerOf(resumed!.body.blocks)).toBe(t.itemHeading('Organisatie', 1, 3));

    await dm(complete);
    const [saved] = (await postsTo('DUBRAM', 7)).slice(6);
    expect(textOf(saved!.body.blocks)).toContain('*Bewaard* als bijdrage van Bram Visser (instituutsopleider).');
    expect((await stored()).map((c) => [c.itemId, c.role])).toEqual([['organisatie.minimum.1', 'institute_based_educator']]);
  });

  it('starts with `/peerreview reflectie <waarborg>` (answered only to the person) and takes the answer typed in the DM', async () => {
    const teamId = newTeam();
    const partnershipId = await partnershipWith(h, teamId, 'UCAS', 'Cas Jansen', 'student');
    const responseId = uniqueId('r');
    const answer = await postCommand(
      h.bot.url,
      slashCommand({ teamId, user: 'UCAS', channel: 'DCAS', text: 'reflectie lerende leraar', responseUrl: h.api.responseUrl(responseId) }),
    );
    expect(answer.status).toBe(200);
    const [intro, prompt] = await h.api.waitForCalls((call) => call.method === 'response' && call.responseId === responseId, 2);
    expect(intro!.body.response_type).toBe('ephemeral');
    expect(headerOf(prompt!.body.blocks)).toBe(t.itemHeading('Lerende leraar', 1, 4));

    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DCAS', user: 'UCAS', text: complete }));
    const [saved] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(textOf(saved!.body.blocks)).toContain('*Bewaard* als bijdrage van Cas Jansen (student).');
    const stored = await new TurnStore(h.bot.db).withTenant('slack', teamId, (scope) => scope.contributions.list(partnershipId));
    expect(stored.map((c) => [c.itemId, c.role])).toEqual([['lerende-leraar.minimum.1', 'student']]);
  });
});
