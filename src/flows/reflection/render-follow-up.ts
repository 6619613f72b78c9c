// A coaching follow-up: the question the coaching chose, in the person's language, with a way to decline.
import { message } from '../../core/messages';
import type { Message } from '../../core/turn';
import { followUpPrompt } from '../../texts/follow-up';
import { ACTIONS, button } from './buttons';
import { conversationGroupOf } from '../../domain/partnership';
import { currentItem, waarborgName, type Session } from './session';
import type { PendingFollowUp } from './state';

export function renderFollowUp(session: Session, followUp: PendingFollowUp): Message {
  const t = session.ctx.texts.reflection;
  const itemId = currentItem(session).id;
  // The card names its item: what the person types lands there, not on the next one.
  const about = t.followUpFor(waarborgName(session), session.state.index + 1, session.items.length);
  return message({
    type: 'choices',
    text: `${about}\n${followUpPrompt(followUp, session.ctx.locale, conversationGroupOf(session.role))}\n\n${t.followUpHint}`,
    choices: [button(t.declineButton, ACTIONS.decline, itemId, followUp.id), button(t.pauseButton, ACTIONS.pause, itemId)],
  });
}
