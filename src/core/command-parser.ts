// Splits a text into a command word and its arguments. Case, accents and a
// leading slash or "peerreview" are ignored: "/peerreview Hulp" = "hulp".
export interface ParsedCommand {
  word: string;
  args: string;
}

export function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function parseCommand(text: string): ParsedCommand | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  while (words.length > 0 && /^\/?peerreview$/i.test(words[0]!)) words.shift();
  const first = words.shift();
  if (!first) return null;
  return { word: normaliseWord(first.replace(/^\//, '')), args: words.join(' ') };
}
