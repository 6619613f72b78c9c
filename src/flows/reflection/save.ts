// Stores an answer at once, with the person's current role. The version read
// when the item was shown guards it: the same person changing the same answer
// elsewhere in between gets both texts to choose from instead of losing one.
import type { Expected } from '../../core/versioned';
import type { Contribution } from '../../domain/partnership';
import type { StepResult } from '../context';
import { homesChanged } from '../timeline/home-view';
import { coach } from './coach';
import { renderConflict } from './render-conflict';
import { currentItem, withState, type Session } from './session';
import { toStored, type PendingConflict } from './state';

export interface Saving {
  /** The whole text to store. */
  text: string;
  /** What the person typed this turn, offered again when there is a conflict. */
  conflict: PendingConflict;
  /** An answer to the item itself starts a new round of follow-ups; an addition does not. */
  kind: 'answer' | 'addition';
  /** What comes after a stored text; coaching on this item by default. */
  then?: (session: Session, saved: Contribution, notice: string) => Promise<StepResult>;
  /** What comes after a conflict; by default both texts here, to choose from. */
  onConflict?: (session: Session, conflict: PendingConflict, current: Contribution) => Promise<StepResult>;
}

export async function save(session: Session, saving: Saving): Promise<StepResult> {
  const { ctx, state } = session;
  const item = currentItem(session);
  const write = (expected: Expected) =>
    ctx.scope.contributions.save({
      partnershipId: session.partnership.id,
      personId: ctx.person.id,
      role: session.role,
      waarborgId: session.waarborg.id,
      itemId: item.id,
      text: saving.text,
      expected,
    });
  // No answer yet: an answer made elsewhere since then is a conflict.
  let written = await write(state.version ?? 'absent');
  // The answer read is gone (nothing to overwrite): this one is the first.
  if (!written.ok && !written.conflict) written = await write('absent');
  if (!written.ok) {
    if (!written.conflict) throw new Error(`the answer to ${item.id} appeared and went while saving; the turn is tried again`);
    return saving.onConflict ? saving.onConflict(session, saving.conflict, written.conflict) : conflictStep(session, saving.conflict, written.conflict);
  }
  const saved = written.saved;
  // The status (App Home) counts answers: it is published again soon, once for many answers.
  await homesChanged(ctx.scope, ctx.turn.platform, session.partnership.id, ctx.now);
  const t = ctx.texts.reflection;
  const next = withState(session, {
    version: saved.version,
    conflict: null,
    followUp: null,
    round: saving.kind === 'answer' ? 0 : state.round,
    skipped: state.skipped.filter((id) => id !== item.id),
  });
  const notice = saving.kind === 'answer' ? t.saved(ctx.person.displayName, ctx.texts.roles[session.role]) : t.added;
  return (saving.then ?? coach)(next, saved, notice);
}

/** Shows the stored text next to the new one; the choice comes as a button. */
export function conflictStep(session: Session, conflict: PendingConflict, current: Contribution): StepResult {
  const next = withState(session, { step: 'conflict', conflict, version: current.version, pausedFrom: null });
  return { messages: [renderConflict(next, conflict, current.text)], state: toStored(next.state) };
}
