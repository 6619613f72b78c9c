import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/flows/draft/markdown';
import { framework } from '../../../src/domain/framework';
import { INTENTION, partnership, PRACTICE, sampleDraft } from '../../domain/draft/fixtures';

describe('renderMarkdown, the clean version', () => {
  const markdown = renderMarkdown(sampleDraft(), 'clean');
  const lines = markdown.split('\n');

  it('opens with the title block, then the reading guide', () => {
    expect(lines.slice(0, 14)).toEqual([
      '# Zelfevaluatie basiskwaliteit',
      '',
      `**${partnership.name}**`,
      '',
      `**Partnerschap:** ${partnership.name}  `,
      `**Onderwijsregio:** ${partnership.region}  `,
      '**Sectoren:** primair onderwijs (PO), voortgezet onderwijs (VO)  ',
      '**Peer review:** Beoordelingsgerichte peer review  ',
      '**Bezoekdatum:** 14 april 2027  ',
      '**Versie van:** 15 januari 2027',
      '',
      '## Leeswijzer',
      '',
      expect.stringContaining('Dit is de zelfevaluatie basiskwaliteit van Opleiden in de Regio Zuid-Oost'),
    ]);
  });

  it('has no source or status lines and no placeholders', () => {
    expect(markdown).not.toMatch(/^> /m);
    expect(markdown).not.toMatch(/Bron:|Status:|\[Nog geen tekst|\[Leeg/);
    const section = markdown.slice(markdown.indexOf('### 2.2 '), markdown.indexOf('### 2.3 '));
    expect(section).toContain(`\n\n${PRACTICE}`);
    expect(markdown).toContain(`${PRACTICE}\n\n${INTENTION}`);
  });

  it('has a heading per waarborg and a subheading per item, in framework order', () => {
    const headings = lines.filter((line) => /^#{2,3} /.test(line) && line !== '## Leeswijzer');
    const expected = framework.waarborgen.flatMap((w) => [
      `## Waarborg ${w.number}. ${w.name.nl}`,
      ...w.minimumItems.map((item, i) => `### ${w.number}.${i + 1} ${item.text.nl}`),
    ]);
    expect(headings).toEqual(expected);
  });
});

describe('renderMarkdown, the working version', () => {
  const markdown = renderMarkdown(sampleDraft(), 'working');
  const lines = markdown.split('\n');

  it('says under the title that it is the working version', () => {
    expect(lines[4]).toBe('_Werkversie: met per punt de bron, de status en wat nog ontbreekt. Niet insturen._');
  });

  it('has a heading per waarborg and a subheading per item, in framework order', () => {
    const headings = lines.filter((line) => /^#{2,3} /.test(line) && line !== '## Leeswijzer');
    const expected = framework.waarborgen.flatMap((w) => [
      `## Waarborg ${w.number}. ${w.name.nl}`,
      ...w.minimumItems.map((item, i) => `### ${w.number}.${i + 1} ${item.text.nl}`),
    ]);
    expect(headings).toEqual(expected);
  });

  it('puts source and status in blockquotes under each item, then the chosen text or a placeholder', () => {
    const section = markdown.slice(markdown.indexOf('### 2.2 '), markdown.indexOf('### 2.3 '));
    expect(section).toContain('> Bron: Kwaliteitskader Samen Opleiden, hoofdstuk 2.2 Waarborg 2. Leeromgeving, wat moet minimaal zichtbaar zijn in het Samen Opleiden');
    expect(section).toContain('> Status: 34 woorden · criteria: concreet, samenhang, praktijk en gezamenlijkheid\n\n' + PRACTICE);
    const first = markdown.slice(markdown.indexOf('### 1.1 '), markdown.indexOf('### 1.2 '));
    expect(first).toContain('> Status: 8 woorden · criteria: nog geen · ⚠️ voornemens: "In de toekomst", "willen we"\n\n' + INTENTION);
    expect(markdown).toContain('_[Nog geen tekst gekozen; 2 bijdragen beschikbaar]_');
    expect(markdown).toContain('_[Leeg: nog geen bijdragen]_');
    // Paragraphs of a chosen text stay paragraphs.
    expect(markdown).toContain(`${PRACTICE}\n\n${INTENTION}`);
  });

  it('sums up each waarborg against the word limit', () => {
    expect(markdown).toContain('> Status: 76/60 woorden · ⚠️ 16 te veel · 2 van 4 punten gekozen · 1 nog te kiezen · 1 leeg · ⚠️ 2 voornemens');
    expect(markdown).toContain('> Status: 0/60 woorden · 0 van 3 punten gekozen · 3 leeg');
  });

  it('lists the sub-points of an item under its heading', () => {
    expect(markdown).toContain('- Doen we het goede?\n- Hoe weten we dat?');
  });

  it('renders in English when the draft is English', () => {
    const english = renderMarkdown(sampleDraft('en'), 'working');
    expect(english).toMatch(/^# Self-evaluation of basic quality\n/);
    expect(english).toContain('**Version of:** 15 January 2027');
    expect(english).toContain('## Waarborg 2. Learning environment');
    expect(english).toContain('_[No text chosen yet; 2 contributions available]_');
  });
});
