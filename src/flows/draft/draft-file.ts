// A draft as a file to hand over: its bytes, name and media type.
import { foldCase } from '../../core/text';
import type { DossierCheck } from '../../domain/dossier-check';
import { MEDIA_TYPES, type Draft, type DraftRequest } from '../../domain/draft';
import { textsFor } from '../../texts';
import { renderDocx } from './docx';
import { renderMarkdown } from './markdown';

export interface DraftFile {
  name: string;
  mediaType: string;
  data: Buffer;
}

/** `appendix`: the dossier check, an appendix of the Word file (the caller decides for which version). */
export async function renderDraftFile(draft: Draft, { format, variant }: DraftRequest, appendix?: DossierCheck): Promise<DraftFile> {
  const data = format === 'docx' ? await renderDocx(draft, variant, appendix) : Buffer.from(renderMarkdown(draft, variant), 'utf8');
  return { name: draftFileName(draft, { format, variant }), mediaType: MEDIA_TYPES[format], data };
}

/**
 * "zelfevaluatie-basiskwaliteit-opleiden-in-de-regio-2027-01-15.docx", with "-werkversie" before the
 * extension for the working version: readable, and safe in any header or file system.
 */
function draftFileName(draft: Draft, { format, variant }: DraftRequest): string {
  const doc = textsFor(draft.locale).draft.document;
  const base = doc.fileBase[draft.partnership.reviewType];
  const slug = foldCase(draft.partnership.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${[base, slug, draft.date, variant === 'working' ? doc.workingSuffix : ''].filter(Boolean).join('-')}.${format}`;
}
