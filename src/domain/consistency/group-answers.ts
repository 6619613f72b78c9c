import { conversationGroupOf, type PartnerRole } from '../partnership';
import type { GroupAnswer } from './types';

/** What the consistency view needs of a stored contribution. */
export interface ContributionLike {
  itemId: string;
  role: PartnerRole;
  authorName: string;
  text: string;
}

/**
 * The answers per item, each placed in the visit-day conversation group of the
 * role its author had when writing it. Items keep the order they first appear in.
 */
export function answersByItem(contributions: readonly ContributionLike[]): Map<string, GroupAnswer[]> {
  const byItem = new Map<string, GroupAnswer[]>();
  for (const c of contributions) {
    const answers = byItem.get(c.itemId) ?? [];
    answers.push({ group: conversationGroupOf(c.role), author: c.authorName, text: c.text });
    byItem.set(c.itemId, answers);
  }
  return byItem;
}
