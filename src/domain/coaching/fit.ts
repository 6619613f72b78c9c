import type { ConversationGroupId } from '../framework';
import type { Analysis, FollowUp } from './types';

/**
 * Which of the analysis' follow-ups fit the item and the person who answers.
 * The analysis says what an answer lacks; whether asking for it helps depends
 * on who writes and about what:
 * - a student example is not asked when the answer already covers all four
 *   criteria, nor on the items about governance and the written profile of the
 *   profession (organisatie.minimum.1–3, lerende-leraar.minimum.1: what students
 *   experience is not the evidence there), nor of a board member;
 * - a student writes about their own experience: an answer with concrete
 *   detail is that experience, so only an answer without it is asked for a
 *   moment they lived (the words say "you", see src/texts/follow-up.ts);
 * - a link to another waarborg is not asked of a student (the coherence is the
 *   partnership's to show, in the consistency view students answer as they see it).
 * Kwaliteitskader § 2 (the items), DUS-I verslag 2024 (what the committee asks
 * students: "wat ervaart de student?").
 */
export interface Asker {
  itemId: string;
  group: ConversationGroupId;
}

const NO_STUDENT_EXAMPLE = new Set(['lerende-leraar.minimum.1', 'organisatie.minimum.1', 'organisatie.minimum.2', 'organisatie.minimum.3']);

export function followUpsThatFit(analysis: Analysis, asker: Asker): FollowUp[] {
  const allCovered = analysis.missingCriteria.length === 0;
  const concreteMissing = analysis.missingCriteria.some((c) => c.id === 'concrete');
  return analysis.followUps.filter((followUp) => {
    switch (followUp.id) {
      case 'ask-student-example':
        if (allCovered || asker.group === 'board-members' || NO_STUDENT_EXAMPLE.has(asker.itemId)) return false;
        return asker.group !== 'students' || concreteMissing;
      case 'ask-coherence':
        return asker.group !== 'students';
      default:
        return true;
    }
  });
}
