// The .docx, in both versions, opened and read back: unzipped, word/document.xml
// parsed into paragraphs with their style, and the other parts (styles,
// settings, footer, comments) checked for what Word shows. The clean version is
// the one sent as it is: title page, reading guide, table of contents, a page
// per waarborg, page numbers, font, spacing and language, and no status lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { framework } from '../../../src/domain/framework';
import { PLACEHOLDER_STYLE, renderDocx, STATUS_STYLE } from '../../../src/flows/draft/docx';
import { INTENTION, partnership, PRACTICE, sampleDraft } from '../../domain/draft/fixtures';
import { readDocx } from '../../domain/draft/read-docx';

const expectedHeadings = framework.waarborgen.flatMap((w) => [
  { style: 'Heading1', text: `Waarborg ${w.number}. ${w.name.nl}` },
  ...w.minimumItems.map((item, i) => ({
    style: 'Heading2',
    text: [`${w.number}.${i + 1} ${item.text.nl}`, ...(item.details ?? []).map((d) => d.nl)].join(' '),
  })),
]);

describe('renderDocx, the clean version', async () => {
  const docx = await renderDocx(sampleDraft(), 'clean');
  const read = await readDocx(docx);
  const { paragraphs, raw, styles, sectionBreaks } = read;
  const texts = paragraphs.map((p) => p.text);

  it('is a Word package without comments', async () => {
    const zip = await JSZip.loadAsync(docx);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('wordprocessingml.document.main+xml');
    expect(read.comments).toEqual([]);
  });

  it('has a title page with partnership, Onderwijsregio, sectors, review type, visit date and the date of the version, on its own page', () => {
    expect(paragraphs.slice(0, 8)).toEqual([
      { style: 'Title', text: 'Zelfevaluatie basiskwaliteit' },
      { style: 'Subtitle', text: partnership.name },
      { style: '', text: `Partnerschap: ${partnership.name}` },
      { style: '', text: `Onderwijsregio: ${partnership.region}` },
      { style: '', text: 'Sectoren: primair onderwijs (PO), voortgezet onderwijs (VO)' },
      { style: '', text: 'Peer review: Beoordelingsgerichte peer review' },
      { style: '', text: 'Bezoekdatum: 14 april 2027' },
      { style: '', text: 'Versie van: 15 januari 2027' },
    ]);
    // The first section ends after the title page, without a footer: the rest starts on a new page, numbered from 1.
    expect(sectionBreaks[0]).toBe(7);
    expect(raw[7]).not.toContain('footerReference');
    expect(read.document).toMatch(/<w:footerReference [^>]*w:type="default"/);
    expect(read.document).toContain('<w:pgNumType w:start="1"/>');
  });

  it('says when the visit date is not set yet', async () => {
    const draft = sampleDraft();
    const unset = await readDocx(await renderDocx({ ...draft, partnership: { ...draft.partnership, visitDate: null } }, 'clean'));
    expect(unset.paragraphs.map((p) => p.text)).toContain('Bezoekdatum: nog niet vastgesteld');
  });

  it('has a short reading guide, then a table of contents on a page of its own', () => {
    expect(paragraphs[8]).toEqual({ style: 'Heading1', text: 'Leeswijzer' });
    expect(texts[9]).toContain('Dit is de zelfevaluatie basiskwaliteit van Opleiden in de Regio Zuid-Oost');
    expect(texts[10]).toContain('ten hoogste 60 woorden per waarborg');
    const toc = texts.indexOf('Inhoud');
    expect(paragraphs[toc]!.style).toBe('TOCHeading');
    expect(raw[toc]).toContain('<w:pageBreakBefore/>');
    // A TOC field, written with its entries and their pages, so it is right before Word updates it.
    expect(read.document).toContain('TOC \\h \\o &quot;1-1&quot;');
    const entries = paragraphs.filter((p) => p.style === 'TOC1');
    expect(entries.map((p) => p.text.replace(/\d+$/, ''))).toEqual(['Leeswijzer', ...framework.waarborgen.map((w) => `Waarborg ${w.number}. ${w.name.nl}`)]);
    const pages = entries.map((p) => Number(/(\d+)$/.exec(p.text)?.[1]));
    // Reading guide on page 1, contents on 2, then a page per waarborg: none of these fills more than one.
    expect(pages).toEqual([1, 3, 4, 5, 6]);
  });

  it('has a Heading 1 per waarborg, each on a new page, and a Heading 2 per item, in framework order', () => {
    expect(paragraphs.filter((p) => (p.style === 'Heading1' && p.text.startsWith('Waarborg')) || p.style === 'Heading2')).toEqual(expectedHeadings);
    const waarborgen = paragraphs.flatMap((p, i) => (p.style === 'Heading1' && p.text.startsWith('Waarborg') ? [raw[i]!] : []));
    expect(waarborgen).toHaveLength(4);
    for (const xml of waarborgen) expect(xml).toContain('<w:pageBreakBefore/>');
  });

  it('has no source or status lines and no placeholders: the chosen text follows its heading', () => {
    expect(texts.some((t) => /^(Bron|Status):/.test(t))).toBe(false);
    expect(read.document).not.toMatch(/Bron:|Status:|Concept|Werkversie|\[Nog geen tekst|\[Leeg/);
    expect(paragraphs.some((p) => p.style === STATUS_STYLE || p.style === PLACEHOLDER_STYLE)).toBe(false);
    const at = texts.findIndex((t) => t.startsWith('2.2 '));
    expect(texts[at + 1]).toBe(PRACTICE);
    // A text of two paragraphs stays two paragraphs.
    const first = texts.findIndex((t) => t.startsWith('2.1 '));
    expect(texts.slice(first + 1, first + 3)).toEqual([PRACTICE, INTENTION]);
    // An item without a chosen text is its heading alone, not kept with the next paragraph: kept, the
    // last ones of a waarborg were carried onto a page of their own before the next waarborg's page.
    const notChosen = texts.findIndex((t) => t.startsWith('2.3 '));
    expect(paragraphs[notChosen + 1]!.style).toBe('Heading2');
    expect(raw[notChosen]).toContain('<w:keepNext w:val="false"/>');
    expect(raw[at]).not.toContain('<w:keepNext');
  });

  it('sets the document language, a default font and spacing, and a heading hierarchy', () => {
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:rFonts w:ascii="Calibri".*<w:sz w:val="22"\/>.*<w:lang w:val="nl-NL"\/>.*<\/w:rPr><\/w:rPrDefault>/);
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276"\/>/);
    const size = (id: string) => Number(new RegExp(`w:styleId="${id}"[\\s\\S]*?<w:sz w:val="(\\d+)"/`).exec(styles)?.[1]);
    expect(size('Title')).toBeGreaterThan(size('Heading1'));
    expect(size('Heading1')).toBeGreaterThan(size('Heading2'));
    expect(size('Heading2')).toBeGreaterThan(22);
  });

  it('numbers the pages in the footer with a PAGE field', () => {
    expect(read.footers).toHaveLength(1);
    expect(read.footers[0]).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(read.footers[0]).toContain('Zelfevaluatie basiskwaliteit · Opleiden in de Regio Zuid-Oost · pagina ');
  });

  it('is in English, en-GB, for an English draft', async () => {
    const english = await readDocx(await renderDocx(sampleDraft('en'), 'clean'));
    expect(english.paragraphs[0]).toEqual({ style: 'Title', text: 'Self-evaluation of basic quality' });
    expect(english.paragraphs.map((p) => p.text)).toContain('Version of: 15 January 2027');
    expect(english.styles).toContain('<w:lang w:val="en-GB"/>');
    expect(english.styles).not.toContain('nl-NL');
  });

  it('is called "Kritische reflectie" for the development-oriented review, with the vraagstukken on a page of their own', async () => {
    const draft = sampleDraft();
    const development = await readDocx(
      await renderDocx({ ...draft, partnership: { ...draft.partnership, reviewType: 'development' }, vraagstukken: ['Hoe betrekken we studenten?'] }, 'clean'),
    );
    const texts = development.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe('Kritische reflectie');
    expect(texts[9]).toContain('Dit is de kritische reflectie van');
    expect(texts).toContain('Het laatste hoofdstuk noemt de vraagstukken die het partnerschap met het bezoekende panel wil bespreken.');
    const at = texts.indexOf('1. Hoe betrekken we studenten?');
    expect(development.paragraphs[at - 1]!.style).toBe('Heading1');
    expect(development.raw[at - 1]).toContain('<w:pageBreakBefore/>');
  });

  it('keeps a pasted control character from corrupting the file', async () => {
    const draft = sampleDraft();
    draft.waarborgen[2]!.items[0] = { ...draft.waarborgen[2]!.items[0]!, state: 'chosen', chosenText: 'Met een\u0007 bel & <teken>.', words: 4 };
    const read = await readDocx(await renderDocx(draft, 'clean'));
    expect(read.paragraphs.map((p) => p.text)).toContain('Met een bel & <teken>.');
  });

  // LibreOffice is not part of CI (.ci/run): where it is installed, the file is laid out by a
  // second program than the one that wrote its page numbers.
  const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
  const soffice = onPath('soffice') || onPath('libreoffice');
  const pdftotext = onPath('pdftotext');
  it.skipIf(!soffice)(
    `renders under LibreOffice to a PDF of a page per waarborg and more, on the pages its contents name${soffice ? '' : ' (skipped: no soffice or libreoffice on this machine)'}`,
    { timeout: 120_000 },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'draft-pdf-'));
      try {
        writeFileSync(join(dir, 'clean.docx'), docx);
        const run = spawnSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'clean.docx')], { encoding: 'utf8', timeout: 110_000 });
        expect(run.status, run.stderr).toBe(0);
        const pdf = readFileSync(join(dir, 'clean.pdf')).toString('latin1');
        const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        // Title page, reading guide, contents, and a page per waarborg; not a page per item.
        expect(pages).toBeGreaterThanOrEqual(7);
        expect(pages).toBeLessThanOrEqual(12);
        // With pdftotext (poppler-utils) at hand: each waarborg starts on the page its contents line names.
        if (!pdftotext) return;
        const text = spawnSync(pdftotext, ['-layout', join(dir, 'clean.pdf'), '-'], { encoding: 'utf8' }).stdout;
        const printed = text.split('\f').flatMap((page) => {
          const number = /pagina (\d+)\s*$/.exec(page.trimEnd())?.[1];
          const starts = framework.waarborgen.filter((w) => page.split('\n').some((line) => line.trim() === `Waarborg ${w.number}. ${w.name.nl}`));
          return number ? starts.map((w) => [w.number, Number(number)]) : [];
        });
        const listed = paragraphs.filter((p) => p.style === 'TOC1' && p.text.startsWith('Waarborg')).map((p, i) => [i + 1, Number(/(\d+)$/.exec(p.text)![1])]);
        expect(printed).toEqual(listed);
        expect(text).not.toMatch(/Bron:|Status:/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('renderDocx, the working version', async () => {
  const read = await readDocx(await renderDocx(sampleDraft(), 'working'));
  const { paragraphs, raw, styles } = read;
  const texts = paragraphs.map((p) => p.text);

  it('says on its title page that it is the working version, not to send', () => {
    expect(texts.slice(0, 3)).toEqual([
      'Zelfevaluatie basiskwaliteit',
      partnership.name,
      'Werkversie: met per punt de bron, de status en wat nog ontbreekt. Niet insturen.',
    ]);
  });

  it('has the same headings, pages and table of contents as the clean version', () => {
    expect(paragraphs.filter((p) => (p.style === 'Heading1' && p.text.startsWith('Waarborg')) || p.style === 'Heading2')).toEqual(expectedHeadings);
    expect(read.document).toContain('TOC \\h \\o');
    expect(read.footers[0]).toContain('PAGE');
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
  });

  it('puts source and status of each item, and each waarborg\'s summary, in a comment on its heading', () => {
    expect(read.comments).toHaveLength(4 + 14);
    expect(read.comments).toContain(
      'Bron: Kwaliteitskader Samen Opleiden, hoofdstuk 2.2 Waarborg 2. Leeromgeving, wat moet minimaal zichtbaar zijn in het Samen Opleiden\n' +
        'Status: 34 woorden · criteria: concreet, samenhang, praktijk en gezamenlijkheid',
    );
    const at = texts.findIndex((t) => t.startsWith('2.2 '));
    expect(raw[at]).toContain('<w:commentRangeStart');
    expect(raw[at]).toContain('<w:commentReference');
    // The text itself is untouched: the chosen text follows its heading.
    expect(texts[at + 1]).toBe(PRACTICE);
    expect(texts.some((t) => /^(Bron|Status):/.test(t))).toBe(false);
  });

  it('flags intentions and an exceeded word limit in the comments', () => {
    expect(read.comments.some((c) => c.endsWith('Status: 8 woorden · criteria: nog geen · ⚠️ voornemens: "In de toekomst", "willen we"'))).toBe(true);
    expect(read.comments).toContain('Status: 76/60 woorden · ⚠️ 16 te veel · 2 van 4 punten gekozen · 1 nog te kiezen · 1 leeg · ⚠️ 2 voornemens');
  });

  it('shows where a text is still to be chosen or nothing was written', () => {
    const notChosen = texts.findIndex((t) => t.startsWith('2.3 '));
    expect(paragraphs[notChosen + 1]).toEqual({ style: PLACEHOLDER_STYLE, text: '[Nog geen tekst gekozen; 2 bijdragen beschikbaar]' });
    expect(texts).toContain('[Leeg: nog geen bijdragen]');
    expect(styles).toContain(`w:styleId="${STATUS_STYLE}"`);
  });
});
