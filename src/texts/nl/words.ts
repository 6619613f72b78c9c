// Small Dutch sentence helpers shared by the text sections.

/** "a", "a en b", "a, b en c". */
export const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;

/** "1 woord", "3 woorden". */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
