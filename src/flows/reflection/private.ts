// A reflection takes many turns; where only messages that name the bot reach
// it (a Teams channel), the next answer, typed without a mention, would never
// arrive and the person would wait for nothing. There `reflectie` says in the
// thread that it goes on privately, and sends the person a direct message whose
// button starts it in their personal chat.
import { commandButton, message, say } from '../../core/messages';
import type { Message } from '../../core/turn';
import type { Waarborg } from '../../domain/framework';
import type { Contribution } from '../../domain/partnership';
import type { StepResult, TurnContext } from '../context';
import { mergeFormFor } from './edit-form';

export function mustMoveToPrivate(ctx: TurnContext): boolean {
  return ctx.turn.place.kind === 'channel' && ctx.turn.place.mentionOnly === true;
}

export async function moveToPrivate(ctx: TurnContext, waarborg: Waarborg | undefined): Promise<StepResult> {
  const t = ctx.texts.reflection;
  const start = commandButton(t.privateStartButton, waarborg ? `reflectie ${waarborg.id}` : 'reflectie');
  await ctx.outbox.toPerson(ctx.turn.user.id, [message({ type: 'choices', text: t.privateStart(waarborg?.name[ctx.locale]), choices: [start] })], ctx.locale);
  return { messages: [say(t.movedToPrivate)] };
}

// Editing an answer where others read along (a channel): the form, the answer in
// it and what the bot says about it go to the person; the thread gets a word.

export async function formPrivately(ctx: TurnContext, form: Message): Promise<StepResult> {
  await ctx.outbox.toPerson(ctx.turn.user.id, [form], ctx.locale);
  return { messages: [say(ctx.texts.reflection.editFormSentPrivately)] };
}

export async function savedPrivately(ctx: TurnContext, label: string, feedback: Message): Promise<StepResult> {
  await ctx.outbox.toPerson(ctx.turn.user.id, [feedback], ctx.locale);
  return { messages: [say(ctx.texts.reflection.editSavedPrivately(label))] };
}

/** Changed meanwhile: both texts in a form, to the person, against what is stored now. */
export async function conflictPrivately(ctx: TurnContext, label: string, current: Contribution, typed: string): Promise<StepResult> {
  const form = mergeFormFor(ctx, current, typed);
  await ctx.outbox.toPerson(ctx.turn.user.id, [say(ctx.texts.reflection.conflictTitle), ...(form ? [form] : [])], ctx.locale);
  return { messages: [say(ctx.texts.reflection.editChangedPrivately(label))] };
}
