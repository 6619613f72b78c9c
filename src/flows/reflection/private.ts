// A reflection takes many turns; where only messages that name the bot reach
// it (a Teams channel), the next answer, typed without a mention, would never
// arrive and the person would wait for nothing. There `reflectie` says in the
// thread that it goes on privately, and sends the person a direct message whose
// button starts it in their personal chat.
import { commandButton, message, say } from '../../core/messages';
import type { Waarborg } from '../../domain/framework';
import type { StepResult, TurnContext } from '../context';

export function mustMoveToPrivate(ctx: TurnContext): boolean {
  return ctx.turn.place.kind === 'channel' && ctx.turn.place.mentionOnly === true;
}

export async function moveToPrivate(ctx: TurnContext, waarborg: Waarborg | undefined): Promise<StepResult> {
  const t = ctx.texts.reflection;
  const start = commandButton(t.privateStartButton, waarborg ? `reflectie ${waarborg.id}` : 'reflectie');
  await ctx.outbox.toPerson(ctx.turn.user.id, [message({ type: 'choices', text: t.privateStart(waarborg?.name[ctx.locale]), choices: [start] })], ctx.locale);
  return { messages: [say(t.movedToPrivate)] };
}
