// A typed answer: to the item itself (replaces the person's answer) or to a
// follow-up (added to it, a blank line between).
import { limits } from '../../core/limits';
import { say } from '../../core/messages';
import type { StepResult } from '../context';
import { appended, hasWords } from '../../core/text';
import { save } from './save';
import { currentItem, waarborgName, type Session } from './session';

export async function answerItem(session: Session, typed: string): Promise<StepResult> {
  // No letters or digits ("...", "-"): ask again, store nothing.
  if (!hasWords(typed)) return { messages: [say(session.ctx.texts.coaching.askAnswer(waarborgName(session)))] };
  return save(session, { text: typed, conflict: { typed, mode: 'replace' }, kind: 'answer' });
}

export async function answerFollowUp(session: Session, typed: string): Promise<StepResult> {
  const { ctx } = session;
  if (!hasWords(typed)) return { messages: [say(ctx.texts.reflection.emptyFollowUp)] };
  const stored = await ctx.scope.contributions.find(session.partnership.id, ctx.person.id, currentItem(session).id);
  const text = appended(stored?.text, typed);
  if (text.length > limits.maxTextLength) return { messages: [say(ctx.texts.reflection.tooLongTogether(limits.maxTextLength))] };
  return save(session, { text, conflict: { typed, mode: 'append' }, kind: 'addition' });
}
