import { hasWords } from '../../core/text';
import { findCoherence, distinctWaarborgen } from './coherence';
import { judgeCriteria } from './criteria';
import { findDetails } from './details';
import { chooseFollowUps } from './follow-ups';
import { findIntentions } from './intentions';
import type { MatchInput } from './match';
import { fold, quotedRanges, splitSentences } from './normalise';
import { distinctRoles, findPartners, findSeparations } from './partners';
import { analyseRequestSchema, answerTextSchema, coachingContextSchema, type CoachingContext } from './schema';
import { findStudentExamples } from './student-example';
import type { Analysis } from './types';

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
  const intentionSentences = new Set(intentions.map((i) => i.sentenceIndex));
  const partnerMentions = isEmpty ? [] : findPartners(input);
  const separations = isEmpty ? [] : findSeparations(input);
  const details = isEmpty ? [] : findDetails(input, partnerMentions);
  const studentExamples = isEmpty ? [] : findStudentExamples({ ...input, intentionSentences, details });
  const coherenceMentions = isEmpty ? [] : findCoherence(input, waarborgId);
  const linkedWaarborgen = distinctWaarborgen(coherenceMentions);

  const { covered, missing } = judgeCriteria({
    isEmpty,
    sentences,
    intentionSentences,
    details,
    partners: partnerMentions,
    separations,
    coherence: coherenceMentions,
    studentExamples,
  });

  const followUps = chooseFollowUps({
    waarborgId,
    isEmpty,
    intentions,
    hasStudentExample: studentExamples.length > 0,
    covered,
    missing,
    practiceRoles: distinctRoles(partnerMentions.filter((p) => !intentionSentences.has(p.sentenceIndex))),
  });

  return {
    waarborgId,
    text: source,
    isEmpty,
    sentences,
    intentions,
    hasStudentExample: studentExamples.length > 0,
    studentExamples,
    partnersNamed: distinctRoles(partnerMentions),
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

/** Same as `analyseAnswer`, for input of unknown shape (`{ text, waarborgId }`). */
export function analyseRequest(request: unknown): Analysis {
  const { text, waarborgId } = analyseRequestSchema.parse(request);
  return analyseAnswer(text, { waarborgId });
}
