import { describe, it, expect } from 'vitest';
import { framework, listImplications } from '../../../src/domain/framework';

describe('waarborgen for begeleiden and professionaliseren (Kwaliteitskader hoofdstuk 4)', () => {
  it('covers the four waarborgen in order and is formative', () => {
    const ind = framework.inductionAndDevelopment;
    expect(ind.waarborgen.map((w) => w.waarborgId)).toEqual(['lerende-leraar', 'leeromgeving', 'organisatie', 'kwaliteitscultuur']);
    expect(ind.status.text.nl).toMatch(/formatief/);
    expect(ind.scopes.map((s) => s.id)).toEqual(['induction', 'development']);
  });

  // Counted in the "Implicaties voor ..." lists of 4.1 to 4.4.
  it.each([
    ['lerende-leraar', { induction: 3, development: 2, 'induction-and-development': 0 }],
    ['leeromgeving', { induction: 6, development: 3, 'induction-and-development': 0 }],
    ['organisatie', { induction: 4, development: 5, 'induction-and-development': 0 }],
    ['kwaliteitscultuur', { induction: 0, development: 0, 'induction-and-development': 2 }],
  ] as const)('%s has the source number of implications per scope', (id, counts) => {
    const all = listImplications(id);
    for (const [scope, n] of Object.entries(counts)) {
      expect(all.filter((i) => i.scope === scope), scope).toHaveLength(n);
    }
    for (const item of all) expect(item.source.section).toMatch(/^hoofdstuk 4\.\d .*Implicaties voor/);
  });

  it('includes shared items when filtering by scope', () => {
    expect(listImplications('kwaliteitscultuur', 'induction')).toHaveLength(2);
    expect(listImplications('leeromgeving', 'development')).toHaveLength(3);
    expect(listImplications('nope')).toEqual([]);
  });

  it('lists the seven evaluation questions of 4.4', () => {
    expect(framework.inductionAndDevelopment.waarborgen[3]!.themes[0]!.questions).toHaveLength(7);
  });
});
