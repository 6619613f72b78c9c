import type { Locale } from '../core/turn';
import { en } from './en';
import { nl } from './nl';
import type { Texts } from './types';

export type { Texts } from './types';

const byLocale: Record<Locale, Texts> = { nl, en };

export function textsFor(locale: Locale): Texts {
  return byLocale[locale];
}
