import { hasWords } from '../../core/text';
import type { WaarborgId } from '../framework';
import { CONVERSATION_GROUPS } from '../partnership';
import { findContradictions } from './contradictions';
import { keyTermsOf } from './key-terms';
import { readStatements } from './statements';
import type { GroupAnswer, ItemCheck } from './types';

/**
 * The consistency of one item across the three visit-day groups: who wrote
 * nothing, and where two groups may contradict each other (with the sentences
 * that show it). The assessors weigh "consistentie tussen de 3 gesprekken"
 * heavily (DUS-I verslag 2024). Pure and deterministic.
 */
export function checkItem(input: { waarborgId: WaarborgId; itemId: string; answers: readonly GroupAnswer[] }): ItemCheck {
  const terms = keyTermsOf(input.itemId);
  const answers = input.answers.filter((answer) => hasWords(answer.text));
  const silentGroups = CONVERSATION_GROUPS.filter((group) => !answers.some((answer) => answer.group === group));
  const statements = answers.flatMap((answer) => readStatements(answer, input.waarborgId, terms));
  return { itemId: input.itemId, terms, silentGroups, contradictions: findContradictions(statements, terms) };
}
