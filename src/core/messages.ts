// Small builders for the common message shapes.
import type { Block, Message } from './turn';

export function say(text: string): Message {
  return { blocks: [{ type: 'text', text }] };
}

export function message(...blocks: Block[]): Message {
  return { blocks };
}
