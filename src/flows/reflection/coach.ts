// Coaching after a stored answer: the criteria it covers, then a follow-up
// question or the next item.
import { message } from '../../core/messages';
import type { Message } from '../../core/turn';
import { isDontKnow, type Analysis } from '../../domain/coaching';
import { conversationGroupOf, type Contribution } from '../../domain/partnership';
import type { StepResult } from '../context';
import { analyse } from './analyse';
import { nextFollowUp } from './follow-ups';
import { criteriaLines } from './render-criteria';
import { renderFollowUp } from './render-follow-up';
import { currentItem, withState, type Session } from './session';
import { advance } from './show';
import { askedFor, toStored } from './state';

export async function coach(session: Session, saved: Contribution, notice: string): Promise<StepResult> {
  const { ctx } = session;
  // "Ik weet het niet" is an answer too: noted, not coached, and on to the next item.
  if (isDontKnow(saved.text)) {
    return advance(withState(session, { step: 'answer', followUp: null }), [message({ type: 'text', text: notice }, { type: 'text', text: ctx.texts.reflection.dontKnowNoted })]);
  }
  const analysis = analyse(saved.text, session.waarborg.id);
  const feedback = message(
    { type: 'text', text: notice },
    { type: 'text', text: `${ctx.texts.reflection.criteriaTitle}\n${criteriaLines(analysis, ctx.texts, ctx.locale)}` },
  );
  return askOrAdvance(session, saved, [feedback], analysis);
}

/** Asks the next follow-up about the current item, or moves on when there is none. */
export async function askOrAdvance(
  session: Session,
  contribution: Contribution,
  lead: Message[],
  analysis: Analysis = analyse(contribution.text, session.waarborg.id),
): Promise<StepResult> {
  const itemId = currentItem(session).id;
  const { state } = session;
  const followUp = nextFollowUp(state, { itemId, group: conversationGroupOf(session.role) }, analysis, contribution.declinedFollowUps);
  if (!followUp) return advance(withState(session, { step: 'answer', followUp: null }), lead);
  const next = withState(session, {
    step: 'follow-up',
    followUp,
    round: state.round + 1,
    asked: { ...state.asked, [itemId]: [...askedFor(state, itemId), followUp.id] },
    conflict: null,
    pausedFrom: null,
  });
  return { messages: [...lead, renderFollowUp(next, followUp)], state: toStored(next.state) };
}
