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

/** A slot fixed for someone ("een vast uur in de week", "a fixed hour on Thursday", "een vaste middag per maand"). */
const FIXED = String.raw`(?:vast|vaste|fixed|regular|set)`;
/** A fixed slot may be anchored by its weekday instead of a period ("a fixed hour on Thursday", "een vaste dag, op dinsdag"). */
const ON_WEEKDAY = String.raw`(?:op|on),? (?:(?:maan|dins|woens|donder|vrij|zater|zon)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)`;

export const TIME_BUDGET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${AMOUNT}\s+(?:(?:extra|${FIXED})\s+)?${UNIT}(?:\s+[\p{L}-]+){0,3}?\s+${PERIOD}|(?:een|a|one)\s+${FIXED}\s+${UNIT}(?:\s+[\p{L}-]+){0,3}?\s+${ON_WEEKDAY})(?![\p{L}])`.replace(
    / /g,
    String.raw`\s+`,
  ),
  'u',
);
