// Small sentence helpers the languages share; each language's words.ts binds its own words.

/** "a", "a <and> b", "a, b <and> c", with the language's word for "and". */
export const listWith =
  (and: string) =>
  (items: readonly string[]): string =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

/** "1 word", "3 words". */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
