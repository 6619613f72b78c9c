// The key terms: every minimum item has some, and they find compounds but not
// look-alikes.
import { describe, expect, it } from 'vitest';
import { itemsWithKeyTerms, keyTermsOf, mentions } from '../../../src/domain/consistency';
import { fold } from '../../../src/domain/coaching';
import { framework } from '../../../src/domain/framework';

const term = (itemId: string, id: string) => keyTermsOf(itemId).find((t) => t.id === id)!;
const says = (text: string, itemId: string, id: string) => mentions(fold(text).lower, term(itemId, id));

describe('key terms', () => {
  it('exist for exactly the minimum items of the framework', () => {
    const items = framework.waarborgen.flatMap((w) => w.minimumItems.map((i) => i.id));
    expect(itemsWithKeyTerms().sort()).toEqual([...items].sort());
    for (const id of items) expect(keyTermsOf(id).length).toBeGreaterThan(0);
    expect(keyTermsOf('onbekend.item')).toEqual([]);
  });

  it('find the term inside compounds and inflections', () => {
    expect(says('Het opleidingsprogramma', 'leeromgeving.minimum.1', 'programma')).toBe(true);
    expect(says("De programma's", 'leeromgeving.minimum.1', 'programma')).toBe(true);
    expect(says('Het stuurgroepoverleg', 'organisatie.minimum.1', 'overleg')).toBe(true);
    expect(says('De werkplekbegeleider', 'leeromgeving.minimum.4', 'begeleiding')).toBe(true);
    expect(says('Onze opleidingsvisie', 'lerende-leraar.minimum.2', 'visie')).toBe(true);
    expect(says('De geëvalueerde cijfers', 'kwaliteitscultuur.minimum.3', 'evaluatie')).toBe(true);
  });

  it('skip look-alikes and whole-word terms inside other words', () => {
    expect(says('Supervisie en televisie', 'lerende-leraar.minimum.2', 'visie')).toBe(false);
    expect(says('We programmeren de robot', 'leeromgeving.minimum.1', 'programma')).toBe(false);
    expect(says('De controle van de rooster', 'organisatie.minimum.2', 'verantwoordelijkheden')).toBe(false);
    expect(says('Ieders rol is beschreven', 'organisatie.minimum.2', 'verantwoordelijkheden')).toBe(true);
  });
});
