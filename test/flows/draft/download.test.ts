// `download [werkversie] [docx|md]` / `export …` through the engine: a file block
// with the whole draft, clean by default, the working version when asked.
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
    expect(shown(messages)).toContain(nl.draft.download.ready('md', 'clean', 'Zelfevaluatie basiskwaliteit'));
    const file = fileOf(messages);
    const today = new Date().toISOString().slice(0, 10);
    expect(file).toMatchObject({
      name: `zelfevaluatie-basiskwaliteit-opleiden-in-de-regio-${today}.md`,
      mediaType: MEDIA_TYPES.md,
      title: 'Zelfevaluatie basiskwaliteit: Opleiden in de Regio',
      source: { kind: 'draft', partnershipId: world.partnership.id, format: 'md', variant: 'clean', locale: 'nl' },
    });
    expect(file.data.toString('utf8')).not.toContain('> Status:');
    const working = fileOf(await h.send(world.tenant, 'sam', 'download md werkversie'));
    expect(working.name).toBe(`zelfevaluatie-basiskwaliteit-opleiden-in-de-regio-${today}-werkversie.md`);
    expect(working.data.toString('utf8')).toContain('> Status:');
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
    expect(file.name).toMatch(/^zelfevaluatie-basiskwaliteit-.*\d\.docx$/);
    const read = await readDocx(file.data);
    const texts = read.paragraphs.map((p) => p.text);
    const at = texts.findIndex((t) => t.startsWith('2.2 '));
    expect(texts[at + 1]).toBe(SAM_TEXT);
    expect(read.comments).toEqual([]);
  });

  it('gives the clean Word file for plain `download`, with buttons for the working version and Markdown', async () => {
    const world = await h.setUp();
    await h.send(world.tenant, 'coby', button(await h.send(world.tenant, 'coby', 'kies leeromgeving 2'), 'Gebruik deze', 'Sam'));
    const plain = await h.send(world.tenant, 'anne', 'download');
    expect(shown(plain)).toContain(nl.draft.download.ready('docx', 'clean', 'Zelfevaluatie basiskwaliteit'));
    const clean = fileOf(plain);
    expect(clean).toMatchObject({ mediaType: MEDIA_TYPES.docx, source: { format: 'docx', variant: 'clean' } });
    expect((await readDocx(clean.data)).paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Bron:|Status:/);
    expect(shown(plain)).toContain(nl.draft.download.others);
    expect(choicesOf(plain).map((c) => [c.label, c.action, c.value])).toEqual([
      ['Word, werkversie', 'draft.download', 'docx working'],
      ['Markdown (.md)', 'draft.download', 'md clean'],
    ]);
    const working = fileOf(await h.send(world.tenant, 'anne', button(plain, 'Word, werkversie')));
    expect(working.source).toMatchObject({ format: 'docx', variant: 'working' });
    expect(working.name).toMatch(/-werkversie\.docx$/);
    const comments = (await readDocx(working.data)).comments;
    expect(comments.some((c) => c.startsWith('Bron: ') && c.includes('\nStatus: '))).toBe(true);
    for (const typed of ['download werkversie', 'download working', 'export docx werkversie', 'download werkversie docx']) {
      expect(fileOf(await h.send(world.tenant, 'anne', typed)).source, typed).toMatchObject({ format: 'docx', variant: 'working' });
    }
    for (const typed of ['download docx', 'download word', 'download schoon', 'download clean']) {
      expect(fileOf(await h.send(world.tenant, 'anne', typed)).source, typed).toMatchObject({ format: 'docx', variant: 'clean' });
    }
    // A button from before the two versions still works: it gives the clean one.
    expect(fileOf(await h.send(world.tenant, 'anne', { kind: 'action', action: 'draft.download', value: 'md' })).source).toMatchObject({ format: 'md', variant: 'clean' });
  });

  it('answers an unknown word with the three choices as buttons', async () => {
    const world = await h.setUp();
    const asked = await h.send(world.tenant, 'anne', 'download pdf');
    expect(shown(asked)).toContain(nl.draft.download.unknownFormat('pdf'));
    expect(choicesOf(asked).map((c) => c.label)).toEqual(['Word, om in te sturen', 'Word, werkversie', 'Markdown (.md)']);
    expect(fileOf(await h.send(world.tenant, 'anne', button(asked, 'Word, om in te sturen'))).source).toMatchObject({ format: 'docx', variant: 'clean' });
  });

  it('refuses someone outside any partnership', async () => {
    const world = await h.setUp();
    expect(shown(await h.send(world.tenant, 'olaf', 'download docx'))).toBe(nl.partnership.noPartnership);
    expect(shown(await h.send(world.tenant, 'olaf', 'download'))).toBe(nl.partnership.noPartnership);
  });
});
