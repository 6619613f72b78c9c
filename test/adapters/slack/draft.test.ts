// The draft through Slack on the real server: choosing with buttons, editing in
// a modal, and the file upload (files.getUploadURLExternal → bytes → complete).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TurnStore } from '../../../src/store/turn-store';
import { nl } from '../../../src/texts/nl';
import { readDocx } from '../../domain/draft/read-docx';
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
  newTs,
  slashCommand,
  startSlackHarness,
  textOf,
  viewSubmission,
  type SlackHarness,
} from './harness';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

const ITEM = 'leeromgeving.minimum.2';
const SAM_TEXT = 'Elke week voeren de schoolopleider en de instituutsopleider samen een driehoeksgesprek met de student.';

/** A partnership in `teamId` with coordinator UCOBY and student USAM, who wrote about Leeromgeving 2. */
async function setUp(teamId: string) {
  return new TurnStore(h.bot.db).withTenant('slack', teamId, async (scope) => {
    const coby = await scope.upsertPerson('UCOBY', 'Coby Coördinator');
    const sam = await scope.upsertPerson('USAM', 'Sam Student');
    const partnership = await scope.partnerships.create({
      name: 'Opleiden in de Regio',
      region: 'Onderwijsregio Noord',
      sectors: ['VO'],
      reviewType: 'assessment',
      visitDate: null,
      updatesChannelId: null,
      createdById: coby.id,
    });
    await scope.partnerships.setRole(partnership.id, sam.id, 'student');
    await scope.contributions.save({ partnershipId: partnership.id, personId: sam.id, role: 'student', waarborgId: 'leeromgeving', itemId: ITEM, text: SAM_TEXT, expected: 'absent' });
    return partnership;
  });
}

const dm = (teamId: string, channel: string, text: string) => postEvent(h.bot.url, directMessage({ teamId }, { channel, user: 'UCOBY', text }));

/** The upload that completed with this completeUploadExternal call: the bytes POSTed to its upload_url. */
async function uploadOf(complete: RecordedCall): Promise<RecordedCall> {
  const fileId = (complete.body.files as Array<{ id: string }>)[0]!.id;
  const [upload] = await h.api.waitForCalls((call) => call.method === 'upload' && call.body.file_id === fileId);
  return upload!;
}

