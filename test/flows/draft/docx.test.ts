// The .docx is opened and read back: unzipped, word/document.xml parsed into
// paragraphs with their style, and checked for headings, texts and order.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_STYLE, renderDocx, STATUS_STYLE } from '../../../src/flows/draft/docx';
import { framework } from '../../../src/domain/framework';
import { INTENTION, partnership, PRACTICE, sampleDraft } from '../../domain/draft/fixtures';
import { readDocx } from '../../domain/draft/read-docx';

describe('renderDocx', async () => {
  const docx = await renderDocx(sampleDraft());
  const { paragraphs, styles, sectionBreaks } = await readDocx(docx);
  const texts = paragraphs.map((p) => p.text);

  it('is a Word package', async () => {
    expect(Buffer.isBuffer(docx)).toBe(true);
    const zip = await JSZip.loadAsync(docx);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('wordprocessingml.document.main+xml');
  });

  it('has a title page with partnership, Onderwijsregio, review type and date, on its own page', () => {
    expect(paragraphs.slice(0, 6)).toEqual([
      { style: 'Title', text: 'Zelfevaluatie basiskwaliteit' },
      { style: '', text: 'Concept' },
      { style: '', text: `Partnerschap: ${partnership.name}` },
      { style: '', text: `Onderwijsregio: ${partnership.region}` },
      { style: '', text: 'Peer review: Beoordelingsgerichte peer review' },
      { style: '', text: 'Datum: 15 januari 2027' },
    ]);
    // The first section ends after the title page: the waarborgen start on a new page.
    expect(sectionBreaks[0]).toBe(5);
  });

  it('has a Heading 1 per waarborg and a Heading 2 per item, in framework order', () => {
    const headings = paragraphs.filter((p) => p.style === 'Heading1' || p.style === 'Heading2');
    const expected = framework.waarborgen.flatMap((w) => [
      { style: 'Heading1', text: `Waarborg ${w.number}. ${w.name.nl}` },
      ...w.minimumItems.map((item, i) => ({
        style: 'Heading2',
        text: [`${w.number}.${i + 1} ${item.text.nl}`, ...(item.details ?? []).map((d) => d.nl)].join(' '),
      })),
    ]);
    expect(headings).toEqual(expected);
  });

  it('puts source and status in their own style after each item heading, then the chosen text', () => {
    const at = texts.findIndex((t) => t.startsWith('2.2 '));
    expect(paragraphs.slice(at + 1, at + 4)).toEqual([
      { style: STATUS_STYLE, text: 'Bron: Kwaliteitskader Samen Opleiden, hoofdstuk 2.2 Waarborg 2. Leeromgeving, wat moet minimaal zichtbaar zijn in het Samen Opleiden' },
      { style: STATUS_STYLE, text: 'Status: 34 woorden · criteria: concreet, samenhang, praktijk en gezamenlijkheid' },
      { style: '', text: PRACTICE },
    ]);
    // A text of two paragraphs stays two paragraphs.
    const first = texts.findIndex((t) => t.startsWith('2.1 '));
    expect(texts.slice(first + 3, first + 5)).toEqual([PRACTICE, INTENTION]);
    const notChosen = texts.findIndex((t) => t.startsWith('2.3 '));
    expect(paragraphs[notChosen + 3]).toEqual({ style: PLACEHOLDER_STYLE, text: '[Nog geen tekst gekozen; 2 bijdragen beschikbaar]' });
    expect(paragraphs.filter((p) => p.style === STATUS_STYLE)).toHaveLength(4 + 2 * 14);
  });

  it('flags intentions and an exceeded word limit in the status lines', () => {
    expect(texts).toContain('Status: 8 woorden · criteria: nog geen · ⚠️ voornemens: "In de toekomst", "willen we"');
    expect(texts).toContain('Status: 76/60 woorden · ⚠️ 16 te veel · 2 van 4 punten gekozen · 1 nog te kiezen · 1 leeg · ⚠️ 2 voornemens');
  });

  it('defines the status style, so Word can select all status lines at once', () => {
    expect(styles).toContain(`w:styleId="${STATUS_STYLE}"`);
    expect(styles).toContain('<w:name w:val="Draft status"/>');
  });

  it('keeps a pasted control character from corrupting the file', async () => {
    const draft = sampleDraft();
    draft.waarborgen[2]!.items[0] = { ...draft.waarborgen[2]!.items[0]!, state: 'chosen', chosenText: 'Met een\u0007 bel & <teken>.', words: 4 };
    const read = await readDocx(await renderDocx(draft));
    expect(read.paragraphs.map((p) => p.text)).toContain('Met een bel & <teken>.');
  });
});
