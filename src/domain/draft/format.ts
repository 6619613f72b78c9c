// The file formats a draft can be handed over in: how people name them, and
// the media type each is sent with.
import type { DraftFormat } from './types';

export const MEDIA_TYPES: Record<DraftFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
};

export function parseDraftFormat(text: string): DraftFormat | undefined {
  const word = text.trim().toLowerCase().replace(/^\./, '');
  if (['docx', 'word', 'doc'].includes(word)) return 'docx';
  if (['md', 'markdown'].includes(word)) return 'md';
  return undefined;
}
