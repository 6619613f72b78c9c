// The short status lines shown under an item or a waarborg, in chat and in the
// documents alike: the draft's counts and criterion ids in words.
import type { DraftWaarborg } from '../domain/draft';
import type { AssessmentCriterionId } from '../domain/framework';
import type { DraftTexts } from './sections/draft';

export interface StatusInput {
  words: number;
  criteriaCovered: readonly AssessmentCriterionId[];
  intentions: readonly string[];
}

export function textStatus(texts: DraftTexts, status: StatusInput): string {
  return texts.textStatus({
    words: status.words,
    criteria: status.criteriaCovered.map((id) => texts.criteria[id]),
    intentions: status.intentions,
  });
}

export function waarborgStatus(texts: DraftTexts, waarborg: DraftWaarborg): string {
  return texts.waarborgSummary({
    words: waarborg.words,
    limit: waarborg.wordLimit,
    chosen: waarborg.chosen,
    total: waarborg.items.length,
    notChosen: waarborg.notChosen,
    empty: waarborg.empty,
    intentions: waarborg.intentions,
  });
}
