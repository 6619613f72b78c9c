// Small builders for the common message shapes.
import type { Block, Choice, Message } from './turn';

export function say(text: string): Message {
  return { blocks: [{ type: 'text', text }] };
}

export function message(...blocks: Block[]): Message {
  return { blocks };
}

/** The action of a button that stands for a typed command: the engine runs `value` as if it were typed. */
export const COMMAND_ACTION = 'command';

export function commandButton(label: string, commandLine: string): Choice {
  return { label, action: COMMAND_ACTION, value: commandLine };
}
