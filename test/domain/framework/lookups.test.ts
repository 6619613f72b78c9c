import { describe, it, expect } from 'vitest';
import { findWaarborg, getSelfEvaluationRequirement, normalizeName } from '../../../src/domain/framework';

describe('findWaarborg', () => {
  it.each([
    ['lerende leraar', 'lerende-leraar'],
    ['Lerende Leraar', 'lerende-leraar'],
    ['LERENDE-LERAAR', 'lerende-leraar'],
    ['  lerende   leraar  ', 'lerende-leraar'],
    ['leraar', 'lerende-leraar'],
    ['LL', 'lerende-leraar'],
    ['learning teacher', 'lerende-leraar'],
    ['Waarborg 1', 'lerende-leraar'],
    ['leeromgeving', 'leeromgeving'],
    ['Omgeving', 'leeromgeving'],
    ['Learning Environment', 'leeromgeving'],
    ['organisatie', 'organisatie'],
    ['Organisation', 'organisatie'],
    ['organization', 'organisatie'],
    ['W3', 'organisatie'],
    ['kwaliteit', 'kwaliteitscultuur'],
    ['cultuur', 'kwaliteitscultuur'],
    ['KwaliteitsCultuur', 'kwaliteitscultuur'],
    ['Kwalitéitscültuur', 'kwaliteitscultuur'],
    ['quality culture', 'kwaliteitscultuur'],
    ['Quality\tCulture', 'kwaliteitscultuur'],
  ])('maps %j to %s', (input, id) => {
    expect(findWaarborg(input)?.id).toBe(id);
  });

  it.each(['', '   ', 'leraren', 'onderwijsregio', 'waarborg 5', 'bestuur', 'xyz'])(
    'returns undefined for %j',
    (input) => {
      expect(findWaarborg(input)).toBeUndefined();
    },
  );

  it('normalises case, diacritics, whitespace and punctuation', () => {
    expect(normalizeName(' Kwalitéits-Cultuur! ')).toBe('kwaliteitscultuur');
  });
});

describe('getSelfEvaluationRequirement', () => {
  it('returns the bijlage 3 requirement of a waarborg and undefined for unknown ids', () => {
    expect(getSelfEvaluationRequirement('organisatie')?.id).toBe('self-evaluation.organisatie');
    expect(getSelfEvaluationRequirement('nope')).toBeUndefined();
  });
});
