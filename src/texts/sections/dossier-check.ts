import type { AnswerSource } from '../../domain/consistency';

/**
 * Texts of the dossier check (`dossiercheck` / `check`) and of its appendix in the
 * working .docx; values in src/texts/nl/dossier-check.ts and src/texts/en/dossier-check.ts.
 * Criterion names, reasons, the contradiction sentence and key terms are reused from the
 * status, the reflection and the consistency view.
 */
export interface DossierCheckTexts {
  title: (partnership: string) => string;
  /** What the check is, above the matrix. */
  intro: string;
  /** Not a coordinator: who is. */
  notCoordinator: (coordinators: readonly string[]) => string;
  /** No chosen text in the draft yet. */
  emptyDraft: string;
  emptyDraftButton: string;
  matrixHeading: string;
  /** One cell of the grid after the criterion's name: a mark and "met/chosen". */
  cell: (met: number, chosen: number) => string;
  legend: string;
  waarborgHeading: (number: number, name: string) => string;
  /** Every chosen text shows all four criteria. */
  allMet: string;
  /** A criterion and the items that do not show it, grouped by the reason in words. */
  missing: (criterion: string, groups: ReadonlyArray<{ labels: readonly string[]; reason: string }>) => string;
  /** Items with no chosen text: the committee reads nothing there. */
  unchosen: (labels: readonly string[]) => string;
  wishesHeading: string;
  /** A sentence that states a wish, with the words that flagged it. */
  wish: (label: string, sentence: string, words: readonly string[]) => string;
  /** The rest of a cut list, and where it is in full. */
  more: (count: number) => string;
  /** The button that opens `kies` for an item that needs work. */
  chooseButton: (label: string) => string;
  divergencesHeading: string;
  divergencesWhy: string;
  noDivergences: string;
  /** "2.1: <the consistency view's sentence>". */
  divergence: (label: string, sentence: string) => string;
  /** The author with where they wrote it: "Sam Student, in een oefenantwoord". */
  sourced: (author: string, source: AnswerSource) => string;
  /** Under the chat matrix: where the whole check is. */
  footer: string;
  downloadButton: string;
  caveat: string;
  appendix: {
    heading: string;
    intro: string;
    waarborgColumn: string;
    /** Under a cell's mark in the table: which items show it, which do not. */
    metItems: (labels: readonly string[]) => string;
    unmetItems: (labels: readonly string[]) => string;
    noneChosen: string;
  };
}
