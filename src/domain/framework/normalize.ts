import { foldCase } from '../../core/text';

/**
 * Normalises a name a user might type ("Lerende-Leraar", " kwaliteits cultuur ",
 * "Waarborg #1") to a comparison key: lower case, diacritics removed, and every
 * character that is not a letter or digit dropped (so spaces, hyphens and
 * punctuation do not matter).
 */
export function normalizeName(name: string): string {
  return foldCase(name).replace(/[^\p{L}\p{N}]/gu, '');
}
