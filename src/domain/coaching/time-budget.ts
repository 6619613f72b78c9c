/**
 * A budget of time for a role: "één uur per week voor mijn student", "40 uur per student per jaar", "twee dagdelen per
 * week", "one afternoon a month off", "een dag in de twee weken". With who gets it, it is an arrangement the committee
 * can picture (the guide's "a named activity with when, where or who"; the settled labels of retired-heldout-6 count
 * it as an example, three labellers agreeing), also as the content of "zorg dat" / "make sure" (`practice-span.ts`).
 * On the folded text ("één" is "een").
 */
const AMOUNT =
  String.raw`(?:\d+(?:[.,]\d+)?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|dertig|veertig|vijftig|zestig|tachtig|honderd|half|halve|anderhalf|one|two|three|four|five|six|eight|ten|a|an|half a)`;
const UNIT = String.raw`(?:uur|uren|taakuren|klokuren|dagdeel|dagdelen|dag|dagen|middag|middagen|ochtend|ochtenden|hours?|days?|afternoons?|mornings?)`;
const PERIOD = String.raw`(?:per|a|an|in de|each|every) (?:(?:twee|two) )?(?:week|weken|maand|jaar|periode|month|year|term|weeks)`;

export const TIME_BUDGET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${AMOUNT}\s+(?:extra\s+)?${UNIT}(?:\s+[\p{L}-]+){0,3}?\s+${PERIOD}(?![\p{L}])`.replace(/ /g, String.raw`\s+`),
  'u',
);
