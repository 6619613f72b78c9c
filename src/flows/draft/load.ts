// Reads what a draft is made of through the tenant scope and compiles it; the
// chat, the files and the download route all start here.
import type { Locale } from '../../core/turn';
import { dossierCheck, type DossierCheck } from '../../domain/dossier-check';
import { compileDraft, type Draft, type DraftRequest } from '../../domain/draft';
import { type Contribution, type Partnership, selectedVraagstukken } from '../../domain/partnership';
import type { FlowScope } from '../context';
import { renderDraftFile, type DraftFile } from './draft-file';

export async function loadDraft(scope: FlowScope, partnership: Partnership, locale: Locale): Promise<Draft> {
  return (await loadDraftAndContributions(scope, partnership, locale)).draft;
}

/** The draft with the contributions it was compiled from, for callers that read them too (read once). */
export async function loadDraftAndContributions(
  scope: FlowScope,
  partnership: Partnership,
  locale: Locale,
): Promise<{ draft: Draft; contributions: Contribution[] }> {
  const contributions = await scope.contributions.list(partnership.id);
  const entries = await scope.drafts.list(partnership.id);
  const draft = compileDraft(partnership, contributions, entries, locale);
  if (partnership.reviewType !== 'development') return { draft, contributions };
  return { draft: { ...draft, vraagstukken: selectedVraagstukken(await scope.vraagstukken.list(partnership.id)).map((v) => v.text) }, contributions };
}

/** The dossier check of a compiled draft: the partnership's reflections and drill answers (and its own drill groups) read with it. */
export async function loadDossierCheck(scope: FlowScope, partnership: Partnership, draft: Draft, contributions: readonly Contribution[]): Promise<DossierCheck> {
  const drillAnswers = await scope.drills.answers(partnership.id);
  const plan = await scope.drills.plan(partnership.id);
  return dossierCheck({
    waarborgen: draft.waarborgen,
    contributions,
    drillAnswers,
    ownGroups: plan?.groups ?? [],
  });
}

/** The draft as a file; the working Word file carries the dossier check as its appendix. */
export async function draftFile(scope: FlowScope, partnership: Partnership, request: DraftRequest, locale: Locale): Promise<{ draft: Draft; file: DraftFile }> {
  const { draft, contributions } = await loadDraftAndContributions(scope, partnership, locale);
  const appendix = request.format === 'docx' && request.variant === 'working' ? await loadDossierCheck(scope, partnership, draft, contributions) : undefined;
  return { draft, file: await renderDraftFile(draft, request, appendix) };
}

/** The draft file of a partnership in this tenant; null when there is no such partnership. */
export async function buildDraftFile(scope: FlowScope, partnershipId: string, request: DraftRequest, locale: Locale): Promise<DraftFile | null> {
  const partnership = await scope.partnerships.get(partnershipId);
  if (!partnership) return null;
  return (await draftFile(scope, partnership, request, locale)).file;
}
