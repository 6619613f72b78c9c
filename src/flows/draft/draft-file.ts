// A draft as a file to hand over: its bytes, name and media type.
import { foldCase } from '../../core/text';
import { MEDIA_TYPES, type Draft, type DraftFormat } from '../../domain/draft';
import { textsFor } from '../../texts';
import { renderDocx } from './docx';
import { renderMarkdown } from './markdown';

export interface DraftFile {
  name: string;
  mediaType: string;
  data: Buffer;
}

export async function renderDraftFile(draft: Draft, format: DraftFormat): Promise<DraftFile> {
  const data = format === 'docx' ? await renderDocx(draft) : Buffer.from(renderMarkdown(draft), 'utf8');
  return { name: draftFileName(draft, format), mediaType: MEDIA_TYPES[format], data };
}

/** "zelfevaluatie-opleiden-in-de-regio-2027-01-15.docx": readable, and safe in any header or file system. */
function draftFileName(draft: Draft, format: DraftFormat): string {
  const base = textsFor(draft.locale).draft.document.fileBase[draft.partnership.reviewType];
  const slug = foldCase(draft.partnership.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${[base, slug, draft.date].filter(Boolean).join('-')}.${format}`;
}
