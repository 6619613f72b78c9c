// `download docx|md` / `export docx|md` through the engine: a file block with the whole draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, Message } from '../../../src/core/turn';
import { MEDIA_TYPES } from '../../../src/domain/draft';
import { nl } from '../../../src/texts/nl';
import { readDocx } from '../../domain/draft/read-docx';
import { blocksOf, button, choicesOf, SAM_TEXT, shown, startEngineHarness, type EngineHarness } from './engine-harness';

let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness();
});
afterAll(() => h?.dispose());

const fileOf = (messages: Message[]) => {
  const file = blocksOf(messages).find((b): b is Extract<Block, { type: 'file' }> => b.type === 'file');
  if (!file) throw new Error(`no file in:\n${shown(messages)}`);
  return file;
};

describe('downloading the draft', () => {
  it('sends the draft as Markdown to any member, with what a link needs to make it again', async () => {
    const world = await h.setUp();
    await h.send(world.tenant, 'coby', button(await h.send(world.tenant, 'coby', 'kies leeromgeving 2'), 'Gebruik deze', 'Sam'));
    const messages = await h.send(world.tenant, 'sam', 'download md');
    expect(shown(messages)).toContain(nl.draft.download.ready('md'));
    const file = fileOf(messages);
    const today = new Date().toISOString().slice(0, 10);
    expect(file).toMatchObject({
      name: `zelfevaluatie-opleiden-in-de-regio-${today}.md`,
      mediaType: MEDIA_TYPES.md,
      title: 'Zelfevaluatie basiskwaliteit: Opleiden in de Regio',
      source: { kind: 'draft', partnershipId: world.partnership.id, format: 'md', locale: 'nl' },
    });
    const markdown = file.data.toString('utf8');
    expect(markdown).toMatch(/^# Zelfevaluatie basiskwaliteit\n/);
    expect(markdown).toContain(`### 2.2 Het is inzichtelijk hoe dat programma in de praktijk gezamenlijk wordt uitgevoerd.`);
    expect(markdown).toContain(SAM_TEXT);
  });

  it('sends a Word file that reads back with the chosen text under its item', async () => {
    const world = await h.setUp();
    await h.send(world.tenant, 'coby', button(await h.send(world.tenant, 'coby', 'kies leeromgeving 2'), 'Gebruik deze', 'Sam'));
    const file = fileOf(await h.send(world.tenant, 'coby', 'export docx'));
    expect(file.mediaType).toBe(MEDIA_TYPES.docx);
    expect(file.name).toMatch(/\.docx$/);
    const texts = (await readDocx(file.data)).paragraphs.map((p) => p.text);
    const at = texts.findIndex((t) => t.startsWith('2.2 '));
    expect(texts[at + 3]).toBe(SAM_TEXT);
  });

  it('asks for the format when none or an unknown one is given, with a button for each', async () => {
    const world = await h.setUp();
    const asked = await h.send(world.tenant, 'anne', 'download');
    expect(shown(asked)).toContain(nl.draft.download.prompt);
    expect(choicesOf(asked).map((c) => [c.label, c.action, c.value])).toEqual([
      ['Word (.docx)', 'draft.download', 'docx'],
      ['Markdown (.md)', 'draft.download', 'md'],
    ]);
    expect(shown(await h.send(world.tenant, 'anne', 'download pdf'))).toContain(nl.draft.download.unknownFormat('pdf'));
    expect(fileOf(await h.send(world.tenant, 'anne', button(asked, 'Word (.docx)'))).mediaType).toBe(MEDIA_TYPES.docx);
  });

  it('refuses someone outside any partnership', async () => {
    const world = await h.setUp();
    expect(shown(await h.send(world.tenant, 'olaf', 'download docx'))).toBe(nl.partnership.noPartnership);
    expect(shown(await h.send(world.tenant, 'olaf', 'download'))).toBe(nl.partnership.noPartnership);
  });
});
