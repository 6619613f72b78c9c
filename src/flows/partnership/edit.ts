// Editing a partnership (coordinators only): the form filled with what is
// stored, saved only when nobody changed it since it was shown.
import { message, say } from '../../core/messages';
import type { Partnership } from '../../domain/partnership';
import type { StepResult, TurnContext } from '../context';
import { currentPartnership } from './current';
import { partnershipForm, sameName, valuesOf, type EditTarget, type FormValues } from './form';
import { refusal } from './form-problems';
import { parsePartnershipForm, todayInNetherlands } from './form-schema';
import { coordinatorsOf, isUuid } from './members';
import { overview } from './overview';

/** `partnerschap wijzig`, or the edit button of an overview (which names its partnership). */
export async function offerEdit(ctx: TurnContext, partnershipId?: string): Promise<StepResult> {
  let id = partnershipId;
  if (id === undefined) {
    const current = await currentPartnership(ctx);
    if (!current.ok) return current.result;
    id = current.partnership.id;
  }
  const checked = await coordinatorOf(ctx, id);
  if (!checked.ok) return checked.result;
  const { partnership } = checked;
  return { messages: [message(partnershipForm(ctx.texts, { id: partnership.id, version: partnership.version }, valuesOf(partnership)))] };
}

export async function submitEdit(ctx: TurnContext, target: EditTarget, values: FormValues): Promise<StepResult> {
  const checked = await coordinatorOf(ctx, target.id);
  if (!checked.ok) return checked.result;
  const { partnership } = checked;
  const parsed = parsePartnershipForm(values, { today: todayInNetherlands(), keepVisitDate: partnership.visitDate });
  if (!parsed.ok) return { messages: [refusal(ctx.texts, target, parsed.problems, values)] };
  const others = await ctx.scope.partnerships.list();
  if (others.some((p) => p.id !== partnership.id && sameName(p.name, parsed.input.name))) {
    return { messages: [refusal(ctx.texts, target, ['nameTaken'], values)] };
  }

  const t = ctx.texts.partnership.edit;
  const written = await ctx.scope.partnerships.update(target.id, target.version, parsed.input);
  if (written.ok) return { messages: [say(t.saved(written.saved.name)), await overview(ctx, written.saved, 'coordinator')] };
  // Someone saved first: show theirs, and offer this person's values again against the new version.
  const current = written.conflict;
  return {
    messages: [
      say(t.conflict),
      await overview(ctx, current, 'coordinator'),
      { private: true, blocks: [{ type: 'text', text: t.conflictRetry }, partnershipForm(ctx.texts, { id: current.id, version: current.version }, values)] },
    ],
  };
}

type Checked = { ok: true; partnership: Partnership } | { ok: false; result: StepResult };

/** The partnership, when it exists and this person coordinates it. */
async function coordinatorOf(ctx: TurnContext, id: string): Promise<Checked> {
  const t = ctx.texts.partnership.edit;
  const partnership = isUuid(id) ? await ctx.scope.partnerships.get(id) : null;
  if (!partnership) return { ok: false, result: { messages: [say(t.gone)] } };
  const members = await ctx.scope.partnerships.members(id);
  const mine = members.find((m) => m.personId === ctx.person.id);
  if (mine?.role !== 'coordinator') return { ok: false, result: { messages: [say(t.onlyCoordinator(coordinatorsOf(members)))] } };
  return { ok: true, partnership };
}
