/** Texts of the partnership capability; values in src/texts/nl/partnership.ts and src/texts/en/partnership.ts. */
export interface PartnershipTexts {
  /** The person belongs to no partnership yet. */
  noPartnership: string;
}
