// How far a partnership is, as facts for the status, the App Home and the
// weekly digest: per waarborg the items answered, chosen and empty, the words
// against the limit and how many chosen texts the coaching finds covering each
// of the four assessment criteria (the readiness matrix); per visit-day group
// how many items it answered.
import { ASSESSMENT_CRITERION_IDS, type AssessmentCriterionId, type WaarborgId } from '../framework';
import { CONVERSATION_GROUPS, type ConversationGroup, conversationGroupOf, type PartnerRole } from '../partnership';
import type { Draft } from './types';

export interface WaarborgProgress {
  id: WaarborgId;
  number: number;
  name: string;
  items: number;
  /** Items with at least one contribution. */
  answered: number;
  chosen: number;
  /** Labels ("2.3") of items nobody wrote anything for. */
  emptyLabels: string[];
  words: number;
  wordLimit: number;
  overLimit: boolean;
  /** Per criterion: how many chosen texts the coaching finds covering it (of `chosen`). */
  readiness: Record<AssessmentCriterionId, number>;
}

export interface GroupProgress {
  group: ConversationGroup;
  /** Items (of all waarborgen) someone of this group answered. */
  answered: number;
  items: number;
}

export interface ReviewProgress {
  waarborgen: WaarborgProgress[];
  groups: GroupProgress[];
  items: number;
  answered: number;
  chosen: number;
}

/** `contributions`: who answered which item (the store's Contribution fits). */
export function reviewProgress(draft: Draft, contributions: readonly { itemId: string; role: PartnerRole; text: string }[]): ReviewProgress {
  const groupsByItem = new Map<string, Set<ConversationGroup>>();
  for (const c of contributions) {
    if (!c.text.trim()) continue;
    const groups = groupsByItem.get(c.itemId) ?? new Set<ConversationGroup>();
    groups.add(conversationGroupOf(c.role));
    groupsByItem.set(c.itemId, groups);
  }
  const waarborgen = draft.waarborgen.map((w): WaarborgProgress => {
    const readiness = Object.fromEntries(ASSESSMENT_CRITERION_IDS.map((id) => [id, 0])) as Record<AssessmentCriterionId, number>;
    for (const item of w.items) if (item.state === 'chosen') for (const id of item.criteriaCovered) readiness[id] += 1;
    return {
      id: w.id,
      number: w.number,
      name: w.name,
      items: w.items.length,
      answered: w.items.filter((item) => item.contributionCount > 0).length,
      chosen: w.chosen,
      emptyLabels: w.items.filter((item) => item.state === 'empty').map((item) => item.label),
      words: w.words,
      wordLimit: w.wordLimit,
      overLimit: w.overLimit,
      readiness,
    };
  });
  const allItems = draft.waarborgen.flatMap((w) => w.items.map((item) => item.id));
  const groups = CONVERSATION_GROUPS.map((group) => ({
    group,
    answered: allItems.filter((id) => groupsByItem.get(id)?.has(group)).length,
    items: allItems.length,
  }));
  return {
    waarborgen,
    groups,
    items: allItems.length,
    answered: waarborgen.reduce((sum, w) => sum + w.answered, 0),
    chosen: waarborgen.reduce((sum, w) => sum + w.chosen, 0),
  };
}
