import { hasWords } from '../../core/text';
import { findCoherence, distinctWaarborgen } from './coherence';
import { type ActivityExampleInput, findActivityExamples } from './activity-example';
import { judgeCriteria, withNegatedReasons, type CriteriaInput } from './criteria';
import { findDetails } from './details';
import { chooseFollowUps } from './follow-ups';
import { findIntentions, plannedSentences } from './intentions';
import type { MatchInput } from './match';
import { findNegations, negationAt } from './negation';
import { fold, quotedRanges, splitSentences } from './normalise';
import { distinctRoles, findPartners, findSeparations } from './partners';
import { analyseRequestSchema, answerTextSchema, coachingContextSchema, type CoachingContext } from './schema';
import { findStudentExamples, type StudentExampleInput } from './student-example';
import type { Analysis, StudentExampleEvidence } from './types';

/**
 * Deterministic, explainable coaching of one written answer: which intentions it
 * states, whether it shows a student example, which partners carry it, which other
 * waarborgen it links to, which assessment criteria it already covers, and at most
 * two follow-up questions. Pure: same input, same output; no I/O.
 *
 * Throws a ZodError when the context is not one of the four waarborgen or the text
 * is longer than a chat turn may be.
 */
export function analyseAnswer(text: string, context: CoachingContext): Analysis {
  const { waarborgId } = coachingContextSchema.parse(context);
  const source = answerTextSchema.parse(text).normalize('NFC');

  const { lower, cased } = fold(source);
  const sentences = splitSentences(source, lower);
  const input: MatchInput = { text: source, lower, cased, sentences };
  const isEmpty = !hasWords(source);

  const intentions = isEmpty ? [] : findIntentions({ ...input, skip: quotedRanges(lower) });
  const intentionSentences = plannedSentences(intentions, input);
  const intentionStarts = intentions.map((hit) => hit.start);
  const negations = isEmpty ? [] : findNegations({ ...input, skip: quotedRanges(lower) });
  const negated = (offset: number) => negationAt(negations, offset) !== undefined;
  const positive = <T extends { start: number }>(list: readonly T[]) => list.filter((m) => !negated(m.start));

  const partnerMentions = isEmpty ? [] : findPartners(input);
  // Partners carry current practice: not in a negated clause, not in a plan.
  const carriers = positive(partnerMentions.filter((p) => p.carries && !intentionSentences.has(p.sentenceIndex)));
  const separations = isEmpty ? [] : findSeparations(input);
  // "Who" is a detail whether or not the role carries ("90 procent van de studenten").
  const allDetails = isEmpty ? [] : findDetails(input, partnerMentions);
  const details = positive(allDetails);
  const studentExamples = isEmpty ? [] : findExamples({ ...input, intentionSentences, intentionStarts, details, partners: carriers, negated });
  // A link is about the coherence of the text: it counts even in a negated or planned
  // sentence ("we evalueren het programma nog niet" links); the criterion needs practice.
  const coherenceMentions = isEmpty ? [] : findCoherence(input, waarborgId);
  const linkedWaarborgen = distinctWaarborgen(coherenceMentions);

  const criteriaInput: CriteriaInput = {
    isEmpty,
    sentences,
    intentionSentences,
    details,
    partners: carriers,
    separations,
    coherence: positive(coherenceMentions),
    studentExamples,
    negations,
  };
  // The same judgement as if the negated clauses were practice: a criterion covered only
  // then rests on a sentence saying it does not happen, and the coaching says so.
  const unread = judgeCriteria({
    ...criteriaInput,
    details: allDetails,
    partners: partnerMentions.filter((p) => p.carries),
    coherence: coherenceMentions,
    studentExamples: isEmpty ? [] : findExamples({ ...input, intentionSentences, intentionStarts, details: allDetails, partners: partnerMentions.filter((p) => p.carries), negated: () => false }),
    negations: [],
  });
  const { covered, missing } = withNegatedReasons(judgeCriteria(criteriaInput), unread, negations);

  const followUps = chooseFollowUps({
    waarborgId,
    isEmpty,
    intentions,
    hasStudentExample: studentExamples.length > 0,
    covered,
    missing,
    practiceRoles: distinctRoles(carriers.filter((p) => !intentionSentences.has(p.sentenceIndex))),
  });

  return {
    waarborgId,
    text: source,
    isEmpty,
    sentences,
    intentions,
    negations,
    hasStudentExample: studentExamples.length > 0,
    studentExamples,
    partnersNamed: distinctRoles(carriers),
    partnerMentions,
    coherenceMentioned: linkedWaarborgen.length > 0,
    linkedWaarborgen,
    coherenceMentions,
    details,
    criteria: covered,
    missingCriteria: missing,
    followUps,
  };
}

/** Student examples first; then examples by any actor in the other sentences. */
function findExamples(input: StudentExampleInput & Pick<ActivityExampleInput, 'partners' | 'intentionStarts'>): StudentExampleEvidence[] {
  const students = findStudentExamples(input);
  const done = new Set(students.flatMap((e) => e.sentences.map((s) => s.index)));
  return [...students, ...findActivityExamples({ ...input, done })].sort((a, b) => a.sentences[0]!.index - b.sentences[0]!.index);
}

/** Same as `analyseAnswer`, for input of unknown shape (`{ text, waarborgId }`). */
export function analyseRequest(request: unknown): Analysis {
  const { text, waarborgId } = analyseRequestSchema.parse(request);
  return analyseAnswer(text, { waarborgId });
}
