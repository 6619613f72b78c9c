import { sentenceIndexAt } from './normalise';
import type { CueMatch, Sentence } from './types';

/**
 * Cue matching shared by all rules. A cue is a small regular expression over the
 * folded text (lower case, no diacritics), written with plain spaces between words;
 * `cue()` turns each space into `\s+` and adds letter boundaries on both sides, so
 * "we willen" also matches "We\nwillen" but never "twee willen" or "wewillen".
 *
 * Patterns may contain a named group `hit`: then only that group is reported as the
 * phrase (the rest is context, e.g. "dat we … gaan uitbreiden" reports "gaan").
 */

const LETTER = String.raw`[\p{L}\p{N}]`;

/** Builds a cue pattern: spaces become `\s+`, letter boundaries around the whole. */
export function cue(source: string): RegExp {
  // A space followed by a quantifier would quantify `\s+`, not make the space optional.
  if (/ [?*+{]/.test(source)) throw new Error(`cue: write an optional space as \\s? or a group, not " ?": ${source}`);
  const body = source.replace(/ /g, String.raw`\s+`);
  return new RegExp(String.raw`(?<!${LETTER})(?:${body})(?!${LETTER})`, 'gud');
}

/** A test on the folded text around a match (after `cue()`-style space handling). */
export function context(source: string): RegExp {
  return new RegExp(source.replace(/ /g, String.raw`\s+`), 'u');
}

/** Common definition of a cue in the data files. */
export interface CueDefinition {
  id: string;
  pattern: RegExp;
  /** Why this cue is in the list (for the reader of the data). */
  why: string;
  /** Match against the folded text keeping case (for abbreviations such as "WPB"). */
  caseSensitive?: boolean;
  /** Not a hit when the folded text before the match (same sentence) matches this. */
  unlessBefore?: RegExp;
  /** Not a hit when the folded text after the match (same sentence) matches this. */
  unlessAfter?: RegExp;
  /** Not a hit when the folded sentence it is in matches this. */
  unlessSentence?: RegExp;
}

export interface MatchInput {
  text: string;
  lower: string;
  cased: string;
  sentences: readonly Sentence[];
  /** Ranges to skip (quoted speech), optional. */
  skip?: ReadonlyArray<readonly [number, number]>;
}

/**
 * All matches of one cue, with sentence index and the original phrase, after the
 * cue's exceptions (`unlessBefore`, `unlessAfter`, `unlessSentence`) and skipped ranges.
 */
export function findCue(input: MatchInput, def: CueDefinition): CueMatch[] {
  const haystack = def.caseSensitive ? input.cased : input.lower;
  const out: CueMatch[] = [];
  for (const m of haystack.matchAll(def.pattern)) {
    const whole = m.indices?.[0];
    if (!whole) continue;
    const [start, end] = m.indices?.groups?.hit ?? whole;
    if (start === end) continue;
    if (input.skip?.some(([a, b]) => start >= a && start < b)) continue;
    const sentenceIndex = sentenceIndexAt(input.sentences, start);
    const sentence = input.sentences[sentenceIndex];
    const sStart = sentence ? Math.min(sentence.start, whole[0]) : 0;
    const sEnd = sentence ? Math.max(sentence.end, whole[1]) : input.text.length;
    if (def.unlessBefore?.test(input.lower.slice(sStart, whole[0]))) continue;
    if (def.unlessAfter?.test(input.lower.slice(whole[1], sEnd))) continue;
    if (def.unlessSentence?.test(input.lower.slice(sStart, sEnd))) continue;
    out.push({ cueId: def.id, start, end, text: input.text.slice(start, end), sentenceIndex });
  }
  return out;
}

/**
 * Keeps the first of overlapping matches (earliest start, then the longest), so one
 * stretch of text is never reported twice. Result sorted by start.
 */
export function withoutOverlaps<T extends { start: number; end: number }>(matches: readonly T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** Whether two spans overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
