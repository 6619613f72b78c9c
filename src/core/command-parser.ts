// Splits a text into a command word and its arguments. Case, accents and a
// leading slash or "peerreview" are ignored: "/peerreview Hulp" = "hulp".
import { foldCase } from './text';

export interface ParsedCommand {
  word: string;
  args: string;
}

export function parseCommand(text: string): ParsedCommand | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  while (words.length > 0 && /^\/?peerreview$/i.test(words[0]!)) words.shift();
  const first = words.shift();
  if (!first) return null;
  return { word: foldCase(first.replace(/^\//, '')), args: words.join(' ') };
}
