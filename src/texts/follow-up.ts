// A coaching follow-up (a code with its parameters, from src/domain/coaching)
// as the question a person reads, in their language.
import type { Locale } from '../core/turn';
import type { FollowUp, WaarborgId } from '../domain/coaching';
import { getWaarborg, type ConversationGroupId } from '../domain/framework';
import { textsFor } from './index';

/** `group`: who is asked; a student is asked about their own experience. */
export function followUpPrompt(followUp: FollowUp, locale: Locale, group?: ConversationGroupId): string {
  const p = textsFor(locale).coaching;
  const name = (id: WaarborgId) => getWaarborg(id)?.name[locale] ?? id;
  switch (followUp.id) {
    case 'ask-answer':
      return p.askAnswer(name(followUp.waarborgId));
    case 'ask-current-practice':
      return p.askCurrentPractice(followUp.phrase);
    case 'ask-student-example':
      return group === 'students' ? p.askOwnExperience : p.askStudentExample;
    case 'ask-partners':
      return p.askPartners(followUp.roles.map((role) => p.roleNames[role]));
    case 'ask-coherence':
      return p.askCoherence(followUp.others.map((id) => ({ name: name(id), hint: p.coherenceHints[id] })));
  }
}
