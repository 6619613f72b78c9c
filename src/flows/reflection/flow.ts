// The reflection flow as the engine sees it: free text and button presses while
// a reflection is open in this place (or a button from an older message).
import { say } from '../../core/messages';
import type { Flow } from '../context';
import { submitEdit } from './edit';
import { typedText, withOpen } from './open-reflection';
import { press } from './press';
import { FLOW, readState } from './state';

export const reflectionFlow: Flow = {
  name: FLOW,
  async resume(ctx, stored, input) {
    const state = readState(stored);
    if (input.kind === 'action') return press(ctx, state, input.action, input.value);
    // The one form of this flow: an answer edited after it was given.
    if (input.kind === 'form') return submitEdit(ctx, state, input.form, input.values);
    if (state) return withOpen(ctx, state, (session) => typedText(session, input.text));
    // A stored state this version cannot read: start again cleanly.
    return { messages: [say(ctx.texts.reflection.notOpen)], state: null };
  },
};
