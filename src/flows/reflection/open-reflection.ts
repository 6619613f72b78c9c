// The reflection open in this place (DM or thread), and what free text means
// there: an answer, an addition after a follow-up, or a reminder of the step.
import { message, say } from '../../core/messages';
import { foldCase } from '../../core/text';
import type { StepResult, TurnContext } from '../context';
import { answerFollowUp, answerItem } from './answer';
import { ACTIONS, button } from './buttons';
import { decline } from './moves';
import { resumeSession, waarborgName, type Session } from './session';
import { view } from './show';
import { readState, type ReflectionState } from './state';

export async function loadOpen(ctx: TurnContext): Promise<ReflectionState | null> {
  return readState(await ctx.scope.loadState(ctx.person.id, ctx.placeKey));
}

/** Runs `move` on the open reflection; says how to start one when none is open. */
export async function withOpen(
  ctx: TurnContext,
  state: ReflectionState | null,
  move: (session: Session) => Promise<StepResult> | StepResult,
): Promise<StepResult> {
  if (!state) return { messages: [say(ctx.texts.reflection.notOpen)] };
  const opened = await resumeSession(ctx, state);
  if (!opened.ok) return opened.result;
  return move(opened.session);
}

/** True while the reflection waits for an answer, so a sentence that starts like a command is one. */
export function awaitsAnswer(state: ReflectionState | null): boolean {
  return state?.step === 'answer' || state?.step === 'follow-up';
}

// A typed "no" to a follow-up declines it, like the button.
const DECLINE_WORDS = new Set(['nee', 'no', 'nee ga door', 'no continue', 'nee dank je', 'no thanks']);

function isDecline(text: string): boolean {
  const words = text.split(/[^\p{L}]+/u).filter(Boolean).map(foldCase).join(' ');
  return DECLINE_WORDS.has(words);
}

export async function typedText(session: Session, text: string): Promise<StepResult> {
  const t = session.ctx.texts.reflection;
  switch (session.state.step) {
    case 'answer':
      return answerItem(session, text);
    case 'follow-up':
      return isDecline(text) ? decline(session) : answerFollowUp(session, text);
    case 'conflict':
      return view(session, [say(t.conflictPending)]);
    case 'paused':
      return {
        messages: [message({ type: 'choices', text: t.pausedReminder, choices: [button(t.continueButton, ACTIONS.continue, session.waarborg.id)] })],
      };
    case 'done':
      return { messages: [say(t.finishedHint(waarborgName(session)))] };
  }
}

/** What the person typed, without the "/peerreview" the command parser also drops. */
export function typedWhole(ctx: TurnContext, fallback: string): string {
  const { input } = ctx.turn;
  return input.kind === 'text' ? input.text.trim().replace(/^(\/?peerreview\s+)+/i, '') : fallback;
}
