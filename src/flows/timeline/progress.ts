// What the status, the App Home and the digest show beyond the dates: the
// progress facts (src/domain/draft/progress.ts) and the selected vraagstukken.
import type { Block, Locale } from '../../core/turn';
import { type ReviewProgress, reviewProgress } from '../../domain/draft';
import { type Partnership, selectedVraagstukken } from '../../domain/partnership';
import { textsFor } from '../../texts';
import type { FlowScope } from '../context';
import { loadDraft } from '../draft/load';

export async function loadProgress(scope: FlowScope, partnership: Partnership, locale: Locale): Promise<ReviewProgress> {
  const draft = await loadDraft(scope, partnership, locale);
  const contributions = await scope.contributions.list(partnership.id);
  return reviewProgress(draft, contributions);
}

/** The selected vraagstukken, for the status and the digest (development-oriented reviews with some selected). */
export async function vraagstukkenBlocks(scope: FlowScope, partnership: Partnership, locale: Locale): Promise<Block[]> {
  if (partnership.reviewType !== 'development') return [];
  const selected = selectedVraagstukken(await scope.vraagstukken.list(partnership.id));
  if (selected.length === 0) return [];
  const lines = selected.map((v, i) => `${i + 1}. ${v.text}`);
  return [{ type: 'text', text: `**${textsFor(locale).timeline.status.vraagstukken}**\n${lines.join('\n')}` }];
}
