// The file formats a draft can be handed over in: how people name them, and
// the media type each is sent with.
import type { DraftFormat, DraftVariant } from './types';

export const MEDIA_TYPES: Record<DraftFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
};

function parseDraftFormat(text: string): DraftFormat | undefined {
  const word = text.trim().toLowerCase().replace(/^\./, '');
  if (['docx', 'word', 'doc'].includes(word)) return 'docx';
  if (['md', 'markdown'].includes(word)) return 'md';
  return undefined;
}

export interface DraftRequest {
  format: DraftFormat;
  variant: DraftVariant;
}

const VARIANT_WORDS: Record<string, DraftVariant> = {
  werkversie: 'working', werk: 'working', working: 'working', work: 'working', intern: 'working', internal: 'working',
  schoon: 'clean', clean: 'clean', verzendklaar: 'clean', definitief: 'clean', final: 'clean', insturen: 'clean',
};

/**
 * `download`, `download werkversie`, `download md`, `download docx working`: words in any order.
 * Without a format it is Word; without a variant the clean version. Undefined when a word is neither.
 */
export function parseDraftRequest(text: string): DraftRequest | undefined {
  let format: DraftFormat | undefined;
  let variant: DraftVariant | undefined;
  for (const word of text.trim().toLowerCase().split(/[\s,]+/).filter(Boolean)) {
    const asFormat = parseDraftFormat(word);
    const asVariant = VARIANT_WORDS[word];
    if (asFormat && !format) format = asFormat;
    else if (asVariant && !variant) variant = asVariant;
    else return undefined;
  }
  return { format: format ?? 'docx', variant: variant ?? 'clean' };
}
