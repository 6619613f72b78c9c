import { context, cue, findCue, overlaps, withoutOverlaps, type CueDefinition, type MatchInput } from './match';
import type { DetailKind, DetailMatch, PartnerMention } from './types';
import { INSTRUMENT_TERM, QUANTITY_TERM, STUDENT_MOMENT_TERM, WHEN_TERM } from './vocabulary';

/**
 * Concrete detail: the committee asks for descriptions "zo concreet mogelijk" and
 * the platform's tip is "Hou het klein en maak het concreet". We count four kinds:
 * who (a named role, from the partner cues), what (a named activity, moment or
 * instrument), when (date, period, frequency of present or past practice) and
 * quantity (a number).
 */

export type DetailCue = CueDefinition & { kind: Exclude<DetailKind, 'who'> };

/** Named documents a practice works with ("het logboek", "het observatieformulier", "a feedback form"). */
const MORE_INSTRUMENT = [
  String.raw`\p{L}*(?:logboek|formulier|verslag|notulen|lesplan|rapportage|peiling|checklist)(?:en|s)?`,
  String.raw`(?:log\s?books?|logs|log|reports?|minutes|checklists?|lesson plans?)`,
  '(?:observation|feedback|assessment|evaluation|registration|reflection) forms?',
].join('|');

/** "40 uur per jaar", "vier taakuren per week": a budget of hours, not when something happens. */
const RATE_BEFORE = context(String.raw`(?:^|[^\p{L}])(?:uur|uren|taakuren|klokuren|fte|euro|hours?|ec|studiepunten|dagdelen|dagdeel) $`);

const DETAIL_CUES: readonly DetailCue[] = [
  // First, so "observatieformulier" is a document, not the moment "observatie".
  { id: 'what.instrument', kind: 'what', pattern: cue(MORE_INSTRUMENT), why: 'a named document a practice works with: logboek, formulier, verslag' },
  { id: 'what.moment', kind: 'what', pattern: cue(STUDENT_MOMENT_TERM), why: 'named moment or activity a student goes through' },
  { id: 'what.moment', kind: 'what', pattern: /(?<![\p{L}\p{N}])(?:POP|IOP)(?![\p{L}\p{N}])/dgu, caseSensitive: true, why: 'persoonlijk ontwikkelplan, only in capitals ("pop" is music)' },
  { id: 'what.instrument', kind: 'what', pattern: cue(INSTRUMENT_TERM), why: 'named instrument or document of the partnership' },
  { id: 'when.time', kind: 'when', pattern: cue(WHEN_TERM), why: 'date, period or frequency', unlessBefore: RATE_BEFORE },
  {
    id: 'quantity.number',
    kind: 'quantity',
    pattern: cue(QUANTITY_TERM),
    why: 'a number of people, hours, meetings',
    // "waarborg 2" is a name, not a quantity.
    unlessBefore: context(String.raw`(?:^|[^\p{L}])(?:waarborg|criterium|fase) $`),
  },
];

/**
 * Every concrete detail. `who` comes from the partner mentions (roles, not the
 * joint words). Numbers inside a time expression ("2022", "twee keer per jaar")
 * count as `when` only.
 */
export function findDetails(input: MatchInput, partners: readonly PartnerMention[]): DetailMatch[] {
  // The number of a list item ("2. Het programma …") lies outside every sentence: it is no quantity.
  const inSentence = (m: { start: number; sentenceIndex: number }) => {
    const s = input.sentences[m.sentenceIndex];
    return s !== undefined && m.start >= s.start && m.start < s.end;
  };
  const byKind = (kind: DetailCue['kind']) =>
    withoutOverlaps(DETAIL_CUES.filter((c) => c.kind === kind).flatMap((c) => findCue(input, c)).filter(inSentence)).map(
      (m): DetailMatch => ({ ...m, kind }),
    );
  const what = byKind('what');
  const when = byKind('when');
  const quantity = byKind('quantity').filter((q) => !when.some((w) => overlaps(q, w)));
  const who = partners
    .filter((p) => p.role !== 'joint')
    .map((p): DetailMatch => ({ cueId: `who.${p.role}`, kind: 'who', start: p.start, end: p.end, text: p.text, sentenceIndex: p.sentenceIndex }));
  return [...who, ...what, ...when, ...quantity].sort((a, b) => a.start - b.start);
}

/** The distinct detail kinds among `details`, in a fixed order. */
export function detailKinds(details: readonly DetailMatch[]): DetailKind[] {
  const found = new Set(details.map((d) => d.kind));
  return (['who', 'what', 'when', 'quantity'] as const).filter((k) => found.has(k));
}
