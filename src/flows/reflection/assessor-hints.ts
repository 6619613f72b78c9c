// What the committee looks for, shown under each item: the bijlage 3 "laat het
// partnerschap zien in hoeverre …" points of the waarborg that fit the item.
// The source lists them per waarborg, not per item; which fit which item is our
// reading, kept short on purpose (one or two points per prompt).
import type { Locale } from '../../core/turn';
import { getSelfEvaluationRequirement, type FrameworkItem } from '../../domain/framework';

export const HINTS_PER_ITEM: Readonly<Record<string, readonly string[]>> = {
  'lerende-leraar.minimum.1': ['self-evaluation.lerende-leraar.show.1'],
  'lerende-leraar.minimum.2': ['self-evaluation.lerende-leraar.show.2'],
  'lerende-leraar.minimum.3': ['self-evaluation.lerende-leraar.show.3'],
  'lerende-leraar.minimum.4': ['self-evaluation.lerende-leraar.show.4'],
  'leeromgeving.minimum.1': ['self-evaluation.leeromgeving.show.1'],
  'leeromgeving.minimum.2': ['self-evaluation.leeromgeving.show.2'],
  'leeromgeving.minimum.3': ['self-evaluation.leeromgeving.show.1'],
  'leeromgeving.minimum.4': ['self-evaluation.leeromgeving.show.3'],
  'organisatie.minimum.1': ['self-evaluation.organisatie.show.1', 'self-evaluation.organisatie.show.2'],
  'organisatie.minimum.2': ['self-evaluation.organisatie.show.3', 'self-evaluation.organisatie.show.5'],
  'organisatie.minimum.3': ['self-evaluation.organisatie.show.7'],
  'kwaliteitscultuur.minimum.1': ['self-evaluation.kwaliteitscultuur.show.1', 'self-evaluation.kwaliteitscultuur.show.2'],
  'kwaliteitscultuur.minimum.2': ['self-evaluation.kwaliteitscultuur.show.3'],
  'kwaliteitscultuur.minimum.3': ['self-evaluation.kwaliteitscultuur.show.4', 'self-evaluation.kwaliteitscultuur.show.5'],
};

/** The points for one item; the waarborg's first point when the item has none listed. */
function assessorPoints(waarborgId: string, itemId: string): FrameworkItem[] {
  const mustShow = getSelfEvaluationRequirement(waarborgId)?.mustShow ?? [];
  const ids = HINTS_PER_ITEM[itemId] ?? [];
  const found = mustShow.filter((point) => ids.includes(point.id));
  return found.length > 0 ? found : mustShow.slice(0, 1);
}

/** One line: the points joined, each with its sub-points ("…: zijn concreet uitgewerkt; …"). */
export function assessorHint(waarborgId: string, itemId: string, locale: Locale): string {
  return assessorPoints(waarborgId, itemId)
    .map((point) => [point.text[locale], ...(point.details ?? []).map((d) => d[locale])].join(' '))
    .join(' ');
}
