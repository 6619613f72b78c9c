// Which partnership a turn is about: the one the person belongs to. Reflection
// and draft flows start with this.
import { say } from '../../core/messages';
import type { PartnerRole, Partnership } from '../../domain/partnership';
import type { StepResult, TurnContext } from '../context';

export type CurrentPartnership =
  | { ok: true; partnership: Partnership; role: PartnerRole }
  | { ok: false; result: StepResult };

export async function currentPartnership(ctx: TurnContext): Promise<CurrentPartnership> {
  const memberships = await ctx.scope.partnerships.forPerson(ctx.person.id);
  // A person in several partnerships of one workspace works in the first they joined.
  const first = memberships[0];
  if (!first) return { ok: false, result: { messages: [say(ctx.texts.partnership.noPartnership)] } };
  return { ok: true, partnership: first.partnership, role: first.role };
}
