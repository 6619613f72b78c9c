import { getWaarborg, WAARBORG_IDS } from '../framework';
import { textsFor } from '../../texts';
import type { CoachingPrompts, NamedRoleId } from '../../texts/sections/coaching';
import type { CriterionResult, FollowUp, IntentionHit, PartnerRoleId, WaarborgId } from './types';

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

type Candidate = Omit<FollowUp, 'prompt'> & { render: (p: CoachingPrompts, lang: 'nl' | 'en') => string };

export function chooseFollowUps(input: FollowUpInput): FollowUp[] {
  const name = (id: WaarborgId, lang: 'nl' | 'en') => getWaarborg(id)?.name[lang] ?? id;
  const candidates: Candidate[] = [];

  if (input.isEmpty) {
    candidates.push({ id: 'ask-answer', reason: 'empty-answer', render: (p, lang) => p.askAnswer(name(input.waarborgId, lang)) });
    return candidates.map(toFollowUp);
  }

  const missing = (id: CriterionResult['id']) => input.missing.find((m) => m.id === id);
  const firstPhrase = input.intentions[0]?.phrase ?? '';
  const askPractice = (): Candidate => ({
    id: 'ask-current-practice',
    reason: 'intentions',
    render: (p) => p.askCurrentPractice(firstPhrase),
  });

  if (input.intentions.length > 0 && missing('practice')) candidates.push(askPractice());

  const concrete = missing('concrete');
  if (!input.hasStudentExample || concrete) {
    candidates.push({
      id: 'ask-student-example',
      reason: input.hasStudentExample && concrete ? concrete.reason : 'no-student-example',
      render: (p) => p.askStudentExample,
    });
  }

  const jointness = missing('jointness');
  if (jointness) {
    const named = input.practiceRoles.filter((r): r is NamedRoleId => r !== 'joint' && r !== 'student');
    candidates.push({
      id: 'ask-partners',
      reason: jointness.reason,
      render: (p) => p.askPartners(named.map((r) => p.roleNames[r])),
    });
  }

  const coherence = missing('coherence');
  if (coherence) {
    const others = WAARBORG_IDS.filter((w) => w !== input.waarborgId);
    candidates.push({
      id: 'ask-coherence',
      reason: coherence.reason,
      render: (p, lang) => p.askCoherence(others.map((w) => ({ name: name(w, lang), hint: p.coherenceHints[w] }))),
    });
  }

  // Intentions next to described practice: only worth asking when something else is open too.
  if (input.intentions.length > 0 && !missing('practice') && candidates.length > 0) candidates.push(askPractice());

  return candidates.slice(0, MAX_FOLLOW_UPS).map(toFollowUp);
}

function toFollowUp({ render, ...rest }: Candidate): FollowUp {
  return { ...rest, prompt: { nl: render(textsFor('nl').coaching, 'nl'), en: render(textsFor('en').coaching, 'en') } };
}
