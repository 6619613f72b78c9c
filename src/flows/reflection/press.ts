// Button presses. A button names the item (and follow-up) it belongs to; one
// that no longer matches where the person is gets a short note and the current
// question again, so an old message can never skip or decline the wrong thing.
import { say } from '../../core/messages';
import { getWaarborg } from '../../domain/framework';
import type { StepResult, TurnContext } from '../context';
import { ACTIONS, isConflictChoice, parts } from './buttons';
import { resolveConflict } from './conflict';
import { openEditor } from './edit';
import { back, continueOn, decline, pause, resume, skip, unpause } from './moves';
import { withOpen } from './open-reflection';
import { currentItem, type Session } from './session';
import { view } from './show';
import { moveToPrivate, mustMoveToPrivate } from './private';
import { overview, startWaarborg } from './start';
import type { ReflectionState, Step } from './state';

export async function press(ctx: TurnContext, state: ReflectionState | null, action: string, value: string): Promise<StepResult> {
  // Starting or continuing a waarborg needs no open reflection.
  if (action === ACTIONS.start) {
    const waarborg = getWaarborg(value);
    if (mustMoveToPrivate(ctx)) return moveToPrivate(ctx, waarborg);
    return waarborg ? startWaarborg(ctx, waarborg, state) : overview(ctx, { kind: 'choose' });
  }
  if (action === ACTIONS.switch) {
    const waarborg = getWaarborg(value);
    return waarborg ? startWaarborg(ctx, waarborg, state, { replace: true }) : overview(ctx, { kind: 'choose' });
  }
  if (action === ACTIONS.continue) {
    if (state?.waarborgId === value) return withOpen(ctx, state, carryOn);
    const waarborg = getWaarborg(value);
    return waarborg ? startWaarborg(ctx, waarborg, state) : overview(ctx, { kind: 'choose' });
  }
  // Editing an answer works from any summary or overview, open here or not.
  if (action === ACTIONS.edit) return openEditor(ctx, value);
  if (!state) return { messages: [say(ctx.texts.reflection.staleNoReflection)] };
  return withOpen(ctx, state, (session) => onItem(session, action, value));
}

/** "Ga door" under a pause: resume; at the summary: what is still open; otherwise just where the person is. */
function carryOn(session: Session): Promise<StepResult> {
  if (session.state.step === 'paused') return resume(session);
  if (session.state.step === 'done') return continueOn(session);
  return view(session);
}

async function onItem(session: Session, action: string, value: string): Promise<StepResult> {
  const stale = () => view(session, [say(session.ctx.texts.reflection.staleButton)]);
  const itemId = currentItem(session).id;
  // What the person is doing, paused or not.
  const doing: Step = session.state.step === 'paused' ? (session.state.pausedFrom ?? 'answer') : session.state.step;
  switch (action) {
    case ACTIONS.skip:
    case ACTIONS.back:
    case ACTIONS.pause: {
      if (value !== itemId || doing === 'done' || doing === 'conflict') return stale();
      if (action === ACTIONS.pause) return pause(session);
      return action === ACTIONS.skip ? skip(unpause(session)) : back(unpause(session));
    }
    case ACTIONS.decline: {
      const [item = '', followUp = ''] = parts(value);
      if (item !== itemId || doing !== 'follow-up' || session.state.followUp?.id !== followUp) return stale();
      return decline(unpause(session));
    }
    case ACTIONS.conflict: {
      const [choice = '', item = ''] = parts(value);
      if (item !== itemId || doing !== 'conflict' || !isConflictChoice(choice)) return stale();
      return resolveConflict(unpause(session), choice);
    }
    default:
      return stale();
  }
}
