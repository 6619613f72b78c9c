/** Texts of the draft capability; values in src/texts/nl/draft.ts and src/texts/en/draft.ts. */
export interface DraftTexts {
  [key: string]: unknown;
}
