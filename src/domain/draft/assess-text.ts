// What the coaching finds in one text, reduced to what the draft shows:
// its length, the criteria it covers and the intentions it states.
import { limits } from '../../core/limits';
import { analyseAnswer } from '../coaching';
import type { AssessmentCriterionId, WaarborgId } from '../framework';
import { countWords } from './word-count';

export interface TextAssessment {
  words: number;
  criteriaCovered: AssessmentCriterionId[];
  intentions: string[];
}

export function assessText(text: string, waarborgId: WaarborgId): TextAssessment {
  // The coaching takes at most one chat turn of text; a longer draft text is
  // still counted in full, and judged on its first part.
  const analysis = analyseAnswer(text.slice(0, limits.maxTextLength), { waarborgId });
  return {
    words: countWords(text),
    criteriaCovered: analysis.criteria.map((criterion) => criterion.id),
    intentions: analysis.intentions.map((hit) => hit.phrase),
  };
}
