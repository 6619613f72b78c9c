// Small English sentence helpers shared by the text sections.

/** "a", "a and b", "a, b and c". */
export const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** "1 word", "3 words". */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
