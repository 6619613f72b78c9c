// Input the core accepts; adapters may be stricter where their platform is.
export const limits = {
  /** Longest text a person can send in one turn (Slack allows ~40k, Teams ~28k bytes). */
  maxTextLength: 8_000,
};
