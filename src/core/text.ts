// Small text helpers the flows, the domain and the adapters share.

/** True when the text has a letter or digit: "", "   " and "..." have none. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** An addition after what is there, a blank line between (the text alone when nothing is there). */
export function appended(before: string | undefined, added: string): string {
  return before ? `${before}\n\n${added}` : added;
}

/**
 * Lower case without accents or other marks ("Hulp" = "hulp", "coördinator" =
 * "coordinator", "ｈｕｌｐ" = "hulp"): how typed words and names are compared.
 */
export function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\p{Diacritic}]/gu, '')
    .toLowerCase();
}

/** At most `max` characters: cut at a word (when one ends past the half) and marked with an ellipsis. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max - 1);
  const head = space > max / 2 ? text.slice(0, space) : text.slice(0, max - 1);
  return `${head.replace(/[\s,;:]+$/, '')}…`;
}

/** A yyyy-mm-dd string that is a day on the calendar (not 2027-02-30). */
export function isIsoDate(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
