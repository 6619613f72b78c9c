// Messages as they are stored in the inbox and outbox (JSON): a file's bytes
// travel as base64, everything else as it is.
import type { Block, Message } from './turn';

type StoredBlock = Exclude<Block, { type: 'file' }> | (Omit<Extract<Block, { type: 'file' }>, 'data'> & { data: string });
export interface StoredMessage {
  blocks: StoredBlock[];
  private?: boolean;
}

export function storeMessage(message: Message): StoredMessage {
  return {
    ...message,
    blocks: message.blocks.map((block) => (block.type === 'file' ? { ...block, data: block.data.toString('base64') } : block)),
  };
}

export function loadMessage(stored: StoredMessage): Message {
  return {
    ...stored,
    blocks: stored.blocks.map((block) => (block.type === 'file' ? { ...block, data: Buffer.from(block.data, 'base64') } : block)),
  };
}
