// `consistentie [waarborg]` / `consistency [waarborg]`: how the three visit-day
// groups line up on one waarborg. Without a (known) waarborg it offers the four.
import { say } from '../../core/messages';
import type { Block } from '../../core/turn';
import { findWaarborg, framework, getWaarborg } from '../../domain/framework';
import type { Command, Flow, StepResult, TurnContext } from '../context';
import { consistencyView } from './consistency-view';
import { currentPartnership } from './current';

const FLOW = 'consistency';
const SHOW = `${FLOW}.show`;

export const consistencyCommand: Command = {
  names: ['consistentie', 'consistency'],
  async run(ctx, args) {
    const current = await currentPartnership(ctx);
    if (!current.ok) return current.result;
    const given = args.trim();
    if (!given) return choose(ctx);
    const waarborg = findWaarborg(given);
    if (!waarborg) return choose(ctx, ctx.texts.partnership.consistency.unknown(given.slice(0, 40), names(ctx)));
    return consistencyView(ctx, current.partnership, waarborg);
  },
};

export const consistencyFlow: Flow = {
  name: FLOW,
  async resume(ctx, _state, input) {
    const waarborg = input.kind === 'action' && input.action === SHOW ? getWaarborg(input.value) : undefined;
    if (!waarborg) return { messages: [say(ctx.texts.errors.staleAction)] };
    const current = await currentPartnership(ctx);
    if (!current.ok) return current.result;
    return consistencyView(ctx, current.partnership, waarborg);
  },
};

function choose(ctx: TurnContext, intro?: string): StepResult {
  const block: Block = {
    type: 'choices',
    text: intro ?? ctx.texts.partnership.consistency.choose,
    choices: framework.waarborgen.map((w) => ({ label: w.name[ctx.locale], action: SHOW, value: w.id })),
  };
  return { messages: [{ blocks: [block] }] };
}

function names(ctx: TurnContext): string[] {
  return framework.waarborgen.map((w) => w.name[ctx.locale]);
}
