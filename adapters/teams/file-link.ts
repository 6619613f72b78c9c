// A core file block as Teams can show it: a markdown link to our download
// route, with how long it works. Without a link (no source to make the file
// again from) the person is told it could not be delivered, never nothing.
import type { Block } from '../../src/core/turn';
import type { Texts } from '../../src/texts';

type FileBlock = Extract<Block, { type: 'file' }>;
type TextBlock = Extract<Block, { type: 'text' }>;

export type FileLinker = (file: FileBlock) => { url: string; hours: number } | undefined;

export function fileAsText(file: FileBlock, texts: Texts, fileLink: FileLinker | undefined): TextBlock {
  const { delivery } = texts.draft;
  const link = fileLink?.(file);
  if (!link) return { type: 'text', text: delivery.failed };
  // Square brackets in the label would end the markdown link early.
  const label = delivery.link(file.name).replace(/[[\]]/g, '');
  return { type: 'text', text: `[${label}](${link.url})\n\n${delivery.linkValid(link.hours)}` };
}
