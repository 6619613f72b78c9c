// Moving through a waarborg: skip, back, pause, continue, stop, revise an item,
// decline a follow-up. Typed words and buttons both end up here.
import { say } from '../../core/messages';
import { cutAtWord } from '../../core/text';
import type { StepResult } from '../context';
import { contributionsTo } from './contributions';
import { firstUnansweredIndex } from './navigation';
import { currentItem, waarborgName, withState, type Session } from './session';
import { advance, finish, pausedMessage, showItem, view } from './show';
import { toStored } from './state';

/** A paused reflection is picked up again by any move. */
export function unpause(session: Session): Session {
  const { state } = session;
  return state.step === 'paused' ? withState(session, { step: state.pausedFrom ?? 'answer', pausedFrom: null }) : session;
}

export async function skip(session: Session): Promise<StepResult> {
  const { ctx, state } = session;
  const t = ctx.texts.reflection;
  if (state.step === 'follow-up') return decline(session);
  if (state.step === 'conflict') return view(session, [say(t.conflictPending)]);
  if (state.step === 'done') return { messages: [say(t.finishedHint(waarborgName(session)))] };
  const item = currentItem(session);
  const mine = await ctx.scope.contributions.find(session.partnership.id, ctx.person.id, item.id);
  const n = state.index + 1;
  // Skipping an answered item keeps its answer; an unanswered one stays open for later.
  const next = withState(session, { skipped: mine ? state.skipped : [...new Set([...state.skipped, item.id])] });
  return advance(next, [say(mine ? t.keptAnswer(n) : t.skipped(n))]);
}

export async function back(session: Session): Promise<StepResult> {
  const { state } = session;
  const t = session.ctx.texts.reflection;
  switch (state.step) {
    case 'conflict':
      return view(session, [say(t.conflictPending)]);
    case 'follow-up':
      // Back from a follow-up is the item's own question, with the answer so far.
      return showItem(session, state.index);
    case 'done':
      return showItem(session, session.items.length - 1);
    default:
      if (state.index === 0) return showItem(session, 0, [say(t.firstItem)]);
      return showItem(session, state.index - 1);
  }
}

export function pause(session: Session): StepResult {
  const { state } = session;
  if (state.step === 'done') return { messages: [say(session.ctx.texts.reflection.finishedHint(waarborgName(session)))] };
  if (state.step === 'paused') return { messages: [pausedMessage(session)] };
  const paused = withState(session, { step: 'paused', pausedFrom: state.step });
  return { messages: [pausedMessage(paused)], state: toStored(paused.state) };
}

/** `reflectie` while one is open, the "ga door" button: show where the person was. */
export async function resume(session: Session): Promise<StepResult> {
  if (session.state.step !== 'paused') return view(session);
  const t = session.ctx.texts.reflection;
  const unpaused = unpause(session);
  const shown = await view(unpaused, [say(t.resumed(waarborgName(session), session.state.index + 1))]);
  // view keeps the state it shows as it is; here that is the unpaused one.
  return { ...shown, state: shown.state ?? toStored(unpaused.state) };
}

/** Typed `ga door`: resume; at a follow-up it means "no, continue"; at the summary, pick up what is still open. */
export async function continueOn(session: Session): Promise<StepResult> {
  const { state } = session;
  if (state.step === 'follow-up') return decline(session);
  if (state.step !== 'done') return resume(session);
  const written = await contributionsTo(session.ctx, session.partnership.id, session.waarborg.id);
  const open = firstUnansweredIndex(session.items, new Set(written.mine.keys()));
  const again = withState(session, { skipped: [] });
  return open === undefined ? finish(again, [], written) : showItem(again, open, [], written);
}

export function stop(session: Session): StepResult {
  return { messages: [say(session.ctx.texts.reflection.stopped)], state: null };
}

/** `herzie 3`: item 3 of this waarborg again; without a number, the list to choose from. */
export async function revise(session: Session, given: string): Promise<StepResult> {
  const { ctx, items, state } = session;
  const t = ctx.texts.reflection;
  if (state.step === 'conflict') return view(session, [say(t.conflictPending)]);
  if (!given) {
    const list = items.map((item, i) => `- ${i + 1}. ${cutAtWord(item.text[ctx.locale], 90)}`).join('\n');
    return { messages: [say(`${t.reviseWhich}\n${list}`)] };
  }
  const n = /^\d{1,3}$/.test(given) ? Number(given) : NaN;
  if (!(n >= 1 && n <= items.length)) return { messages: [say(t.reviseBadNumber(given.slice(0, 40), items.length))] };
  return showItem(session, n - 1);
}

/**
 * "Nee, ga door": on to the next item, with no other follow-up about this one
 * (what the person typed next is meant for the next item). This follow-up is
 * not asked again for the item, in any session of this person.
 */
export async function decline(session: Session): Promise<StepResult> {
  const { ctx, state } = session;
  const t = ctx.texts.reflection;
  const stored = await ctx.scope.contributions.find(session.partnership.id, ctx.person.id, currentItem(session).id);
  if (stored && state.followUp) await ctx.scope.contributions.declineFollowUp(stored.id, state.followUp.id);
  return advance(withState(session, { step: 'answer', followUp: null }), [say(t.declined)]);
}
