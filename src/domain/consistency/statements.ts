import { limits } from '../../core/limits';
import { analyseAnswer } from '../coaching';
import { findCue, withoutOverlaps, type MatchInput } from '../coaching/match';
import { fold, quotedRanges } from '../coaching/normalise';
import type { WaarborgId } from '../framework';
import { mentions } from './key-terms';
import { NEGATION_CUES } from './negations';
import type { GroupAnswer, KeyTerm, Statement } from './types';

/**
 * Where a sentence turns: "Er is geen programma, wel losse stages" says two things.
 * The stance of each part is read on its own; commas alone do not split, so
 * "Het programma, dat we samen maakten, wordt niet uitgevoerd" stays one statement.
 */
const TURN = /;|,\s+wel(?![\p{L}])|(?<![\p{L}])(?:maar|echter|terwijl|hoewel|but|however|although|whereas)(?![\p{L}])/gu;

/**
 * Every stretch of an answer that names a key term of the item, with its stance:
 * `absent` when it holds a negation cue, else `intention` when it holds an
 * intention cue (the coaching's list), else `present`. Questions and quoted
 * speech (a student quoted by an educator) are left out: they are not the group's claim.
 */
export function readStatements(answer: GroupAnswer, waarborgId: WaarborgId, terms: readonly KeyTerm[]): Statement[] {
  if (terms.length === 0) return [];
  const analysis = analyseAnswer(answer.text.slice(0, limits.maxTextLength), { waarborgId });
  const { text, sentences, intentions } = analysis;
  const folded = fold(text);
  const lower = blank(folded.lower, quotedRanges(folded.lower));
  const input: MatchInput = { text, lower, cased: folded.cased, sentences };
  const negations = withoutOverlaps(NEGATION_CUES.flatMap((c) => findCue(input, c)));

  const statements: Statement[] = [];
  for (const sentence of sentences) {
    if (sentence.text.trimEnd().endsWith('?')) continue;
    for (const [start, end] of segments(lower, sentence.start, sentence.end)) {
      const termIds = terms.filter((term) => mentions(lower.slice(start, end), term)).map((term) => term.id);
      if (termIds.length === 0) continue;
      const within = (hit: { start: number }) => hit.start >= start && hit.start < end;
      const negation = negations.find(within);
      const intention = intentions.find(within);
      const base = { group: answer.group, author: answer.author, sentence: sentence.text, termIds, ...(answer.source ? { source: answer.source } : {}) };
      if (negation) statements.push({ ...base, stance: 'absent', cue: negation.text });
      else if (intention) statements.push({ ...base, stance: 'intention', cue: intention.phrase });
      else statements.push({ ...base, stance: 'present' });
    }
  }
  return statements;
}

function segments(lower: string, start: number, end: number): Array<[number, number]> {
  const cuts = [start];
  for (const match of lower.slice(start, end).matchAll(TURN)) if (match.index > 0) cuts.push(start + match.index);
  cuts.push(end);
  return cuts.slice(0, -1).map((cut, i) => [cut, cuts[i + 1]!]);
}

/** The text with the given ranges replaced by spaces, offsets unchanged. */
function blank(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let out = text;
  for (const [a, b] of ranges) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}
