// Words as a reader counts them: "zij-instromer" and "2024" are one word each,
// punctuation and bullets are none.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
