// One turn of an open reflection: who (person, role, partnership), which
// waarborg and items, and the state. The role is looked up on every turn, so a
// contribution carries the role the person has when they write it.
import { say } from '../../core/messages';
import { getWaarborg, type MinimumItem, type Waarborg } from '../../domain/framework';
import type { PartnerRole, Partnership } from '../../domain/partnership';
import type { StepResult, TurnContext } from '../context';
import type { ReflectionState } from './state';

export interface Session {
  ctx: TurnContext;
  partnership: Partnership;
  role: PartnerRole;
  waarborg: Waarborg;
  items: readonly MinimumItem[];
  state: ReflectionState;
}

export type Opened = { ok: true; session: Session } | { ok: false; result: StepResult };

export function openSession(ctx: TurnContext, partnership: Partnership, role: PartnerRole, state: ReflectionState): Session {
  const waarborg = getWaarborg(state.waarborgId);
  if (!waarborg) throw new Error(`unknown waarborg ${state.waarborgId}`);
  const items = waarborg.minimumItems;
  return { ctx, partnership, role, waarborg, items, state: { ...state, index: Math.min(state.index, items.length - 1) } };
}

/** The session for a stored state; ends the flow when the person left that partnership. */
export async function resumeSession(ctx: TurnContext, state: ReflectionState): Promise<Opened> {
  const memberships = await ctx.scope.partnerships.forPerson(ctx.person.id);
  const membership = memberships.find((m) => m.partnership.id === state.partnershipId);
  if (!membership) return { ok: false, result: { messages: [say(ctx.texts.partnership.noPartnership)], state: null } };
  return { ok: true, session: openSession(ctx, membership.partnership, membership.role, state) };
}

export function withState(session: Session, changes: Partial<ReflectionState>): Session {
  return { ...session, state: { ...session.state, ...changes } };
}

export function currentItem(session: Session): MinimumItem {
  return session.items[session.state.index]!;
}

export function waarborgName(session: Session): string {
  return session.waarborg.name[session.ctx.locale];
}
