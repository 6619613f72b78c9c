import type { CriterionReason } from '../coaching';
import type { Contradiction } from '../consistency';
import type { AssessmentCriterionId, WaarborgId } from '../framework';

/**
 * Plain result types of the dossier check: per waarborg and assessment criterion
 * which chosen draft texts show it and which do not (with the coaching's reason
 * code), the sentences that state a wish instead of current practice, and where
 * the visit-day groups diverge on an item. Item ids only; `src/texts` words them.
 */

/** A chosen text that does not show a criterion, and the coaching's reason why. */
export interface CriterionMiss {
  itemId: string;
  reason: CriterionReason;
}

/** One cell of the matrix: a waarborg × a criterion. `met.length` is the status's readiness count. */
export interface CriterionCell {
  criterion: AssessmentCriterionId;
  /** Items whose chosen text shows the criterion, in framework order. */
  met: string[];
  unmet: CriterionMiss[];
}

/** A sentence of a chosen text that describes a wish or plan rather than current practice. */
export interface WishSentence {
  itemId: string;
  /** The sentence as written. */
  sentence: string;
  /** The words that flagged it (the coaching's intention phrases), as written. */
  words: string[];
}

export interface WaarborgCheck {
  waarborgId: WaarborgId;
  /** Items with a chosen text: the ones the matrix judges. */
  chosen: string[];
  /** Items without a chosen text: nothing the committee can read there. */
  unchosen: string[];
  /** The four criteria, in framework order. */
  cells: CriterionCell[];
  wishes: WishSentence[];
}

/** Two visit-day groups that may contradict each other on an item (reflections and drill answers). */
export interface Divergence {
  itemId: string;
  waarborgId: WaarborgId;
  contradiction: Contradiction;
}

export interface DossierCheck {
  /** Framework order. */
  waarborgen: WaarborgCheck[];
  /** Framework order of the items; per item the consistency check's order. */
  divergences: Divergence[];
}
