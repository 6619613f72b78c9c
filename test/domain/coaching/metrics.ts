/** Precision/recall bookkeeping for the corpus report. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Adds the comparison of two multisets of labels (order ignored, duplicates counted). */
export function addMultiset(counts: Counts, expected: readonly string[], predicted: readonly string[]): void {
  const left = [...expected];
  for (const p of predicted) {
    const i = left.indexOf(p);
    if (i >= 0) {
      counts.tp++;
      left.splice(i, 1);
    } else counts.fp++;
  }
  counts.fn += left.length;
}

/** Adds a binary decision (true = positive). */
export function addBinary(counts: Counts, expected: boolean, predicted: boolean): void {
  if (expected && predicted) counts.tp++;
  else if (predicted) counts.fp++;
  else if (expected) counts.fn++;
}

/** Precision and recall; 1 when there is nothing to be wrong about. */
export function score({ tp, fp, fn }: Counts): { precision: number; recall: number } {
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
