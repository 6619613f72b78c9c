import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '../../../src/domain/coaching';
import { compileDraft, countWords } from '../../../src/domain/draft';
import { framework } from '../../../src/domain/framework';
import { contributions, DATE, entries, INTENTION, partnership, PRACTICE, sampleDraft } from './fixtures';

describe('countWords', () => {
  it('counts words as a reader does', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  — • \n')).toBe(0);
    expect(countWords('De zij-instromer start in 2024.')).toBe(5);
    expect(countWords("Het partnerschap's ochtends: één, twee… drie!")).toBe(6);
    expect(countWords(PRACTICE)).toBe(34);
    expect(countWords(INTENTION)).toBe(8);
  });
});

describe('compileDraft', () => {
  it('follows the framework: waarborgen in order, every minimum item in source order, numbered within its waarborg', () => {
    const draft = sampleDraft();
    expect(draft.waarborgen.map((w) => w.id)).toEqual(['lerende-leraar', 'leeromgeving', 'organisatie', 'kwaliteitscultuur']);
    for (const [index, waarborg] of draft.waarborgen.entries()) {
      const source = framework.waarborgen[index]!;
      expect(waarborg.items.map((item) => item.id)).toEqual(source.minimumItems.map((item) => item.id));
      expect(waarborg.items.map((item) => item.label)).toEqual(source.minimumItems.map((_, i) => `${source.number}.${i + 1}`));
      expect(waarborg.items.map((item) => item.source)).toEqual(source.minimumItems.map((item) => item.source));
    }
    expect(draft).toMatchObject({
      locale: 'nl',
      date: '2027-01-15',
      wordLimit: 60,
      partnership: { id: partnership.id, name: partnership.name, region: partnership.region, reviewType: 'assessment' },
    });
  });

  it('marks each item chosen, not chosen (with how many contributions) or empty', () => {
    const leeromgeving = sampleDraft().waarborgen[1]!;
    expect(leeromgeving.items.map((item) => [item.label, item.state, item.contributionCount])).toEqual([
      ['2.1', 'chosen', 1],
      ['2.2', 'chosen', 0],
      ['2.3', 'not-chosen', 2],
      // Whitespace is no contribution.
      ['2.4', 'empty', 0],
    ]);
    expect(leeromgeving.items[1]).toMatchObject({ chosenText: PRACTICE, editorName: 'Coby Coördinator', version: 3 });
    expect(leeromgeving.items[2]).toMatchObject({ chosenText: '', editorName: null, version: null, words: 0, criteriaCovered: [], intentions: [] });
    expect(leeromgeving).toMatchObject({ chosen: 2, notChosen: 1, empty: 1 });
  });

  it('counts words per item and per waarborg against the limit, and flags a waarborg over it', () => {
    const [lerendeLeraar, leeromgeving, organisatie] = sampleDraft().waarborgen;
    expect(leeromgeving!.items.map((item) => item.words)).toEqual([42, 34, 0, 0]);
    expect(leeromgeving).toMatchObject({ words: 76, wordLimit: 60, overLimit: true });
    expect(lerendeLeraar).toMatchObject({ words: 8, overLimit: false });
    expect(organisatie).toMatchObject({ words: 0, overLimit: false, chosen: 0, empty: 3 });
    const roomy = compileDraft({ ...partnership, wordLimitPerWaarborg: 76 }, contributions, entries, 'nl', { date: DATE });
    expect(roomy.waarborgen[1]!.overLimit).toBe(false);
  });

  it('reports the criteria the chosen text covers and the intentions it states, as the coaching finds them', () => {
    const [lerendeLeraar, leeromgeving] = sampleDraft().waarborgen;
    expect(leeromgeving!.items[1]).toMatchObject({ criteriaCovered: ['concrete', 'coherence', 'practice', 'jointness'], intentions: [] });
    expect(lerendeLeraar!.items[0]).toMatchObject({ criteriaCovered: [], intentions: ['In de toekomst', 'willen we'] });
    const mixed = leeromgeving!.items[0]!;
    const analysis = analyseAnswer(mixed.chosenText, { waarborgId: 'leeromgeving' });
    expect(mixed.criteriaCovered).toEqual(analysis.criteria.map((c) => c.id));
    expect(mixed.intentions).toEqual(['In de toekomst', 'willen we']);
    expect(leeromgeving!.intentions).toBe(2);
    expect(lerendeLeraar!.intentions).toBe(2);
  });

  it('takes item texts in the draft language and ignores entries and contributions for unknown items', () => {
    const english = sampleDraft('en');
    expect(english.waarborgen[1]!.name).toBe('Learning environment');
    expect(english.waarborgen[1]!.items[0]!.text).toBe(framework.waarborgen[1]!.minimumItems[0]!.text.en);
    const details = english.waarborgen[3]!.items[1]!.details;
    expect(details).toContain('Are we doing the right things?');
    const stray = compileDraft(partnership, [{ itemId: 'x', text: 'y' }], [{ itemId: 'x', text: 'y', editorName: 'z', version: 0 }], 'nl');
    expect(stray.waarborgen.flatMap((w) => w.items).every((item) => item.state === 'empty')).toBe(true);
  });

  it('treats a saved blank text as nothing chosen', () => {
    const draft = compileDraft(partnership, [], [{ itemId: 'organisatie.minimum.1', text: ' \n ', editorName: 'C', version: 2 }], 'nl');
    expect(draft.waarborgen[2]!.items[0]).toMatchObject({ state: 'empty', version: 2, words: 0 });
  });
});
