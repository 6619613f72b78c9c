// `partnerschap` / `partnership`: shows the person's partnership, or the form to
// set one up; `wijzig`, `kanaal` and `nieuw` after it edit, pick the updates
// channel and set up another. The flow takes the forms and the edit button.
import { say } from '../../core/messages';
import type { Command, Flow, StepResult, TurnContext } from '../context';
import { setUpdatesChannel } from './channel';
import { currentPartnership } from './current';
import { offerEdit, submitEdit } from './edit';
import { FLOW, parseCreateFormName, parseEditFormName } from './form';
import { EDIT_ACTION, overview } from './overview';
import { answerRemove, askRemove, REMOVE_ACTIONS } from './remove';
import { answerAnother, CREATE_ACTIONS, offerSetup, submitSetup } from './setup';
import { parseSubcommand } from './words';

export const partnershipCommand: Command = {
  names: ['partnerschap', 'partnership'],
  async run(ctx, args) {
    switch (parseSubcommand(args)) {
      case 'show':
        return show(ctx);
      case 'edit':
        return offerEdit(ctx);
      case 'channel':
        return setUpdatesChannel(ctx);
      case 'new':
        return offerSetup(ctx);
      case 'remove':
        return askRemove(ctx);
      case undefined:
        return { messages: [say(ctx.texts.partnership.usage(args.trim().split(/\s+/)[0]!.slice(0, 40)))] };
    }
  },
};

export const partnershipFlow: Flow = {
  name: FLOW,
  async resume(ctx, _state, input) {
    // Forms and buttons carry everything they need, so an old one still works.
    if (input.kind === 'form') {
      const known = parseCreateFormName(input.form);
      if (known !== undefined) return submitSetup(ctx, input.values, known);
      const target = parseEditFormName(input.form);
      if (target) return submitEdit(ctx, target, input.values);
    }
    if (input.kind === 'action' && input.action === EDIT_ACTION) return offerEdit(ctx, input.value);
    if (input.kind === 'action' && (input.action === REMOVE_ACTIONS.confirm || input.action === REMOVE_ACTIONS.cancel)) {
      return answerRemove(ctx, input.action, input.value);
    }
    if (input.kind === 'action' && (input.action === CREATE_ACTIONS.confirm || input.action === CREATE_ACTIONS.cancel)) {
      return answerAnother(ctx, input.action, input.value);
    }
    return { messages: [say(ctx.texts.errors.staleAction)] };
  },
};

async function show(ctx: TurnContext): Promise<StepResult> {
  const current = await currentPartnership(ctx);
  if (!current.ok) return offerSetup(ctx);
  return { messages: [await overview(ctx, current.partnership, current.role)] };
}
