import { ASSESSMENT_CRITERION_IDS } from '../framework';
import { detailKinds } from './details';
import { onlyAt } from './negation';
import { INSTITUTE_SIDE, SCHOOL_SIDE } from './partners';
import type {
  AssessmentCriterionId,
  CoherenceMention,
  CriterionResult,
  CueMatch,
  DetailMatch,
  NegationHit,
  PartnerMention,
  Sentence,
  StudentExampleEvidence,
} from './types';

/**
 * The four assessment criteria (DUS-I verslag, bijlage 3), derived from the other
 * rules. The committee assesses what is realised now, so every criterion only
 * counts evidence from sentences WITHOUT an intention cue ("practice sentences").
 *
 * - concrete: at least three kinds of detail (who, what, when, quantity), or two
 *   kinds plus a student example.
 * - coherence: a link to another waarborg.
 * - practice: a practice sentence that is (part of) a student example or holds at
 *   least two kinds of detail ("Sinds 2022 voeren de schoolopleider en … een
 *   driehoeksgesprek": who + what + when).
 * - jointness: a practice sentence with an explicit joint word, or with roles from
 *   both the school side and the institute side, and no "each on their own" wording.
 *   Two school-side roles (werkplekbegeleider + schoolopleider) are not jointness
 *   between partners; students and neutral bodies (stuurgroep, coördinator, bestuur)
 *   do not make a side.
 */

export interface CriteriaInput {
  isEmpty: boolean;
  sentences: readonly Sentence[];
  intentionSentences: ReadonlySet<number>;
  details: readonly DetailMatch[];
  partners: readonly PartnerMention[];
  separations: readonly CueMatch[];
  coherence: readonly CoherenceMention[];
  studentExamples: readonly StudentExampleEvidence[];
  /** Only the `only` hits matter here: a role in "alleen op de hogeschool" does not pair. */
  negations: readonly NegationHit[];
}

export interface CriteriaJudgement {
  covered: CriterionResult[];
  missing: CriterionResult[];
}

const byCriterionOrder = (a: CriterionResult, b: CriterionResult) =>
  ASSESSMENT_CRITERION_IDS.indexOf(a.id) - ASSESSMENT_CRITERION_IDS.indexOf(b.id);

export function judgeCriteria(input: CriteriaInput): CriteriaJudgement {
  if (input.isEmpty) {
    return {
      covered: [],
      missing: ASSESSMENT_CRITERION_IDS.map((id) => ({ id, reason: 'empty-answer', sentenceIndices: [] })),
    };
  }
  const isPractice = (m: { sentenceIndex: number }) => !input.intentionSentences.has(m.sentenceIndex);
  const details = input.details.filter(isPractice);
  const results: Array<CriterionResult & { covered: boolean }> = [
    concrete(details, input.studentExamples),
    coherence(input.coherence.filter(isPractice)),
    practice(input, details),
    jointness(input.partners.filter(isPractice), input.separations, input.negations),
  ];
  const strip = ({ covered: _covered, ...r }: CriterionResult & { covered: boolean }): CriterionResult => r;
  return {
    covered: results.filter((r) => r.covered).map(strip).sort(byCriterionOrder),
    missing: results.filter((r) => !r.covered).map(strip).sort(byCriterionOrder),
  };
}

type Judged = CriterionResult & { covered: boolean };

const indicesOf = (items: ReadonlyArray<{ sentenceIndex: number }>) =>
  [...new Set(items.map((i) => i.sentenceIndex))].sort((a, b) => a - b);

function result(id: AssessmentCriterionId, covered: boolean, reason: CriterionResult['reason'], sentenceIndices: number[] = []): Judged {
  return { id, covered, reason, sentenceIndices: covered ? sentenceIndices : [] };
}

function concrete(details: readonly DetailMatch[], examples: readonly StudentExampleEvidence[]): Judged {
  const kinds = detailKinds(details).length;
  if (kinds >= 3) return result('concrete', true, 'specific-details', indicesOf(details));
  // A student's own example is what the committee asks for most; another actor's (a stuurgroep, a mentor) says so.
  if (kinds >= 2 && examples.some((e) => e.reason !== 'activity')) return result('concrete', true, 'details-with-student-example', indicesOf(details));
  if (kinds >= 2 && examples.length > 0) return result('concrete', true, 'details-with-example', indicesOf(details));
  return result('concrete', false, 'too-general');
}

