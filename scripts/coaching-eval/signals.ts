// The one place that maps the coaching analysis onto the four labelled signals of the
// eval corpus, with the words that triggered each, so an error can be explained.
import type { Analysis, PartnerRoleId, WaarborgId } from '../../src/domain/coaching';

export interface Signals {
  intention: boolean;
  example: boolean;
  partners: boolean;
  /** Other waarborgen the answer links to. */
  links: WaarborgId[];
}

export interface Triggers {
  intention: string[];
  example: string[];
  partners: string[];
  links: string[];
}

/** Named roles that are not partners carrying the work: the student, and joint words ("samen"). */
const NOT_CARRYING: readonly PartnerRoleId[] = ['student', 'joint'];

/**
 * - intention: any intention hit;
 * - example: the concrete (student) example signal;
 * - partners: a role or organisation named that carries the work (any named role except the
 *   student and the joint words);
 * - links: the other waarborgen the analysis links the answer to.
 */
export function signalsOf(analysis: Analysis): Signals {
  return {
    intention: analysis.intentions.length > 0,
    example: analysis.hasStudentExample,
    partners: analysis.partnersNamed.some((role) => !NOT_CARRYING.includes(role)),
    links: [...analysis.linkedWaarborgen],
  };
}

/** The words behind each signal, as written in the answer. */
export function triggersOf(analysis: Analysis): Triggers {
  return {
    intention: analysis.intentions.map((hit) => `"${hit.phrase}"`),
    example: analysis.studentExamples.map(
      (evidence) => `"${evidence.student.text}" + ${evidence.signals.map((s) => `${s.signal} "${s.text}"`).join(', ')} (${evidence.reason})`,
    ),
    partners: analysis.partnerMentions.filter((m) => !NOT_CARRYING.includes(m.role)).map((m) => `${m.role} "${m.text}"`),
    links: analysis.coherenceMentions.map((m) => `${m.waarborgId} "${m.text}"`),
  };
}
