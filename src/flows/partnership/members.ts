// Who holds which role: the checks every coordinator-only step makes.
import type { Member, PartnerRole } from '../../domain/partnership';
import type { TurnContext } from '../context';

/** The person's role in this partnership, or undefined when not a member. */
export async function roleIn(ctx: TurnContext, partnershipId: string): Promise<PartnerRole | undefined> {
  const mine = await ctx.scope.partnerships.forPerson(ctx.person.id);
  return mine.find((m) => m.partnership.id === partnershipId)?.role;
}

export function coordinatorsOf(members: readonly Member[]): string[] {
  return members.filter((m) => m.role === 'coordinator').map((m) => m.displayName);
}

export async function coordinatorNames(ctx: TurnContext, partnershipId: string): Promise<string[]> {
  return coordinatorsOf(await ctx.scope.partnerships.members(partnershipId));
}

/** Ids in button values and form names come back from outside: the database only takes real uuids. */
export function isUuid(value: string | undefined): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
