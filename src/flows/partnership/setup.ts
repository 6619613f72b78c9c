// Setting up a partnership: the empty form, then its submission. The creator
// becomes coordinator (the store does that); a channel it was sent from gets the updates.
import { z } from 'zod';
import { commandButton, message, say } from '../../core/messages';
import type { Block } from '../../core/turn';
import { NameTakenError, type PartnerRole, type Partnership } from '../../domain/partnership';
import type { StepResult, TurnContext } from '../context';
import { FLOW, partnershipForm, sameName, type FormValues } from './form';
import { refusal } from './form-problems';
import { parsePartnershipForm, todayInNetherlands } from './form-schema';
import { roleIn } from './members';
import { overview } from './overview';

export async function offerSetup(ctx: TurnContext): Promise<StepResult> {
  const { form } = ctx.texts.partnership;
  const existing = await ctx.scope.partnerships.list();
  const blocks: Block[] = [{ type: 'text', text: form.createIntro }];
  if (existing.length > 0) blocks.push({ type: 'text', text: form.existingHint(existing.slice(0, 10).map((p) => p.name)) });
  blocks.push(partnershipForm(ctx.texts, 'create', {}, existing.length));
  return { messages: [{ blocks }] };
}

/** `known`: how many partnerships the workspace had when the form was offered. */
export async function submitSetup(ctx: TurnContext, values: FormValues, known: number): Promise<StepResult> {
  const parsed = parsePartnershipForm(values, { today: todayInNetherlands() });
  if (!parsed.ok) return { messages: [refusal(ctx.texts, 'create', parsed.problems, values, known)] };
  const input = parsed.input;

  // The same form sent twice (a double click, a second device) must not make a second partnership.
  const existing = await ctx.scope.partnerships.list();
  const same = existing.find((p) => sameName(p.name, input.name));
  if (same) return exists(ctx, same.name, await roleIn(ctx, same.id), same);
  // An old form (made before the partnership that exists now): ask first; what was filled in waits in the state.
  if (existing.length > known) return askBeforeAnother(ctx, values, existing);

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
      {
        blocks: [
          { type: 'text', text: `${created.done(partnership.name)}\n${where}\n${created.next}` },
          // The coordinator's usual next steps, one click away.
          { type: 'choices', text: created.nextSteps, choices: [commandButton(created.planningButton, 'planning'), commandButton(created.reflectButton, 'reflectie')] },
        ],
      },
      await overview(ctx, partnership, 'coordinator'),
    ],
  };
}

async function exists(ctx: TurnContext, name: string, role: PartnerRole | undefined, partnership?: Partnership): Promise<StepResult> {
  const { partnership: t } = ctx.texts;
  if (partnership && role) return { messages: [{ blocks: [{ type: 'text', text: t.exists(name) }] }, await overview(ctx, partnership, role)] };
  return { messages: [{ blocks: [{ type: 'text', text: `${t.exists(name)}\n${t.existsJoin}` }] }] };
}

export const CREATE_ACTIONS = { confirm: `${FLOW}.create-confirm`, cancel: `${FLOW}.create-cancel` } as const;

// The button carries what the form held (well under Slack's 2,000 characters for a value):
// no conversation state, so an open reflection at the same place stays as it is.
const valuesSchema = z.record(z.string(), z.string().max(500));

function askBeforeAnother(ctx: TurnContext, values: FormValues, existing: readonly Partnership[]): StepResult {
  const t = ctx.texts.partnership.another;
  const name = (values.name ?? '').trim().slice(0, 120);
  return {
    messages: [
      message({
        type: 'choices',
        text: t.ask(existing.slice(0, 10).map((p) => p.name), name),
        choices: [
          { label: t.confirm, action: CREATE_ACTIONS.confirm, value: JSON.stringify(values) },
          { label: t.cancel, action: CREATE_ACTIONS.cancel, value: '' },
        ],
      }),
    ],
  };
}

/**
 * The answer to "another partnership?": made with what the form held, or
 * nothing. Pressed twice, the second finds the partnership by its name and
 * makes nothing.
 */
export async function answerAnother(ctx: TurnContext, action: string, value: string): Promise<StepResult> {
  if (action === CREATE_ACTIONS.cancel) return { messages: [say(ctx.texts.partnership.another.cancelled)] };
  let values: FormValues;
  try {
    values = valuesSchema.parse(JSON.parse(value));
  } catch {
    return { messages: [say(ctx.texts.errors.staleAction)] };
  }
  return submitSetup(ctx, values, (await ctx.scope.partnerships.list()).length);
}
