import { hasWords } from '../../core/text';
import type { Sentence } from './types';

/**
 * Text preparation for cue matching. The cue lists are written in lower case
 * without diacritics ("ambieren", "coordinator", "geevalueerd"), so the answer is
 * folded the same way. Folding is strictly one UTF-16 unit in, one unit out, so an
 * offset in the folded text is the same offset in the original text and every hit
 * can quote the words exactly as the user wrote them.
 */

/** Typographic characters mapped to their plain form before matching. */
const PLAIN: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’ (also the usual apostrophe in "zo’n")
  '\u201A': "'",
  '\u201B': "'",
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „ (Dutch opening quote)
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u00A0': ' ', // no-break space
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-', // –
  '\u2014': '-', // —
};

export interface FoldedText {
  /** Lower case, diacritics removed, typographic quotes/dashes/spaces made plain. */
  lower: string;
  /** The same, but keeping case (for case-sensitive cues). */
  cased: string;
}

/**
 * Folds `text` for matching. Output strings have exactly `text.length` UTF-16 units.
 * A character whose folded form would change length (rare ligatures, lone
 * combining marks) is kept as it is.
 */
export function fold(text: string): FoldedText {
  let lower = '';
  let cased = '';
  for (const ch of text) {
    const plain = PLAIN[ch] ?? ch;
    const stripped = plain.normalize('NFD').replace(/\p{M}/gu, '');
    const c = stripped.length === ch.length ? stripped : ch;
    const l = c.toLowerCase();
    cased += c;
    lower += l.length === ch.length ? l : c;
  }
  return { lower, cased };
}

/**
 * Words that end with a full stop without ending the sentence (folded form).
 * Single letters ("o.a.", "d.w.z.", initials) are handled separately.
 */
const ABBREVIATIONS = new Set([
  'bijv', 'bv', 'bijvoorbeeld', 'ca', 'circa', 'enz', 'etc', 'incl', 'excl', 'nl', 'resp', 'evt', 'mbt', 'mn', 'zgn',
  'dhr', 'mevr', 'mw', 'drs', 'dr', 'prof', 'ing', 'ir', 'mr', 'nr', 'blz', 'pag', 'vs', 'jl', 'ivm', 'tav', 'iom',
  'eg', 'ie', 'approx', 'no', 'fig', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct',
  'nov', 'dec',
]);

const BULLET = /^(?:[-*•·▪◦>]|\d{1,2}[.)](?=\s))\s*/u;

/**
 * Splits an answer into sentences with offsets into the original text.
 *
 * A sentence ends at `.`, `!`, `?` or `…` followed by white space (or the end),
 * unless the full stop closes a known abbreviation ("bijv.", "o.a.", "ca.") or a
 * single letter; and at every line break (answers pasted as bullet lists). A
 * semicolon does not end a sentence. Leading bullets ("- ", "• ", "1. ") are not
 * part of the sentence.
 */
export function splitSentences(text: string, folded: string = fold(text).lower): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;

  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    const bullet = BULLET.exec(text.slice(s, e));
    if (bullet) s += bullet[0].length;
    if (e > s && hasWords(text.slice(s, e))) {
      sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    }
    start = end;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Include closing quotes/brackets and repeated punctuation in the sentence.
    let j = i + 1;
    while (j < text.length && /["')\]»”’.!?…]/u.test(text[j]!)) j++;
    const atEnd = j >= text.length;
    if (!atEnd && !/\s/u.test(text[j]!)) continue;
    if (ch === '.' && endsWithAbbreviation(folded, i)) continue;
    // "1. derde punt": the number of a list item, not a sentence.
    if (ch === '.' && /^\d{1,2}$/.test(text.slice(start, i).trim())) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return sentences;
}

/** Whether the full stop at `dot` closes an abbreviation or a single letter. */
function endsWithAbbreviation(folded: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}.]/u.test(folded[k - 1]!)) k--;
  const word = folded.slice(k, dot);
  if (word.length === 0) return false;
  const bare = word.replace(/\./g, '');
  if (word.includes('.')) return bare.length <= 4; // "o.a", "d.w.z", "t.a.v", "e.g"
  // "doesn't.", "didn't.": the letter after an apostrophe ends a contraction, not an initial.
  if (bare.length === 1) return !/['’]/u.test(folded[k - 1] ?? ''); // initials, "a. b. c."
  return ABBREVIATIONS.has(bare);
}

/**
 * Ranges between double quotes ("…", “…”, „…”, «…»). Speech a student is quoted
 * with ("Een student: "volgend jaar wil ik…"") is not the partnership's intention.
 * Single quotes are not used: ’ is also the apostrophe ("zo’n", "lio’s").
 */
export function quotedRanges(folded: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      ranges.push([open, i + 1]);
      open = -1;
    }
  }
  return ranges;
}

/** The index of the sentence containing `offset` (the nearest one before it when between sentences). */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let found = 0;
  for (const s of sentences) {
    if (s.start <= offset) found = s.index;
    else break;
  }
  return found;
}
