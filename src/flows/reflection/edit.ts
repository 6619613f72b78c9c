// The edit form's two ends: the "Bewerk" button opens it prefilled with the
// stored answer, and the submitted form is saved against the version it was
// prefilled from (the versioned save: a change made meanwhile is a conflict).
// The same form sent twice saves once (the second finds its text already
// there); a stale one saves nothing, however often it is sent.
import { limits } from '../../core/limits';
import { message, say } from '../../core/messages';
import { hasWords } from '../../core/text';
import { findItem } from '../../domain/draft';
import type { WaarborgId } from '../../domain/framework';
import type { Message } from '../../core/turn';
import type { Contribution } from '../../domain/partnership';
import type { StepResult, TurnContext } from '../context';
import { currentPartnership } from '../partnership/current';
import { analyse } from './analyse';
import { editForm, itemLabel, mergeFormFor, parseEditFormId, TEXT_FIELD } from './edit-form';
import { conflictPrivately, formPrivately, mustMoveToPrivate, savedPrivately } from './private';
import { criteriaLines } from './render-criteria';
import { save } from './save';
import { openSession, type Session } from './session';
import { view } from './show';
import { freshState, toStored, type ReflectionState } from './state';

/** The "Bewerk" button: the form, prefilled with the answer as it is stored now. */
export async function openEditor(ctx: TurnContext, itemId: string): Promise<StepResult> {
  const t = ctx.texts.reflection;
  const found = findItem(itemId);
  if (!found) return { messages: [say(t.staleNoReflection)] };
  const current = await currentPartnership(ctx);
  if (!current.ok) return current.result;
  const stored = await ctx.scope.contributions.find(current.partnership.id, ctx.person.id, itemId);
  const label = itemLabel(found.waarborg, found.number);
  if (!stored?.text.trim()) return { messages: [say(t.editNothing(label))] };
  const form = editForm(ctx, found, { itemId, version: stored.version }, stored.text.trim());
  // In a channel the form (the answer in it) goes to the person, not to everyone there.
  return mustMoveToPrivate(ctx) ? formPrivately(ctx, form) : { messages: [form] };
}

/** The submitted form: saved against the version it was prefilled from. */
export async function submitEdit(
  ctx: TurnContext,
  state: ReflectionState | null,
  form: string,
  values: Record<string, string>,
): Promise<StepResult> {
  const t = ctx.texts.reflection;
  const start = parseEditFormId(form);
  const found = start && findItem(start.itemId);
  // This flow sends no other forms: one that claims to be ours is old or forged, and changes nothing.
  if (!start || !found) return { messages: [say(t.staleNoReflection)] };
  const current = await currentPartnership(ctx);
  if (!current.ok) return current.result;
  const { partnership, role } = current;
  const typed = (values[TEXT_FIELD] ?? '').replace(/\r\n?/g, '\n').trim();
  if (!hasWords(typed)) return { messages: [say(t.editEmpty)] };
  if (typed.length > limits.maxTextLength) return { messages: [say(ctx.texts.errors.tooLong(limits.maxTextLength))] };
  const label = itemLabel(found.waarborg, found.number);
  const stored = await ctx.scope.contributions.find(partnership.id, ctx.person.id, start.itemId);
  // Sent twice, or saved unchanged: it is there already.
  if (stored && stored.text.trim() === typed) return { messages: [say(t.editUnchanged(label))] };
  // Submitted in a channel (a Teams card there): saved, and what follows goes to the person; nothing opens here.
  if (mustMoveToPrivate(ctx)) {
    const session = openSession(ctx, partnership, role, { ...freshState(partnership.id, found.waarborg.id), index: found.number - 1, version: start.version });
    const then = (_edited: Session, saved: Contribution, notice: string) => savedPrivately(ctx, label, savedFeedback(ctx, found.waarborg.id, saved, notice));
    const onConflict = (_session: Session, _conflict: unknown, current: Contribution) => conflictPrivately(ctx, label, current, typed);
    return save(session, { text: typed, conflict: { typed, mode: 'replace' }, kind: 'answer', then, onConflict });
  }
  // The reflection of this waarborg open here carries on from the edited item; otherwise one starts there.
  const previous = state?.partnershipId === partnership.id ? state : null;
  const base = previous?.waarborgId === found.waarborg.id ? previous : freshState(partnership.id, found.waarborg.id, previous?.asked ?? {});
  const session = openSession(ctx, partnership, role, {
    ...base,
    step: 'answer',
    index: found.number - 1,
    version: start.version,
    followUp: null,
    conflict: null,
    pausedFrom: null,
    round: 0,
  });
  // A reflection of another waarborg under way here, or a choice pending on another
  // item, stays where it is: the edit is confirmed with its criteria, and the open step shown again.
  const elsewhere = (open: ReflectionState) => open.waarborgId !== found.waarborg.id || (open.step === 'conflict' && open.index !== found.number - 1);
  const other = previous && previous.step !== 'done' && elsewhere(previous) ? previous : null;
  if (!other) return save(session, { text: typed, conflict: { typed, mode: 'replace' }, kind: 'answer' });
  const open = openSession(ctx, partnership, role, other);
  const then = (edited: Session, saved: Contribution, notice: string) => backTo(open, [savedFeedback(ctx, edited.waarborg.id, saved, notice)]);
  // A conflict step here would replace the open reflection: both texts go in a form (against what is stored now) instead.
  const onConflict = (_session: Session, _conflict: unknown, current: Contribution) => {
    const form = mergeFormFor(ctx, current, typed);
    return backTo(open, [say(t.conflictTitle), ...(form ? [form] : [])]);
  };
  return save(session, { text: typed, conflict: { typed, mode: 'replace' }, kind: 'answer', then, onConflict });
}

/** The save confirmed with the criteria the text covers. */
function savedFeedback(ctx: TurnContext, waarborgId: WaarborgId, saved: Contribution, notice: string): Message {
  const analysis = analyse(saved.text, waarborgId);
  return message(
    { type: 'text', text: notice },
    { type: 'text', text: `${ctx.texts.reflection.criteriaTitle}\n${criteriaLines(analysis, ctx.texts, ctx.locale)}` },
  );
}

/** Back at the reflection open here after an edit elsewhere, with what the edit came to first. */
async function backTo(open: Session, lead: Message[]): Promise<StepResult> {
  const shown = await view(open, lead);
  // view leaves a state as it was; here that is the open reflection, not the edited waarborg.
  return { ...shown, state: shown.state ?? toStored(open.state) };
}
