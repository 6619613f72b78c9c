// compileDraft: the partnership's contributions and chosen texts laid over the
// framework, per waarborg (framework order) and minimum item (source order).
import type { Locale } from '../../core/turn';
import { framework, type Waarborg } from '../framework';
import type { Partnership } from '../partnership';
import { assessText } from './assess-text';
import type { Draft, DraftItem, DraftWaarborg } from './types';

/** What compileDraft needs of a contribution (the store's Contribution fits). */
export interface ContributionInput {
  itemId: string;
  text: string;
}

/** What compileDraft needs of a chosen text (the store's DraftEntry fits). */
export interface DraftEntryInput {
  itemId: string;
  text: string;
  editorName: string;
  version: number;
}

export interface CompileOptions {
  /** The date on the title page; today when not given. */
  date?: Date;
}

export function compileDraft(
  partnership: Pick<Partnership, 'id' | 'name' | 'region' | 'reviewType' | 'sectors' | 'visitDate' | 'wordLimitPerWaarborg'>,
  contributions: readonly ContributionInput[],
  draftEntries: readonly DraftEntryInput[],
  locale: Locale,
  options: CompileOptions = {},
): Draft {
  const entryByItem = new Map(draftEntries.map((entry) => [entry.itemId, entry]));
  const contributionCount = new Map<string, number>();
  for (const contribution of contributions) {
    // A contribution with no words is nothing to choose from.
    if (contribution.text.trim()) contributionCount.set(contribution.itemId, (contributionCount.get(contribution.itemId) ?? 0) + 1);
  }
  const limit = partnership.wordLimitPerWaarborg;
  return {
    locale,
    partnership: {
      id: partnership.id,
      name: partnership.name,
      region: partnership.region,
      reviewType: partnership.reviewType,
      sectors: partnership.sectors,
      visitDate: partnership.visitDate,
    },
    date: (options.date ?? new Date()).toISOString().slice(0, 10),
    wordLimit: limit,
    waarborgen: framework.waarborgen.map((waarborg) => compileWaarborg(waarborg, entryByItem, contributionCount, limit, locale)),
  };
}

function compileWaarborg(
  waarborg: Waarborg,
  entryByItem: ReadonlyMap<string, DraftEntryInput>,
  contributionCount: ReadonlyMap<string, number>,
  limit: number,
  locale: Locale,
): DraftWaarborg {
  const items = waarborg.minimumItems.map((item, index): DraftItem => {
    const entry = entryByItem.get(item.id);
    const count = contributionCount.get(item.id) ?? 0;
    // A saved but blank text counts as nothing chosen.
    const chosen = entry && entry.text.trim() ? entry : undefined;
    const assessment = chosen ? assessText(chosen.text, waarborg.id) : { words: 0, criteriaCovered: [], intentions: [] };
    return {
      id: item.id,
      number: index + 1,
      label: `${waarborg.number}.${index + 1}`,
      text: item.text[locale],
      details: (item.details ?? []).map((detail) => detail[locale]),
      source: item.source,
      state: chosen ? 'chosen' : count > 0 ? 'not-chosen' : 'empty',
      chosenText: chosen?.text ?? '',
      editorName: entry?.editorName ?? null,
      version: entry?.version ?? null,
      contributionCount: count,
      ...assessment,
    };
  });
  const words = items.reduce((sum, item) => sum + item.words, 0);
  const countState = (state: DraftItem['state']) => items.filter((item) => item.state === state).length;
  return {
    id: waarborg.id,
    number: waarborg.number,
    name: waarborg.name[locale],
    items,
    words,
    wordLimit: limit,
    overLimit: words > limit,
    chosen: countState('chosen'),
    notChosen: countState('not-chosen'),
    empty: countState('empty'),
    intentions: items.reduce((sum, item) => sum + item.intentions.length, 0),
  };
}
