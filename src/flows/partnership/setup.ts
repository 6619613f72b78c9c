// Setting up a partnership: the empty form, then its submission. The creator
// becomes coordinator (the store does that); a channel it was sent from gets the updates.
import type { Block } from '../../core/turn';
import { NameTakenError, type PartnerRole, type Partnership } from '../../domain/partnership';
import type { StepResult, TurnContext } from '../context';
import { partnershipForm, sameName, type FormValues } from './form';
import { refusal } from './form-problems';
import { parsePartnershipForm, todayInNetherlands } from './form-schema';
import { roleIn } from './members';
import { overview } from './overview';

export async function offerSetup(ctx: TurnContext): Promise<StepResult> {
  const { form } = ctx.texts.partnership;
  const existing = await ctx.scope.partnerships.list();
  const blocks: Block[] = [{ type: 'text', text: form.createIntro }];
  if (existing.length > 0) blocks.push({ type: 'text', text: form.existingHint(existing.slice(0, 10).map((p) => p.name)) });
  blocks.push(partnershipForm(ctx.texts, 'create', {}));
  return { messages: [{ blocks }] };
}

export async function submitSetup(ctx: TurnContext, values: FormValues): Promise<StepResult> {
  const parsed = parsePartnershipForm(values, { today: todayInNetherlands() });
  if (!parsed.ok) return { messages: [refusal(ctx.texts, 'create', parsed.problems, values)] };
  const input = parsed.input;

  // The same form sent twice (a double click, a second device) must not make a second partnership.
  const same = (await ctx.scope.partnerships.list()).find((p) => sameName(p.name, input.name));
  if (same) return exists(ctx, same.name, await roleIn(ctx, same.id), same);

  const { place } = ctx.turn;
  let partnership: Partnership;
  try {
    partnership = await ctx.scope.partnerships.create({
      ...input,
      updatesChannelId: place.kind === 'channel' ? place.conversationId : null,
      createdById: ctx.person.id,
    });
  } catch (error) {
    // Both sends raced past the check above; the other one made it.
    if (error instanceof NameTakenError) return exists(ctx, input.name, undefined);
    throw error;
  }

  const { created } = ctx.texts.partnership;
  const where = place.kind === 'channel' ? created.channel : created.inDm;
  return {
    messages: [
      { blocks: [{ type: 'text', text: `${created.done(partnership.name)}\n${where}\n${created.next}` }] },
      await overview(ctx, partnership, 'coordinator'),
    ],
  };
}

async function exists(ctx: TurnContext, name: string, role: PartnerRole | undefined, partnership?: Partnership): Promise<StepResult> {
  const { partnership: t } = ctx.texts;
  if (partnership && role) return { messages: [{ blocks: [{ type: 'text', text: t.exists(name) }] }, await overview(ctx, partnership, role)] };
  return { messages: [{ blocks: [{ type: 'text', text: `${t.exists(name)}\n${t.existsJoin}` }] }] };
}
