// Which coaching follow-up to ask next about an item: one the analysis of the
// whole answer still returns, not asked before and not declined, and at most
// MAX_FOLLOW_UPS after each answer to the item itself, so the coaching never nags.
import { MAX_FOLLOW_UPS, type Analysis, type FollowUp } from '../../domain/coaching';
import { askedFor, type ReflectionState } from './state';

export function nextFollowUp(state: ReflectionState, itemId: string, analysis: Analysis, declined: readonly string[]): FollowUp | undefined {
  if (state.round >= MAX_FOLLOW_UPS) return undefined;
  const excluded = new Set<string>([...askedFor(state, itemId), ...declined]);
  return analysis.followUps.find((followUp) => followUp.id !== 'ask-answer' && !excluded.has(followUp.id));
}
