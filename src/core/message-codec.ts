// Messages as they are stored in the inbox and outbox (JSON): a file's bytes
// travel as base64, everything else as it is.
import type { Block, Message } from './turn';

type StoredBlock = Exclude<Block, { type: 'file' }> | (Omit<Extract<Block, { type: 'file' }>, 'data'> & { data: string });
export interface StoredMessage {
  blocks: StoredBlock[];
  private?: boolean;
  thread?: StoredMessage[];
}

export function storeMessage(message: Message): StoredMessage {
  const { thread, ...rest } = message;
  return {
    ...rest,
    blocks: message.blocks.map((block) => (block.type === 'file' ? { ...block, data: block.data.toString('base64') } : block)),
    ...(thread ? { thread: thread.map(storeMessage) } : {}),
  };
}

export function loadMessage(stored: StoredMessage): Message {
  const { thread, ...rest } = stored;
  return {
    ...rest,
    blocks: stored.blocks.map((block) => (block.type === 'file' ? { ...block, data: Buffer.from(block.data, 'base64') } : block)),
    ...(thread ? { thread: thread.map(loadMessage) } : {}),
  };
}
