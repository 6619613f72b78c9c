// Reads what a draft is made of through the tenant scope and compiles it; the
// chat, the files and the download route all start here.
import type { Locale } from '../../core/turn';
import { compileDraft, type Draft, type DraftRequest } from '../../domain/draft';
import { type Partnership, selectedVraagstukken } from '../../domain/partnership';
import type { FlowScope } from '../context';
import { renderDraftFile, type DraftFile } from './draft-file';

export async function loadDraft(scope: FlowScope, partnership: Partnership, locale: Locale): Promise<Draft> {
  const contributions = await scope.contributions.list(partnership.id);
  const entries = await scope.drafts.list(partnership.id);
  const draft = compileDraft(partnership, contributions, entries, locale);
  if (partnership.reviewType !== 'development') return draft;
  return { ...draft, vraagstukken: selectedVraagstukken(await scope.vraagstukken.list(partnership.id)).map((v) => v.text) };
}

/** The draft file of a partnership in this tenant; null when there is no such partnership. */
export async function buildDraftFile(scope: FlowScope, partnershipId: string, request: DraftRequest, locale: Locale): Promise<DraftFile | null> {
  const partnership = await scope.partnerships.get(partnershipId);
  if (!partnership) return null;
  return renderDraftFile(await loadDraft(scope, partnership, locale), request);
}