describe('Slack draft', () => {
  it('uploads `download docx` in the DM: upload URL, bytes, completion; the bytes are the draft with the chosen text', async () => {
    const teamId = newTeam();
    const partnership = await setUp(teamId);
    await new TurnStore(h.bot.db).withTenant('slack', teamId, async (scope) => {
      const coby = await scope.upsertPerson('UCOBY', 'Coby Coördinator');
      await scope.drafts.save({ partnershipId: partnership.id, waarborgId: 'leeromgeving', itemId: ITEM, text: SAM_TEXT, sourceContributionIds: [], editedById: coby.id, expected: 'absent' });
    });
    await dm(teamId, 'DCOBY1', 'download docx');

    const [asked] = await h.api.waitForCalls(forTeam('files.getUploadURLExternal', teamId));
    expect(asked!.body.filename).toMatch(/^zelfevaluatie-basiskwaliteit-opleiden-in-de-regio-\d{4}-\d{2}-\d{2}\.docx$/);
    const [complete] = await h.api.waitForCalls(forTeam('files.completeUploadExternal', teamId));
    expect(complete!.body.channel_id).toBe('DCOBY1');
    expect(complete!.body.files).toEqual([{ id: expect.stringMatching(/^F\d+$/), title: 'Zelfevaluatie basiskwaliteit: Opleiden in de Regio' }]);
    const upload = await uploadOf(complete!);
    expect(upload.data!.length).toBe(Number(asked!.body.length));
    // The upload came before its completion, as Slack requires.
    expect(upload.at).toBeLessThan(complete!.at);

    const { paragraphs } = await readDocx(upload.data!);
    const texts = paragraphs.map((p) => p.text);
    expect(texts[0]).toBe('Zelfevaluatie basiskwaliteit');
    expect(texts).toContain('Partnerschap: Opleiden in de Regio');
    // The clean version: the chosen text right under its heading, no source or status lines.
    expect(texts[texts.findIndex((t) => t.startsWith('2.2 ')) + 1]).toBe(SAM_TEXT);
    expect(texts.join('\n')).not.toMatch(/Bron:|Status:/);

    const [said] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(textOf(said!.body.blocks)).toBe(nl.draft.download.ready('docx', 'clean', 'Zelfevaluatie basiskwaliteit'));
  });

  it('uploads the clean version for plain `download` and the working version, with comments, for `download werkversie`', async () => {
    const teamId = newTeam();
    await setUp(teamId);
    await dm(teamId, 'DCOBY3', 'download');
    const [clean] = await h.api.waitForCalls(forTeam('files.completeUploadExternal', teamId));
    const cleanDocx = await readDocx((await uploadOf(clean!)).data!);
    expect(cleanDocx.paragraphs.slice(0, 2).map((p) => p.text)).toEqual(['Zelfevaluatie basiskwaliteit', 'Opleiden in de Regio']);
    expect(cleanDocx.paragraphs.map((p) => p.text)).toContain('Sectoren: voortgezet onderwijs (VO)');
    expect(cleanDocx.comments).toEqual([]);
    expect(cleanDocx.styles).toContain('<w:lang w:val="nl-NL"/>');

    await dm(teamId, 'DCOBY3', 'download werkversie');
    const [, working] = await h.api.waitForCalls(forTeam('files.completeUploadExternal', teamId), 2);
    const [, asked] = await h.api.waitForCalls(forTeam('files.getUploadURLExternal', teamId), 2);
    expect(asked!.body.filename).toMatch(/-werkversie\.docx$/);
    const workingDocx = await readDocx((await uploadOf(working!)).data!);
    expect(workingDocx.comments.some((c) => c.startsWith('Bron: ') && c.includes('\nStatus: '))).toBe(true);
    // Nothing chosen yet: the working version says how many contributions wait.
    expect(workingDocx.paragraphs.map((p) => p.text)).toContain('[Nog geen tekst gekozen; 1 bijdrage beschikbaar]');
  });

  it('chooses with the "use this" button, and edits in a modal prefilled with the chosen text', async () => {
    const teamId = newTeam();
    await setUp(teamId);
    await dm(teamId, 'DCOBY2', 'kies leeromgeving 2');
    const [list] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(textOf(list!.body.blocks)).toContain('*Sam Student* (student)');
    const use = buttonsOf(list!.body.blocks).find((b) => b.text.text === nl.draft.choose.useThis)!;
    await postInteraction(h.bot.url, blockActions({ teamId, user: 'UCOBY', channel: 'DCOBY2', button: use }));
    const [, saved] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 2);
    expect(textOf(saved!.body.blocks)).toContain('Opgeslagen in het concept: punt 2.2');
    // Next steps: the next item without a chosen text, the waarborg, the draft.
    const next = buttonsOf(saved!.body.blocks);
    expect(next.map((b) => b.text.text)).toEqual([nl.draft.save.nextItem('2.3'), nl.draft.save.backToWaarborg, nl.draft.save.toOverview]);
    await postInteraction(h.bot.url, blockActions({ teamId, user: 'UCOBY', channel: 'DCOBY2', button: next[0]! }));
    const [, , third] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 3);
    expect(headerOf(third!.body.blocks)).toBe(nl.draft.choose.title('2.3'));

    await dm(teamId, 'DCOBY2', 'kies leeromgeving 2');
    const [, , , again] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 4);
    const edit = buttonsOf(again!.body.blocks).find((b) => b.text.text === nl.draft.choose.editCurrent)!;
    const trigger = blockActions({ teamId, user: 'UCOBY', channel: 'DCOBY2', button: edit });
    await postInteraction(h.bot.url, trigger);
    const [opened] = await h.api.waitForCalls((call) => call.method === 'views.open' && call.body.trigger_id === trigger.trigger_id);
    const view = opened!.body.view;
    expect(view.callback_id).toBe(`draft.save|${ITEM}|-|0`);
    expect(view.blocks[0].element).toMatchObject({ type: 'plain_text_input', multiline: true, initial_value: SAM_TEXT });

    const submitted = viewSubmission({ teamId, user: 'UCOBY', callbackId: view.callback_id, privateMetadata: view.private_metadata, values: { text: `${SAM_TEXT} Al drie jaar.` } });
    await postInteraction(h.bot.url, submitted);
    const [, , , , done] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 5);
    expect(textOf(done!.body.blocks)).toContain('Opgeslagen in het concept: punt 2.2');
    // The very same submission again (a retry) is dropped; a second one of the same modal is "already saved".
    await postInteraction(h.bot.url, submitted);
    await postInteraction(h.bot.url, { ...submitted, view: { ...submitted.view, hash: `${submitted.view.hash}-2` } });
    const [, , , , , twice] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 6);
    expect(textOf(twice!.body.blocks)).toBe(nl.draft.save.alreadySaved('2.2'));
  });

  it('uploads into the thread of an @mention in a channel', async () => {
    const teamId = newTeam();
    await setUp(teamId);
    const ts = newTs();
    await postEvent(h.bot.url, appMention({ teamId }, { channel: 'CPARTNERS', user: 'USAM', text: '<@UBOT> download md', ts }));
    const [complete] = await h.api.waitForCalls(forTeam('files.completeUploadExternal', teamId));
    expect(complete!.body).toMatchObject({ channel_id: 'CPARTNERS', thread_ts: ts });
    const upload = await uploadOf(complete!);
    expect(upload.data!.toString('utf8')).toContain(`### 2.2 Het is inzichtelijk`);
    // The clean version: no placeholder where nothing is chosen yet.
    expect(upload.data!.toString('utf8')).not.toContain('[Nog geen tekst gekozen');
  });

  it('sends the file of a slash command to the DM with the bot, and says so privately', async () => {
    const teamId = newTeam();
    await setUp(teamId);
    const id = `draft-${teamId}`;
    await postCommand(h.bot.url, slashCommand({ teamId, user: 'USAM', channel: 'CGENERAL', text: 'download md', responseUrl: h.api.responseUrl(id) }));
    const [opened] = await h.api.waitForCalls(forTeam('conversations.open', teamId));
    expect(opened!.body.users).toBe('USAM');
    const [complete] = await h.api.waitForCalls(forTeam('files.completeUploadExternal', teamId));
    expect(complete!.body.channel_id).toBe('DUSAM');
    expect((await uploadOf(complete!)).data!.toString('utf8')).toMatch(/^# Zelfevaluatie basiskwaliteit/);
    const responses = await h.api.waitForCalls((call) => call.method === 'response' && call.responseId === id, 2);
    expect(responses.map((r) => textOf(r.body.blocks))).toEqual([nl.draft.download.ready('md', 'clean', 'Zelfevaluatie basiskwaliteit'), nl.draft.delivery.sentToDm]);
    expect(responses.every((r) => r.body.response_type === 'ephemeral')).toBe(true);
    expect(h.api.calls.some((call) => call.method === 'files.getUploadURLExternal' && call.body.channel_id === 'CGENERAL')).toBe(false);
  });

  it('falls back to the DM when the channel refuses the file', async () => {
    const teamId = newTeam();
    await setUp(teamId);
    h.api.failNext('files.completeUploadExternal', { error: 'not_in_channel' });
    const ts = newTs();
    await postEvent(h.bot.url, appMention({ teamId }, { channel: 'CCLOSED', user: 'USAM', text: '<@UBOT> download docx', ts }));
    const completions = await h.api.waitForCalls(forTeam('files.completeUploadExternal', teamId), 2);
    expect(completions.map((c) => c.body.channel_id)).toEqual(['CCLOSED', 'DUSAM']);
    const notes = await h.api.waitForCalls(forTeam('chat.postEphemeral', teamId));
    expect(notes[0]!.body).toMatchObject({ channel: 'CCLOSED', user: 'USAM', thread_ts: ts });
    expect(textOf(notes[0]!.body.blocks)).toBe(nl.draft.delivery.sentToDm);
    const bytes = (await uploadOf(completions[1]!)).data!;
    // A zip (a .docx) with the Word document in it.
    expect((await readDocx(bytes)).paragraphs[0]).toEqual({ style: 'Title', text: 'Zelfevaluatie basiskwaliteit' });
  });
});
