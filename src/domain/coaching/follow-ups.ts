import { WAARBORG_IDS } from '../framework';
import type { CriterionResult, FollowUp, IntentionHit, NamedRoleId, PartnerRoleId, WaarborgId } from './types';

/**
 * Which questions to ask next, at most two, most important first:
 * 1. `ask-current-practice` when intentions stand in for practice (criterion
 *    practice not covered): the committee's main finding about self-evaluations;
 * 2. `ask-student-example` when there is no student example or the answer is too
 *    general (what students experience was decisive for the committee);
 * 3. `ask-partners` when jointness is missing;
 * 4. `ask-coherence` when no other waarborg is linked;
 * 5. `ask-current-practice` when there are intentions next to practice that is
 *    already described (least urgent: own ambitions are allowed).
 * An answer that covers all four criteria and has a student example gets none,
 * even when it also states an ambition. An empty answer gets `ask-answer` only.
 *
 * Each follow-up is a code with its parameters; `src/texts` words it.
 */

export const MAX_FOLLOW_UPS = 2;

export interface FollowUpInput {
  waarborgId: WaarborgId;
  isEmpty: boolean;
  intentions: readonly IntentionHit[];
  hasStudentExample: boolean;
  covered: readonly CriterionResult[];
  missing: readonly CriterionResult[];
  /** Roles named in practice sentences (for the partner question). */
  practiceRoles: readonly PartnerRoleId[];
}

export function chooseFollowUps(input: FollowUpInput): FollowUp[] {
  if (input.isEmpty) return [{ id: 'ask-answer', reason: 'empty-answer', waarborgId: input.waarborgId }];

  const candidates: FollowUp[] = [];
  const missing = (id: CriterionResult['id']) => input.missing.find((m) => m.id === id);
  const askPractice = (): FollowUp => ({ id: 'ask-current-practice', reason: 'intentions', phrase: input.intentions[0]?.phrase ?? '' });

  if (input.intentions.length > 0 && missing('practice')) candidates.push(askPractice());

  const concrete = missing('concrete');
  if (!input.hasStudentExample || concrete) {
    candidates.push({ id: 'ask-student-example', reason: input.hasStudentExample && concrete ? concrete.reason : 'no-student-example' });
  }

  const jointness = missing('jointness');
  if (jointness) {
    const roles = input.practiceRoles.filter((r): r is NamedRoleId => r !== 'joint' && r !== 'student');
    candidates.push({ id: 'ask-partners', reason: jointness.reason, roles });
  }

  const coherence = missing('coherence');
  if (coherence) {
    candidates.push({ id: 'ask-coherence', reason: coherence.reason, others: WAARBORG_IDS.filter((w) => w !== input.waarborgId) });
  }

  // Intentions next to described practice: only worth asking when something else is open too.
  if (input.intentions.length > 0 && !missing('practice') && candidates.length > 0) candidates.push(askPractice());

  return candidates.slice(0, MAX_FOLLOW_UPS);
}
