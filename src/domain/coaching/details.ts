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

const WEEKDAY = '(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en|middag|middagen|ochtend|ochtenden)?';
const EN_WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?: (?:morning|afternoon|evening)s?)?';
const NUMBER_NL = '(?:\\d+|twee|drie|vier|vijf|zes|acht|tien|twaalf)';
const NUMBER_EN = '(?:\\d+|two|three|four|five|six|eight|ten|twelve)';
const ORDINAL_NL = '(?:eerste|tweede|derde|vierde|vijfde|laatste|eerstvolgende)';
const ORDINAL_EN = '(?:first|second|third|fourth|fifth|final|last)';

/**
 * More ways of writing when or how often, by class: an interval ("elke twee weken", "om de vier
 * jaar", "every two weeks"), an ordinal moment ("elke eerste dinsdag van de maand", "in het eerste
 * gesprek", "in the final assessment"), a numbered year or block in words ("in year one", "in jaar
 * twee"), "after each …" ("na elke vergadering"), a past or present period ("afgelopen blok", "this
 * term"). Future periods stay intention cues.
 */
const MORE_WHEN = [
  `(?:elke|iedere|op|om de) (?:${ORDINAL_NL}|andere) ${WEEKDAY}(?: van de maand)?`,
  `(?:elke|iedere|elk|ieder) ${ORDINAL_NL} (?:week|dag|maand|les|periode|bijeenkomst)(?: van (?:de|het|elke|iedere|elk|ieder) \\p{L}+)?`,
  `(?:elke|iedere|elk|ieder|om de) ${NUMBER_NL} (?:dagen|weken|maanden|jaar|jaren|lessen|periodes|blokken)`,
  'om de (?:dag|week|maand|periode|les)',
  "(?:elke|iedere|op de|op|in de) (?:ochtend|middag|avond|ochtenden|middagen|avonden)|'s (?:ochtends|middags|avonds)",
  '(?:every|each) (?:morning|afternoon|evening)|in the mornings?',
  `(?:afgelopen|vorige) ${WEEKDAY}|last ${EN_WEEKDAY}`,
  String.raw`(?:\d+|een|twee|drie|vier|vijf|zes|enkele|een paar) (?:dagen|dag|weken|week|maanden|maand|jaar|jaren) geleden|onlangs|recentelijk|kortgeleden|(?:\d+|a|one|two|three|four|five|six|a few|a couple of) (?:days?|weeks?|months?|years?) ago|recently`,
  String.raw`(?:na|tijdens) (?:elk|elke|ieder|iedere) \p{L}+`,
  '(?:afgelopen|vorig|vorige|dit|deze) (?:blok|kwartaal|stageperiode|lesweek|voorjaar|najaar|zomer|winter|stage|cursusjaar|collegejaar|trimester|ronde)',
  `(?:in|tijdens|na|bij) (?:de|het|mijn|haar|zijn|hun|onze) ${ORDINAL_NL} (?!(?:plaats|instantie)(?!\\p{L}))\\p{L}+`,
  `(?:in )?(?:week|periode|blok|leerjaar|jaar|studiejaar) (?:een|één|twee|drie|vier|vijf|zes)`,
  // English
  `(?:each|every) ${EN_WEEKDAY}`,
  `(?:each|every) (?:${NUMBER_EN}|couple of|few) (?:days|weeks|months|years|lessons|terms)`,
  'fortnightly|biweekly|daily|termly|quarterly',
  'this (?:school |academic )?(?:year|term|semester|month|week|spring|autumn|fall|quarter|block)',
  String.raw`(?:after|during|before) (?:each|every) \p{L}+`,
  `(?:in|during|at|after) (?:the|their|her|his|our) ${ORDINAL_EN} (?!(?:place|time|instance|resort)(?!\\p{L}))\\p{L}+`,
  '(?:in |at the end of |by the end of |at the start of )?(?:year|block|term|period) (?:one|two|three|four|five|six)',
].join('|');

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
  { id: 'when.time', kind: 'when', pattern: cue(MORE_WHEN), why: 'an interval, an ordinal moment, a numbered year in words, after each …', unlessBefore: RATE_BEFORE },
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
  const byKind = (kind: DetailCue['kind']) =>
    withoutOverlaps(DETAIL_CUES.filter((c) => c.kind === kind).flatMap((c) => findCue(input, c))).map(
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
