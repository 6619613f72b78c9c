// Who may hold which role: the first member coordinates; only a coordinator
// makes someone coordinator; the last coordinator cannot step down.
import { commandButton, message, say } from '../../core/messages';
import { conversationGroupOf, type PartnerRole, type Partnership } from '../../domain/partnership';
import type { StepResult, TurnContext } from '../context';
import { coordinatorsOf, isUuid } from './members';
import { appointChoices } from './role-choices';

/** The person takes `wanted` in the partnership, joining it when not a member yet. */
export async function applyRole(ctx: TurnContext, partnershipId: string, wanted: PartnerRole): Promise<StepResult> {
  const t = ctx.texts.partnership;
  const partnership = await find(ctx, partnershipId);
  if (!partnership) return { messages: [say(t.role.gone)] };
  const members = await ctx.scope.partnerships.members(partnership.id);
  const mine = members.find((m) => m.personId === ctx.person.id);
  const coordinators = members.filter((m) => m.role === 'coordinator');

  if (members.length === 0) {
    await ctx.scope.partnerships.setRole(partnership.id, ctx.person.id, 'coordinator');
    return done(ctx, t.role.firstMember(partnership.name), 'coordinator');
  }
  if (wanted === 'coordinator') {
    if (mine?.role !== 'coordinator') return { messages: [say(t.role.onlyCoordinatorAppoints(coordinatorsOf(members)))] };
    const candidates = members.filter((m) => m.role !== 'coordinator');
    if (candidates.length === 0) return { messages: [say(t.role.appointNobody)] };
    return { messages: [appointChoices(ctx, partnership, candidates)] };
  }
  if (mine?.role === 'coordinator' && coordinators.length === 1) {
    return { messages: [say(t.role.lastCoordinator(partnership.name))] };
  }
  await ctx.scope.partnerships.setRole(partnership.id, ctx.person.id, wanted);
  return done(ctx, t.role.set(t.names.roles[wanted], partnership.name), wanted);
}

/** A coordinator makes another member coordinator too. */
export async function appoint(ctx: TurnContext, partnershipId: string, personId: string): Promise<StepResult> {
  const t = ctx.texts.partnership;
  const partnership = await find(ctx, partnershipId);
  const members = partnership ? await ctx.scope.partnerships.members(partnership.id) : [];
  const candidate = isUuid(personId) ? members.find((m) => m.personId === personId) : undefined;
  if (!partnership || !candidate) return { messages: [say(t.role.gone)] };
  // Checked again at the press: the button may be old, and the presser no coordinator any more.
  if (members.find((m) => m.personId === ctx.person.id)?.role !== 'coordinator') {
    return { messages: [say(t.role.onlyCoordinatorAppoints(coordinatorsOf(members)))] };
  }
  await ctx.scope.partnerships.setRole(partnership.id, candidate.personId, 'coordinator');
  return { messages: [say(t.role.appointed(candidate.displayName, partnership.name))] };
}

export async function find(ctx: TurnContext, partnershipId: string): Promise<Partnership | null> {
  return isUuid(partnershipId) ? ctx.scope.partnerships.get(partnershipId) : null;
}

function done(ctx: TurnContext, confirmation: string, role: PartnerRole): StepResult {
  const { role: t, names } = ctx.texts.partnership;
  const conversation = t.conversation(names.conversations[conversationGroupOf(role)]);
  // The next step as a button: most people choose a role to write.
  const next = { type: 'choices' as const, text: t.nextStep, choices: [commandButton(t.reflectButton, 'reflectie'), commandButton(t.helpButton, 'hulp')] };
  return { messages: [message({ type: 'text', text: `${confirmation}\n${conversation}` }, next)] };
}
