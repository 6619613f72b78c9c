import { describe, expect, it } from 'vitest';
import { appended, cutAtWord, foldCase, hasWords, isIsoDate } from '../../src/core/text';

describe('hasWords', () => {
  it.each(['', '   ', '\n\t', '...', '—?!'])('%j has none', (t) => expect(hasWords(t)).toBe(false));
  it.each(['a', '1', ' é '])('%j has some', (t) => expect(hasWords(t)).toBe(true));
});

describe('appended', () => {
  it('puts an addition after what is there, a blank line between', () => {
    expect(appended('Eerst dit.', 'Dan dat.')).toBe('Eerst dit.\n\nDan dat.');
  });

  it('is the addition alone when nothing is there', () => {
    expect(appended(undefined, 'Dan dat.')).toBe('Dan dat.');
    expect(appended('', 'Dan dat.')).toBe('Dan dat.');
  });
});

describe('foldCase', () => {
  it('lower-cases and drops accents and marks', () => {
    expect(foldCase('Coördinator HULP Kwalitéit')).toBe('coordinator hulp kwaliteit');
    expect(foldCase('ｈｕｌｐ')).toBe('hulp');
  });
});

describe('cutAtWord', () => {
  it('cuts at a word and marks the cut', () => {
    expect(cutAtWord('Er is een gezamenlijk opleidingsprogramma voor de verschillende groepen', 40)).toBe('Er is een gezamenlijk…');
    expect(cutAtWord('Eerst dit, dan dat en nog veel meer daarna', 12)).toBe('Eerst dit…');
  });

  it('keeps a short text as it is and never goes over the length', () => {
    expect(cutAtWord('kort', 40)).toBe('kort');
    const long = 'x'.repeat(50);
    expect(cutAtWord(long, 20)).toHaveLength(20);
  });
});

describe('isIsoDate', () => {
  it.each(['2027-01-15', '2028-02-29'])('%j is a day', (d) => expect(isIsoDate(d)).toBe(true));
  it.each([undefined, '', '2027-02-30', '2027-1-5', '15-01-2027', '2027-01-15T00:00'])('%j is not', (d) => expect(isIsoDate(d)).toBe(false));
});
