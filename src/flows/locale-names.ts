import { foldCase } from '../core/text';
import type { Locale } from '../core/turn';

// Every way a person may name a language, in either language.
const names: Record<string, Locale> = {
  nl: 'nl',
  nederlands: 'nl',
  dutch: 'nl',
  en: 'en',
  engels: 'en',
  english: 'en',
};

export function parseLocale(text: string): Locale | undefined {
  return names[foldCase(text.trim())];
}
