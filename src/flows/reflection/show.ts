// Moving to an item, to the next open one, or to the summary, and showing
// where the person is now. Every function returns the state it leaves behind.
import { message } from '../../core/messages';
import type { Message } from '../../core/turn';
import type { StepResult } from '../context';
import { ACTIONS, button } from './buttons';
import { contributionsTo, progressPerWaarborg, type WaarborgContributions } from './contributions';
import { nextOpenIndex } from './navigation';
import { renderConflict } from './render-conflict';
import { renderFollowUp } from './render-follow-up';
import { renderPrompt } from './render-prompt';
import { renderSummary } from './render-summary';
import { currentItem, waarborgName, withState, type Session } from './session';
import { toStored } from './state';

const written = (session: Session) => contributionsTo(session.ctx, session.partnership.id, session.waarborg.id);

/** Asks item `index`, remembering the version of the person's answer to it, if any. */
export async function showItem(session: Session, index: number, lead: Message[] = [], known?: WaarborgContributions): Promise<StepResult> {
  const contributions = known ?? (await written(session));
  const mine = contributions.mine.get(session.items[index]!.id);
  const next = withState(session, { step: 'answer', index, version: mine?.version ?? null, followUp: null, conflict: null, pausedFrom: null, round: 0 });
  return { messages: [...lead, renderPrompt(next, contributions)], state: toStored(next.state) };
}

/** After an item is done: the next item not answered or skipped, or the summary when none is left. */
export async function advance(session: Session, lead: Message[] = []): Promise<StepResult> {
  const contributions = await written(session);
  const skipped = new Set(session.state.skipped);
  const index = nextOpenIndex(session.items, new Set(contributions.mine.keys()), skipped, session.state.index);
  if (index === undefined) return finish(session, lead, contributions);
  return showItem(session, index, lead, contributions);
}

export async function finish(session: Session, lead: Message[] = [], known?: WaarborgContributions): Promise<StepResult> {
  const contributions = known ?? (await written(session));
  const progress = await progressPerWaarborg(session.ctx, session.partnership.id);
  const done = withState(session, { step: 'done', followUp: null, conflict: null, pausedFrom: null });
  return { messages: [...lead, renderSummary(done, contributions, progress)], state: toStored(done.state) };
}

/** Where the person is, shown again (a stale button, `reflectie` while one is open). Changes nothing. */
export async function view(session: Session, lead: Message[] = []): Promise<StepResult> {
  const { state } = session;
  switch (state.step) {
    case 'answer':
      return showItem(session, state.index, lead);
    case 'follow-up':
      return state.followUp ? { messages: [...lead, renderFollowUp(session, state.followUp)] } : showItem(session, state.index, lead);
    case 'conflict': {
      const stored = await session.ctx.scope.contributions.find(session.partnership.id, session.ctx.person.id, currentItem(session).id);
      if (!state.conflict || !stored) return showItem(session, state.index, lead);
      return { messages: [...lead, renderConflict(session, state.conflict, stored.text)] };
    }
    case 'paused':
      return { messages: [...lead, pausedMessage(session)] };
    case 'done':
      return finish(session, lead);
  }
}

export function pausedMessage(session: Session): Message {
  const t = session.ctx.texts.reflection;
  return message({
    type: 'choices',
    text: t.paused(waarborgName(session), session.state.index + 1),
    choices: [button(t.continueButton, ACTIONS.continue, session.waarborg.id)],
  });
}
