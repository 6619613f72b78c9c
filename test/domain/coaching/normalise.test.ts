import { describe, expect, it } from 'vitest';
import { fold, quotedRanges, splitSentences } from '../../../src/domain/coaching/normalise';

describe('fold', () => {
  it('lower-cases and removes diacritics without changing length', () => {
    const text = 'Ambiëren, Coördinator, geëvalueerd, ENQUÊTE, één';
    const { lower, cased } = fold(text);
    expect(lower).toBe('ambieren, coordinator, geevalueerd, enquete, een');
    expect(cased).toBe('Ambieren, Coordinator, geevalueerd, ENQUETE, een');
    expect(lower).toHaveLength(text.length);
  });

  it('makes typographic quotes, dashes and spaces plain', () => {
    expect(fold('„Zo’n” les – nu\u00A0al').lower).toBe('"zo\'n" les - nu al');
  });

  it('keeps characters whose folded form would change length (offsets stay valid)', () => {
    const text = 'student 👩‍🏫 ﬁne';
    expect(fold(text).lower).toHaveLength(text.length);
  });
});

describe('splitSentences', () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);

  it('splits at . ! ? followed by white space and keeps offsets into the original', () => {
    const text = 'Eerste zin. Tweede zin! Derde zin?  Vierde';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Eerste zin.', 'Tweede zin!', 'Derde zin?', 'Vierde']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('does not split after abbreviations, initials or inside numbers', () => {
    expect(texts('Bijv. de student o.a. in groep 5. Dhr. Jansen en ca. 2.5 uur per week.')).toEqual([
      'Bijv. de student o.a. in groep 5.',
      'Dhr. Jansen en ca. 2.5 uur per week.',
    ]);
  });

  it('splits after an English contraction: the letter after an apostrophe is no initial', () => {
    expect(texts("We talk about what works and what doesn't. Last time we moved one assignment.")).toHaveLength(2);
    expect(texts("They didn’t. I did.")).toEqual(['They didn’t.', 'I did.']);
    expect(texts('Dhr. J. Jansen komt.')).toHaveLength(1);
  });

  it('does not split at a semicolon', () => {
    expect(texts('De student voert het gesprek; een student vertelde dat.')).toHaveLength(1);
  });

  it('splits at line breaks and drops bullets', () => {
    expect(texts('- eerste punt\n• tweede punt\n1. derde punt\n\nvierde')).toEqual(['eerste punt', 'tweede punt', 'derde punt', 'vierde']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(texts('Een student: "Ik leer veel." De mentor knikt.')).toEqual(['Een student: "Ik leer veel."', 'De mentor knikt.']);
  });

  it('returns nothing for an empty text', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});

describe('quotedRanges', () => {
  it('finds text between double quotes, not apostrophes', () => {
    const { lower } = fold('Zo’n student zei: “Ik wil meer.” En verder.');
    const ranges = quotedRanges(lower);
    expect(ranges).toHaveLength(1);
    const [a, b] = ranges[0]!;
    expect(lower.slice(a, b)).toBe('"ik wil meer."');
  });
});
