// `rol` / `role`: join the workspace's partnership and pick a role with buttons,
// or at once (`rol student`). A typed answer to the question works too.
import { say } from '../../core/messages';
import { isPartnerRole, PARTNER_ROLES, type PartnerRole, type Partnership } from '../../domain/partnership';
import type { Command, Flow, StepResult, TurnContext } from '../context';
import { partnershipChoices, ROLE_ACTIONS, ROLE_FLOW, roleChoices } from './role-choices';
import { applyRole, appoint, find } from './role-rules';
import { parseRole } from './words';

/**
 * Whose conversation is open in this place. There is one per person and place,
 * so the role question only waits for a typed answer where no other flow (a
 * reflection under way) is open, and only ever closes its own.
 */
type Open = 'role' | 'other' | 'none';

export const roleCommand: Command = {
  names: ['rol', 'role'],
  flow: ROLE_FLOW,
  async run(ctx, args) {
    const open = await openHere(ctx);
    const given = args.trim();
    const wanted = given ? parseRole(given) : undefined;
    const unknown = given && !wanted ? unknownText(ctx, given) : undefined;
    const target = await targetOf(ctx);
    if (target.kind === 'none') return settle({ messages: [say(ctx.texts.partnership.role.noPartnershipHere)] }, open);
    if (target.kind === 'choose') return settle({ messages: [partnershipChoices(ctx, target.partnerships, wanted, unknown)] }, open);
    if (wanted) return settle(await applyRole(ctx, target.partnership.id, wanted), open);
    return ask(ctx, target.partnership, open, unknown ?? currentText(ctx, target));
  },
};

export const roleFlow: Flow = {
  name: ROLE_FLOW,
  async resume(ctx, state, input) {
    // The engine hands over the state only when it is this flow's.
    const open: Open = state ? 'role' : 'none';
    if (input.kind === 'action') {
      const [id = '', second = ''] = input.value.split('|');
      if (input.action === ROLE_ACTIONS.set && isPartnerRole(second)) return settle(await applyRole(ctx, id, second), open);
      if (input.action === ROLE_ACTIONS.appoint) return settle(await appoint(ctx, id, second), open);
      if (input.action === ROLE_ACTIONS.join) {
        if (isPartnerRole(second)) return settle(await applyRole(ctx, id, second), open);
        const partnership = await find(ctx, id);
        if (partnership) return ask(ctx, partnership, state ? 'role' : await openHere(ctx));
        return settle({ messages: [say(ctx.texts.partnership.role.gone)] }, open);
      }
    }
    if (input.kind === 'text' && state?.step === 'choose' && typeof state.data.partnershipId === 'string') {
      const wanted = parseRole(input.text);
      // Keep waiting: the question stays open until answered or replaced.
      if (!wanted) return { messages: [say(unknownText(ctx, input.text.slice(0, 40)))] };
      return settle(await applyRole(ctx, state.data.partnershipId, wanted), open);
    }
    return { messages: [say(ctx.texts.errors.staleAction)] };
  },
};

type Target =
  | { kind: 'none' }
  | { kind: 'choose'; partnerships: Partnership[] }
  | { kind: 'one'; partnership: Partnership; role?: PartnerRole };

/** The person's partnership; else the workspace's only one; else a choice. */
async function targetOf(ctx: TurnContext): Promise<Target> {
  const [first] = await ctx.scope.partnerships.forPerson(ctx.person.id);
  if (first) return { kind: 'one', partnership: first.partnership, role: first.role };
  const all = await ctx.scope.partnerships.list();
  if (all.length === 0) return { kind: 'none' };
  if (all.length === 1) return { kind: 'one', partnership: all[0]! };
  return { kind: 'choose', partnerships: all };
}

async function openHere(ctx: TurnContext): Promise<Open> {
  const state = await ctx.scope.loadState(ctx.person.id, ctx.placeKey);
  return !state ? 'none' : state.flow === ROLE_FLOW ? 'role' : 'other';
}

function ask(ctx: TurnContext, partnership: Partnership, open: Open, intro?: string): StepResult {
  const messages = [roleChoices(ctx, partnership, intro)];
  if (open === 'other') return { messages };
  return { messages, state: { step: 'choose', data: { partnershipId: partnership.id } } };
}

/** A finished step closes the role question when it was open, and leaves any other flow's state alone. */
function settle(result: StepResult, open: Open): StepResult {
  return open === 'role' ? { ...result, state: null } : result;
}

function currentText(ctx: TurnContext, target: Extract<Target, { kind: 'one' }>): string | undefined {
  const { role, names } = ctx.texts.partnership;
  return target.role ? role.current(names.roles[target.role], target.partnership.name) : undefined;
}

function unknownText(ctx: TurnContext, given: string): string {
  const { role, names } = ctx.texts.partnership;
  return role.unknown(given.slice(0, 40), PARTNER_ROLES.map((r) => names.roles[r]));
}
