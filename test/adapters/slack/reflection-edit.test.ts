// Editing a reflection answer through Slack on the real server: the "Bewerk"
// button under `voortgang` opens a modal prefilled with the stored text; its
// submission is saved once, however often it comes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TurnStore } from '../../../src/store/turn-store';
import { nl } from '../../../src/texts/nl';
import { postEvent, postInteraction } from '../../support/slack-signing';
import { appMention, blockActions, buttonsOf, directMessage, forTeam, newTeam, newTs, partnershipWith, startSlackHarness, textOf, viewSubmission, type SlackHarness } from './harness';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

const t = nl.reflection;
const ITEM = 'leeromgeving.minimum.1';
const STORED = 'Elke week voeren de schoolopleider en de instituutsopleider samen een driehoeksgesprek met de student.';
const EDITED = `${STORED} Sinds 2021, op alle scholen.`;

describe('Slack reflection: edit an answer in a modal', () => {
  it('opens the modal from `voortgang`, prefilled, and saves the submission once', async () => {
    const teamId = newTeam();
    const partnershipId = await partnershipWith(h, teamId, 'UANNE', 'Anne de Boer', 'school_based_educator');
    const store = new TurnStore(h.bot.db);
    await store.withTenant('slack', teamId, async (scope) => {
      const anne = await scope.upsertPerson('UANNE', 'Anne de Boer');
      await scope.contributions.save({ partnershipId, personId: anne.id, role: 'school_based_educator', waarborgId: 'leeromgeving', itemId: ITEM, text: STORED, expected: 'absent' });
    });
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DANNE', user: 'UANNE', text: 'voortgang' }));
    const [progress] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    const edit = buttonsOf(progress!.body.blocks).find((b) => b.text.text === t.editButton('2.1'))!;
    expect(edit).toBeDefined();

    const trigger = blockActions({ teamId, user: 'UANNE', channel: 'DANNE', button: edit });
    await postInteraction(h.bot.url, trigger);
    const [opened] = await h.api.waitForCalls((call) => call.method === 'views.open' && call.body.trigger_id === trigger.trigger_id);
    const view = opened!.body.view;
    expect(view.callback_id).toBe(`reflection.edit|${ITEM}|0`);
    expect(view.blocks[0].element).toMatchObject({ type: 'plain_text_input', multiline: true, initial_value: STORED });

    const submitted = viewSubmission({ teamId, user: 'UANNE', callbackId: view.callback_id, privateMetadata: view.private_metadata, values: { text: EDITED } });
    await postInteraction(h.bot.url, submitted);
    const [, saved] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 2);
    expect(textOf(saved!.body.blocks)).toContain('als bijdrage van Anne de Boer (schoolopleider)');
    // The same submission again (a retry) is dropped; a second one of the same modal saves nothing more.
    await postInteraction(h.bot.url, submitted);
    await postInteraction(h.bot.url, { ...submitted, view: { ...submitted.view, hash: `${submitted.view.hash}-2` } });
    // voortgang, the saved answer with its follow-up (two posts), then one note.
    const posts = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 4);
    expect(textOf(posts[posts.length - 1]!.body.blocks)).toBe(t.editUnchanged('2.1'));
    const stored = await store.withTenant('slack', teamId, (scope) => scope.contributions.list(partnershipId));
    expect(stored).toMatchObject([{ itemId: ITEM, text: EDITED, version: 1 }]);
  });

  it('sends the form asked for in a channel to the DM: a note in the thread, the modal from there, the answer stays in the DM', async () => {
    const teamId = newTeam();
    const partnershipId = await partnershipWith(h, teamId, 'UBRAM', 'Bram Visser', 'institute_based_educator');
    const store = new TurnStore(h.bot.db);
    await store.withTenant('slack', teamId, async (scope) => {
      const bram = await scope.upsertPerson('UBRAM', 'Bram Visser');
      await scope.contributions.save({ partnershipId, personId: bram.id, role: 'institute_based_educator', waarborgId: 'leeromgeving', itemId: ITEM, text: STORED, expected: 'absent' });
    });
    const postsTo = (channel: string, count: number) => h.api.waitForCalls((call) => forTeam('chat.postMessage', teamId)(call) && call.body.channel === channel, count);
    const root = newTs();
    await postEvent(h.bot.url, appMention({ teamId }, { channel: 'CTEAM', user: 'UBRAM', text: '<@UBOT> voortgang', ts: root }));
    const [progress] = await postsTo('CTEAM', 1);
    const edit = buttonsOf(progress!.body.blocks).find((b) => b.text.text === t.editButton('2.1'))!;
    await postInteraction(h.bot.url, blockActions({ teamId, user: 'UBRAM', channel: 'CTEAM', button: edit, threadTs: root }));
    const [, note] = await postsTo('CTEAM', 2);
    expect(note!.body.thread_ts).toBe(root);
    expect(textOf(note!.body.blocks)).toBe(t.editFormSentPrivately);
    expect(h.api.calls.some(forTeam('views.open', teamId))).toBe(false);

    const [invite] = await postsTo('DUBRAM', 1);
    const open = buttonsOf(invite!.body.blocks).find((b) => b.text.text === nl.platform.openForm)!;
    const trigger = blockActions({ teamId, user: 'UBRAM', channel: 'DUBRAM', button: open });
    await postInteraction(h.bot.url, trigger);
    const [opened] = await h.api.waitForCalls((call) => call.method === 'views.open' && call.body.trigger_id === trigger.trigger_id);
    const view = opened!.body.view;
    expect(view.blocks[0].element).toMatchObject({ initial_value: STORED });
    await postInteraction(h.bot.url, viewSubmission({ teamId, user: 'UBRAM', callbackId: view.callback_id, privateMetadata: view.private_metadata, values: { text: EDITED } }));
    const [, saved] = await postsTo('DUBRAM', 2);
    expect(textOf(saved!.body.blocks)).toContain('als bijdrage van Bram Visser');
    expect(await store.withTenant('slack', teamId, (scope) => scope.contributions.list(partnershipId))).toMatchObject([{ text: EDITED, version: 1 }]);
    expect(h.api.calls.filter((call) => forTeam('chat.postMessage', teamId)(call) && call.body.channel === 'CTEAM')).toHaveLength(2);
  });
});
