// `partnerschap verwijderen`: a coordinator removes a partnership made by
// mistake, after a question that says what goes with it (its members' roles,
// their answers, the draft, the planning). Other partnerships keep everything.
// The confirm button names the partnership and the version it asked about: a
// partnership changed since then is asked about again, and a second press finds
// nothing to remove.
import { message, say } from '../../core/messages';
import type { StepResult, TurnContext } from '../context';
import { currentPartnership } from './current';
import { FLOW } from './form';
import { coordinatorNames, isUuid } from './members';

export const REMOVE_ACTIONS = { confirm: `${FLOW}.remove-confirm`, cancel: `${FLOW}.remove-cancel` } as const;

export async function askRemove(ctx: TurnContext): Promise<StepResult> {
  const t = ctx.texts.partnership;
  const current = await currentPartnership(ctx);
  if (!current.ok) return current.result;
  const { partnership, role } = current;
  if (role !== 'coordinator') return { messages: [say(t.remove.onlyCoordinator(await coordinatorNames(ctx, partnership.id)))] };
  const [members, answers] = await Promise.all([ctx.scope.partnerships.members(partnership.id), ctx.scope.contributions.list(partnership.id)]);
  return {
    messages: [
      message({
        type: 'choices',
        text: t.remove.ask(partnership.name, members.length, answers.length),
        choices: [
          { label: t.remove.confirm(partnership.name), action: REMOVE_ACTIONS.confirm, value: `${partnership.id}|${partnership.version}`, style: 'danger' },
          { label: t.remove.cancel, action: REMOVE_ACTIONS.cancel, value: partnership.id },
        ],
      }),
    ],
  };
}

export async function answerRemove(ctx: TurnContext, action: string, value: string): Promise<StepResult> {
  const t = ctx.texts.partnership;
  if (action === REMOVE_ACTIONS.cancel) return { messages: [say(t.remove.cancelled)] };
  const [id, version] = value.split('|');
  const partnership = isUuid(id) ? await ctx.scope.partnerships.get(id) : null;
  if (!partnership) return { messages: [say(t.remove.gone)] };
  const mine = (await ctx.scope.partnerships.forPerson(ctx.person.id)).find((m) => m.partnership.id === partnership.id);
  if (mine?.role !== 'coordinator') return { messages: [say(t.remove.onlyCoordinator(await coordinatorNames(ctx, partnership.id)))] };
  // Changed since the question (renamed, a new member, …): ask again about what it is now.
  if (String(partnership.version) !== version) return askRemove(ctx);
  const removed = await ctx.scope.partnerships.remove(partnership.id, partnership.version);
  return { messages: [say(removed ? t.remove.done(partnership.name) : t.remove.gone)] };
}
