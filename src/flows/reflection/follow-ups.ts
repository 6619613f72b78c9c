// Which coaching follow-up to ask next about an item: one that fits the item
// and the person (src/domain/coaching/fit.ts), that the analysis of the whole
// answer still returns, not asked before and not declined, and at most
// MAX_FOLLOW_UPS after each answer to the item itself, so the coaching never nags.
import { followUpsThatFit, MAX_FOLLOW_UPS, type Analysis, type Asker, type FollowUp } from '../../domain/coaching';
import { askedFor, type ReflectionState } from './state';

export function nextFollowUp(state: ReflectionState, asker: Asker, analysis: Analysis, declined: readonly string[]): FollowUp | undefined {
  if (state.round >= MAX_FOLLOW_UPS) return undefined;
  const excluded = new Set<string>([...askedFor(state, asker.itemId), ...declined]);
  return followUpsThatFit(analysis, asker).find((followUp) => followUp.id !== 'ask-answer' && !excluded.has(followUp.id));
}
