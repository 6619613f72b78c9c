/**
 * The question bank a group drills: the framework's practice questions for its visit-day
 * conversation (DUS-I verslag, bijlage 4, already in `framework/practice-questions.ts`:
 * Dutch and English, each citing its section; reused here, never copied), plus the
 * partnership's own questions for that group once the coordinator accepted them (the
 * report's tip: "verzamel zelf ook dit soort vragen").
 */
import { listPracticeQuestions, type Source, type WaarborgId, WAARBORG_IDS } from '../framework';
import { conversationOfGroup, type DrillGroupId, type OwnDrillGroup } from './groups';

/** A member proposes, the coordinator accepts (possibly after editing) or retires. */
export type OwnQuestionStatus = 'proposed' | 'accepted' | 'retired';

/** A question a member of the partnership wrote, in the words and language they used. */
export interface OwnQuestion {
  id: string;
  groupId: DrillGroupId;
  waarborgId: WaarborgId;
  text: string;
  status: OwnQuestionStatus;
}

export type DrillQuestion =
  | {
      origin: 'framework';
      /** The framework's id (`practice-question.<group>.<waarborg>.<n>`). */
      id: string;
      groupId: DrillGroupId;
      waarborgId: WaarborgId;
      text: { nl: string; en: string };
      source: Source;
    }
  | { origin: 'partnership'; id: string; groupId: DrillGroupId; waarborgId: WaarborgId; text: string };

/**
 * Every question the group drills, optionally for one waarborg: the framework's in source
 * order, then the accepted own questions in the order given. A proposed or retired one is
 * not drilled; an own group with no known conversation gets only its own questions.
 */
export function questionsForGroup(
  groupId: DrillGroupId,
  input: { own: readonly OwnQuestion[]; groups: readonly OwnDrillGroup[]; waarborgId?: WaarborgId },
): DrillQuestion[] {
  const conversation = conversationOfGroup(groupId, input.groups);
  const framework: DrillQuestion[] = conversation
    ? listPracticeQuestions(conversation, input.waarborgId).map((q) => ({
        origin: 'framework',
        id: q.id,
        groupId,
        waarborgId: q.waarborgId,
        text: q.text,
        source: q.source,
      }))
    : [];
  const own: DrillQuestion[] = input.own
    .filter((q) => q.status === 'accepted' && q.groupId === groupId)
    .filter((q) => input.waarborgId === undefined || q.waarborgId === input.waarborgId)
    .map((q) => ({ origin: 'partnership', id: q.id, groupId, waarborgId: q.waarborgId, text: q.text }));
  return [...framework, ...own];
}

/** How many questions a group has per waarborg, in framework order (for readiness). */
export function questionCountByWaarborg(questions: readonly DrillQuestion[]): Record<WaarborgId, number> {
  const counts = Object.fromEntries(WAARBORG_IDS.map((id) => [id, 0])) as Record<WaarborgId, number>;
  for (const q of questions) counts[q.waarborgId] += 1;
  return counts;
}

/** What may happen to an own question next: a coordinator's decision on its status. */
export type OwnQuestionDecision = 'accept' | 'retire' | 'edit';

/**
 * The status after a coordinator's decision, or undefined when it does not apply: a
 * proposed question can be accepted, edited (and stays as it was) or retired; an accepted
 * one edited or retired; a retired one accepted again.
 */
export function decideOwnQuestion(status: OwnQuestionStatus, decision: OwnQuestionDecision): OwnQuestionStatus | undefined {
  switch (decision) {
    case 'accept':
      return status === 'accepted' ? undefined : 'accepted';
    case 'retire':
      return status === 'retired' ? undefined : 'retired';
    case 'edit':
      return status === 'retired' ? undefined : status;
  }
}
