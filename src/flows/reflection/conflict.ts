// The person chose after a conflict: keep the stored text, use theirs, keep both,
// or merge both in the edit form.
import { limits } from '../../core/limits';
import { appended } from '../../core/text';
import { say } from '../../core/messages';
import type { StepResult } from '../context';
import type { ConflictChoice } from './buttons';
import { askOrAdvance } from './coach';
import { mergeFormFor } from './edit-form';
import { conflictStep, save } from './save';
import { currentItem, withState, type Session } from './session';
import { view } from './show';

export async function resolveConflict(session: Session, choice: ConflictChoice): Promise<StepResult> {
  const { ctx, state } = session;
  const t = ctx.texts.reflection;
  const conflict = state.conflict;
  const stored = await ctx.scope.contributions.find(session.partnership.id, ctx.person.id, currentItem(session).id);
  if (!conflict || !stored) return view(withState(session, { step: 'answer' }));
  // Changed yet again since the choice was offered: offer it again with what is there now.
  if (stored.version !== state.version) return conflictStep(session, conflict, stored);

  // Both texts in the edit form; the choice stays open until it is saved.
  if (choice === 'edit') {
    const form = mergeFormFor(ctx, stored, conflict.typed);
    return form ? { messages: [form] } : view(session);
  }
  const next = withState(session, { step: 'answer', conflict: null });
  if (choice === 'keep') return askOrAdvance(next, stored, [say(t.keptStored)]);
  const text = choice === 'mine' && conflict.mode === 'replace' ? conflict.typed : appended(stored.text, conflict.typed);
  if (text.length > limits.maxTextLength) return { messages: [say(t.tooLongTogether(limits.maxTextLength))] };
  return save(next, { text, conflict, kind: conflict.mode === 'replace' && choice === 'mine' ? 'answer' : 'addition' });
}
