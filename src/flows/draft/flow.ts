// The draft flow: every button and the edit form come back here. Buttons carry
// what they act on; only a pending conflict lives in the flow state.
import { say } from '../../core/messages';
import type { TurnInput } from '../../core/turn';
import { parseDraftRequest } from '../../domain/draft';
import type { Flow, FlowState, StepResult, TurnContext } from '../context';
import { coordinator } from './access';
import { showChoices } from './choose';
import { askFormat, sendDraft } from './download';
import { editForm } from './edit-form';
import { chooseAgain, itemById, type FoundItem } from './item';
import { ACTIONS, FLOW, parseItemAction, parseSaveFormId, TEXT_FIELD, type ItemAction } from './names';
import { showWaarborg } from './overview';
import { pendingOf, stateWith } from './pending';
import { saveText } from './save';

export const draftFlow: Flow = {
  name: FLOW,
  async resume(ctx, state, input) {
    if (input.kind === 'text') return { messages: [say(ctx.texts.draft.save.pendingHint)] };
    if (input.kind === 'form') return onForm(ctx, state, input.form, input.values);
    return onAction(ctx, state, input);
  },
};

async function onAction(ctx: TurnContext, state: FlowState | null, input: Extract<TurnInput, { kind: 'action' }>): Promise<StepResult> {
  const stale = { messages: [say(ctx.texts.errors.staleAction)] };
  switch (input.action) {
    case ACTIONS.show:
      return showWaarborg(ctx, input.value);
    case ACTIONS.download: {
      // Buttons from before the two versions carry "docx" or "md": those are the clean version.
      const request = input.value.trim() ? parseDraftRequest(input.value) : undefined;
      return request ? sendDraft(ctx, request) : askFormat(ctx, ctx.texts.draft.download.unknownFormat(input.value.slice(0, 40)));
    }
    case ACTIONS.choose: {
      const found = itemById(input.value);
      if (!found) return stale;
      const access = await coordinator(ctx);
      return access.ok ? showChoices(ctx, access.partnership, found) : access.result;
    }
    case ACTIONS.use:
    case ACTIONS.edit: {
      const action = parseItemAction(input.value);
      const found = action && itemById(action.itemId);
      if (!action || !found) return stale;
      return input.action === ACTIONS.use ? useContribution(ctx, state, found, action) : openEditor(ctx, found, action);
    }
    case ACTIONS.keepMine:
    case ACTIONS.keepTheirs:
    case ACTIONS.editMine: {
      const found = itemById(input.value);
      if (!found) return stale;
      return resolveConflict(ctx, state, found, input.action);
    }
    default:
      return stale;
  }
}

/** "Use this": the contribution's text as it is now goes into the draft. */
async function useContribution(ctx: TurnContext, state: FlowState | null, found: FoundItem, action: ItemAction): Promise<StepResult> {
  const access = await coordinator(ctx);
  if (!access.ok) return access.result;
  const contribution = await findContribution(ctx, access.partnership.id, found, action.contributionId);
  if (!contribution) return { messages: [say(ctx.texts.draft.save.contributionGone(chooseAgain(ctx, found)))] };
  return saveText(ctx, access.partnership, found, { text: contribution.text, sources: [contribution.id], expected: action.version ?? 'absent' }, state);
}

/**
 * The edit form. From a contribution: its text, against the draft version the
 * coordinator saw in the list. Otherwise: the draft's text as it is now, with that version.
 */
async function openEditor(ctx: TurnContext, found: FoundItem, action: ItemAction): Promise<StepResult> {
  const access = await coordinator(ctx);
  if (!access.ok) return access.result;
  if (action.contributionId) {
    const contribution = await findContribution(ctx, access.partnership.id, found, action.contributionId);
    if (!contribution) return { messages: [say(ctx.texts.draft.save.contributionGone(chooseAgain(ctx, found)))] };
    return { messages: [editForm(ctx, found, action, contribution.text.trim())] };
  }
  const entry = await ctx.scope.drafts.get(access.partnership.id, found.item.id);
  const start: ItemAction = { itemId: found.item.id, contributionId: null, version: entry?.version ?? null };
  return { messages: [editForm(ctx, found, start, entry?.text.trim() ?? '')] };
}

async function onForm(ctx: TurnContext, state: FlowState | null, form: string, values: Record<string, string>): Promise<StepResult> {
  const start = parseSaveFormId(form);
  const found = start && itemById(start.itemId);
  if (!start || !found) return { messages: [say(ctx.texts.errors.staleAction)] };
  const access = await coordinator(ctx);
  if (!access.ok) return access.result;
  const sources = start.contributionId ? [start.contributionId] : [];
  return saveText(ctx, access.partnership, found, { text: values[TEXT_FIELD] ?? '', sources, expected: start.version ?? 'absent' }, state);
}

async function resolveConflict(ctx: TurnContext, state: FlowState | null, found: FoundItem, action: string): Promise<StepResult> {
  const access = await coordinator(ctx);
  if (!access.ok) return access.result;
  const texts = ctx.texts.draft.save;
  const pending = pendingOf(state);
  const mine = pending[found.item.id];
  if (action === ACTIONS.keepTheirs) {
    delete pending[found.item.id];
    return { messages: [say(texts.keptTheirs(found.label))], state: stateWith(state, pending) };
  }
  if (!mine) return { messages: [say(texts.conflictGone(chooseAgain(ctx, found)))] };
  if (action === ACTIONS.editMine) {
    const start: ItemAction = { itemId: found.item.id, contributionId: mine.sources[0] ?? null, version: mine.version };
    return { messages: [editForm(ctx, found, start, mine.text)] };
  }
  return saveText(ctx, access.partnership, found, { text: mine.text, sources: mine.sources, expected: mine.version ?? 'absent' }, state);
}

async function findContribution(ctx: TurnContext, partnershipId: string, found: FoundItem, contributionId: string | null) {
  if (!contributionId) return undefined;
  const contributions = await ctx.scope.contributions.list(partnershipId, { itemId: found.item.id });
  return contributions.find((c) => c.id === contributionId && c.text.trim());
}
