// The dossier check through Slack on the real server: a signed DM event answered
// with the matrix in Block Kit inside Slack's limits, a signed button press that
// opens `kies` for the item, a student refused, and the working .docx uploaded
// with the appendix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../../src/texts/nl';
import { readDocx } from '../../domain/draft/read-docx';
import { DOSSIER, seedDossier } from '../../support/dossier';
import { seedPartnership } from '../../support/partnerships';
import { postEvent, postInteraction } from '../../support/slack-signing';
import { blockActions, buttonsOf, directMessage, forTeam, headerOf, newTeam, startSlackHarness, textOf, type SlackHarness } from './harness';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => {
  await h?.close();
});

const t = nl.draft.dossierCheck;

describe('Slack dossier check', () => {
  it('answers `dossiercheck` in the DM with the matrix, the lists and kies buttons; a button opens the item', async () => {
    const teamId = newTeam();
    await seedDossier(h.bot.db, { platform: 'slack', workspaceId: teamId }, { userId: 'UCOBY', name: 'Coby Coördinator' });
    expect((await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DCHECK1', user: 'UCOBY', text: 'dossiercheck' }))).status).toBe(200);

    const [posted] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    const blocks = posted!.body.blocks as any[];
    expect(posted!.body.channel).toBe('DCHECK1');
    expect(headerOf(blocks)).toBe(t.title('Opleiden in de Regio'));
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
    const text = textOf(blocks);
    // Slack mrkdwn: bold is one star.
    expect(text).toContain('*Per waarborg: gekozen teksten die het criterium laten zien*');
    expect(text).toContain('*1 Lerende leraar*: concreet ✗ 0/1 · samenhang ✗ 0/1 · praktijk ✗ 0/1 · gezamenlijk ✗ 0/1 (van 1 gekozen)');
    expect(text).toContain(`1.1 (${nl.reflection.reasons['only-intentions']})`);
    expect(text).toContain(`„${DOSSIER.wish}”`);
    expect(text).toContain(`„${DOSSIER.drill}”, Bert Bestuurder, in een oefenantwoord`);

    const buttons = buttonsOf(blocks);
    expect(buttons.map((b) => [b.text.text, b.value])).toEqual([
      ['Kies 1.1', 'kies lerende-leraar 1'],
      ['Kies 2.1', 'kies leeromgeving 1'],
      [t.downloadButton, 'download werkversie'],
    ]);

    const kies = buttons.find((b) => b.text.text === 'Kies 2.1')!;
    expect((await postInteraction(h.bot.url, blockActions({ teamId, user: 'UCOBY', channel: 'DCHECK1', button: kies }))).status).toBe(200);
    const [, opened] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId), 2);
    const openedText = textOf(opened!.body.blocks as any[]);
    expect(openedText).toContain(nl.draft.choose.title('2.1'));
    expect(openedText).toContain(DOSSIER.reflection);
  });

  it('refuses a student, naming the coordinator', async () => {
    const teamId = newTeam();
    await seedPartnership(h.bot.db, { platform: 'slack', workspaceId: teamId }, [
      { userId: 'UCOBY', name: 'Coby Coördinator', role: 'coordinator' },
      { userId: 'USAM', name: 'Sam Student', role: 'student' },
    ]);
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DSAM', user: 'USAM', text: 'check' }));
    const [posted] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    expect(textOf(posted!.body.blocks as any[])).toBe(t.notCoordinator(['Coby Coördinator']));
  });

  it('uploads the working version with the Dossiercheck appendix when the download button is pressed', async () => {
    const teamId = newTeam();
    await seedDossier(h.bot.db, { platform: 'slack', workspaceId: teamId }, { userId: 'UCOBY', name: 'Coby Coördinator' });
    await postEvent(h.bot.url, directMessage({ teamId }, { channel: 'DCHECK2', user: 'UCOBY', text: 'dossiercheck' }));
    const [posted] = await h.api.waitForCalls(forTeam('chat.postMessage', teamId));
    const download = buttonsOf(posted!.body.blocks as any[]).find((b) => b.text.text === t.downloadButton)!;
    await postInteraction(h.bot.url, blockActions({ teamId, user: 'UCOBY', channel: 'DCHECK2', button: download }));

    const [asked] = await h.api.waitForCalls(forTeam('files.getUploadURLExternal', teamId));
    expect(asked!.body.filename).toMatch(/-werkversie\.docx$/);
    const [complete] = await h.api.waitForCalls(forTeam('files.completeUploadExternal', teamId));
    const fileId = (complete!.body.files as Array<{ id: string }>)[0]!.id;
    const [upload] = await h.api.waitForCalls((call) => call.method === 'upload' && call.body.file_id === fileId);
    const docx = await readDocx(upload!.data!);
    const texts = docx.paragraphs.map((p) => p.text);
    const at = texts.indexOf(t.appendix.heading);
    expect(at).toBeGreaterThan(0);
    expect(docx.document).toContain('<w:tbl>');
    expect(texts.slice(at)).toEqual(expect.arrayContaining(['✗ 0/1', 'niet: 1.1', '✓ 2/2', 'wel: 2.1, 2.2']));
  });
});