function coherence(mentions: readonly CoherenceMention[]): Judged {
  return mentions.length > 0
    ? result('coherence', true, 'links-other-waarborg', indicesOf(mentions))
    : result('coherence', false, 'no-link');
}

function practice(input: CriteriaInput, practiceDetails: readonly DetailMatch[]): Judged {
  const exampleSentences = new Set(input.studentExamples.flatMap((e) => e.sentences.map((s) => s.index)));
  const withExample: number[] = [];
  const withDetail: number[] = [];
  for (const s of input.sentences) {
    if (input.intentionSentences.has(s.index)) continue;
    if (exampleSentences.has(s.index)) withExample.push(s.index);
    else if (detailKinds(practiceDetails.filter((d) => d.sentenceIndex === s.index)).length >= 2) withDetail.push(s.index);
  }
  if (withExample.length > 0) return result('practice', true, 'current-practice-with-example', [...withExample, ...withDetail].sort((a, b) => a - b));
  if (withDetail.length > 0) return result('practice', true, 'current-practice-with-detail', withDetail);
  return result('practice', false, input.intentionSentences.size > 0 ? 'only-intentions' : 'no-practice-detail');
}

function jointness(partners: readonly PartnerMention[], separations: readonly CueMatch[], negations: readonly NegationHit[]): Judged {
  const separated = new Set(separations.map((s) => s.sentenceIndex));
  // Roles pair within a sentence, but a role in an "alleen …" stretch only with roles in it.
  const bySentence = new Map<string, { index: number; mentions: PartnerMention[] }>();
  for (const p of partners) {
    const only = onlyAt(negations, p.start);
    const key = `${p.sentenceIndex}:${only ? only.start : ''}`;
    const group = bySentence.get(key) ?? { index: p.sentenceIndex, mentions: [] };
    group.mentions.push(p);
    bySentence.set(key, group);
  }

  const bothSides: number[] = [];
  const jointWords: number[] = [];
  let cancelled = false;
  for (const { index, mentions } of bySentence.values()) {
    const roles = new Set(mentions.map((m) => m.role));
    const both = SCHOOL_SIDE.some((r) => roles.has(r)) && INSTITUTE_SIDE.some((r) => roles.has(r));
    const joint = roles.has('joint');
    if (!both && !joint) continue;
    if (separated.has(index)) {
      cancelled = true;
      continue;
    }
    if (both) bothSides.push(index);
    if (joint) jointWords.push(index);
  }
  const sort = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  if (bothSides.length > 0) return result('jointness', true, 'both-partner-sides', sort([...bothSides, ...jointWords]));
  if (jointWords.length > 0) return result('jointness', true, 'joint-wording', sort(jointWords));
  if (cancelled) return result('jointness', false, 'separate-work');
  return result('jointness', false, partners.some((p) => p.role !== 'joint') ? 'partners-not-together' : 'no-partners');
}

/**
 * A criterion that is missing, but would be covered if the negated clauses were read
 * as practice, rests on a sentence saying it does not happen ("nooit", "geen") or not
 * yet ("nog niet"): its reason becomes `negated` / `not-yet`, with those sentences,
 * so the coaching says what it noticed instead of "too general".
 */
export function withNegatedReasons(judged: CriteriaJudgement, unread: CriteriaJudgement, negations: readonly NegationHit[]): CriteriaJudgement {
  const missing = judged.missing.map((m): CriterionResult => {
    const would = unread.covered.find((c) => c.id === m.id);
    if (!would) return m;
    const hits = negations.filter((n) => n.kind !== 'only' && would.sentenceIndices.includes(n.sentenceIndex));
    const first = hits[0];
    if (!first) return m;
    return { id: m.id, reason: first.kind === 'not-yet' ? 'not-yet' : 'negated', sentenceIndices: indicesOf(hits) };
  });
  return { covered: judged.covered, missing };
}
