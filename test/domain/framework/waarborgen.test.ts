import { describe, it, expect } from 'vitest';
import { framework, listMinimumItems, listMinimumItemsForTheme } from '../../../src/domain/framework';

describe('waarborgen (Kwaliteitskader hoofdstuk 2)', () => {
  it('has the four waarborgen in source order', () => {
    expect(framework.waarborgen.map((w) => w.id)).toEqual([
      'lerende-leraar',
      'leeromgeving',
      'organisatie',
      'kwaliteitscultuur',
    ]);
    expect(framework.waarborgen.map((w) => w.name.nl)).toEqual([
      'Lerende leraar',
      'Leeromgeving',
      'Organisatie',
      'Kwaliteitscultuur',
    ]);
    expect(framework.waarborgen.map((w) => w.number)).toEqual([1, 2, 3, 4]);
  });

  // Counted in seed 000, "Wat moet minimaal zichtbaar zijn in het Samen Opleiden?" per waarborg.
  it.each([
    ['lerende-leraar', 4],
    ['leeromgeving', 4],
    ['organisatie', 3],
    ['kwaliteitscultuur', 3],
  ] as const)('%s has exactly the %i minimal-visible items of the source', (id, count) => {
    const items = listMinimumItems(id);
    expect(items).toHaveLength(count);
    for (const item of items) {
      expect(item.source.document).toBe('kwaliteitskader');
      expect(item.source.section).toMatch(/wat moet minimaal zichtbaar zijn/);
    }
  });

  it('has the themes (kenmerken) the source names, in order', () => {
    const themes = Object.fromEntries(framework.waarborgen.map((w) => [w.id, w.themes.map((t) => t.name.nl)]));
    expect(themes).toEqual({
      'lerende-leraar': ['Visie en beeld van het beroep', 'Profiel'],
      leeromgeving: ['Ontwerp', "Programma's", 'Feedback en beoordeling', 'Ondersteuning', 'Ruimte voor een breed perspectief'],
      organisatie: ['Verantwoordelijkheden', 'Toerusting en kwaliteit', 'Overleg'],
      kwaliteitscultuur: ['Open gesprek over kwaliteit'],
    });
  });

  it('lists the five open-conversation questions of kwaliteitscultuur', () => {
    const kc = framework.waarborgen[3]!;
    expect(kc.themes[0]!.questions).toHaveLength(5);
  });

  it('spells out the four quality questions of the second kwaliteitscultuur item', () => {
    const item = listMinimumItems('kwaliteitscultuur')[1]!;
    expect(item.details?.map((d) => d.nl)).toEqual([
      'Doen we het goede?',
      'Hoe weten we dat?',
      expect.stringMatching(/^Vinden anderen dat ook/),
      'Wat doen we met die wetenschap?',
    ]);
  });

  it('links every minimal-visible item to a theme of its own waarborg', () => {
    for (const w of framework.waarborgen) {
      const themeIds = w.themes.map((t) => t.id);
      for (const item of w.minimumItems) {
        expect(item.themeIds.length).toBeGreaterThan(0);
        for (const tid of item.themeIds) expect(themeIds).toContain(tid);
      }
    }
  });

  it('finds minimal-visible items by theme', () => {
    expect(listMinimumItemsForTheme('organisatie.overleg').map((i) => i.id)).toEqual(['organisatie.minimum.1']);
    expect(listMinimumItemsForTheme('nope')).toEqual([]);
  });

  it('returns no items for an unknown waarborg', () => {
    expect(listMinimumItems('onbekend')).toEqual([]);
  });
});
