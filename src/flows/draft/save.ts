// Saving an item's text into the draft with the version the editor started
// from. Someone else saving in between (or the same form arriving twice) is
// a conflict: the reply then shows both texts, and keeps
// "mine" in the flow state until the coordinator picks one. Nothing is lost.
import { limits } from '../../core/limits';
import { commandButton, message, say } from '../../core/messages';
import type { Choice } from '../../core/turn';
import type { Expected } from '../../core/versioned';
import { assessText, type Draft, type DraftEntry } from '../../domain/draft';
import type { Partnership } from '../../domain/partnership';
import { textStatus, waarborgStatus } from '../../texts/draft-status';
import type { FlowState, StepResult, TurnContext } from '../context';
import { publishHomes } from '../timeline/home-view';
import type { FoundItem } from './item';
import { loadDraft } from './load';
import { ACTIONS } from './names';
import { pendingOf, stateWith } from './pending';

export interface SaveInput {
  text: string;
  sources: string[];
  /** The entry the editor started from. */
  expected: Expected;
}

export async function saveText(
  ctx: TurnContext,
  partnership: Partnership,
  found: FoundItem,
  input: SaveInput,
  state: FlowState | null,
): Promise<StepResult> {
  const texts = ctx.texts.draft.save;
  const text = input.text.replace(/\r\n?/g, '\n').trim();
  if (!text) return { messages: [say(texts.emptyText)] };
  if (text.length > limits.maxTextLength) return { messages: [say(texts.tooLong(limits.maxTextLength))] };
  const pending = pendingOf(state);
  const sources = await ownSources(ctx, partnership, found, input.sources);
  const written = await ctx.scope.drafts.save({
    partnershipId: partnership.id,
    waarborgId: found.waarborg.id,
    itemId: found.item.id,
    text,
    sourceContributionIds: sources,
    editedById: ctx.person.id,
    expected: input.expected,
  });
  if (!written.ok) {
    const current = written.conflict;
    // Expected an entry that is gone: nothing to overwrite, so save it as the first.
    if (!current) return saveText(ctx, partnership, found, { ...input, expected: 'absent' }, state);
    delete pending[found.item.id];
    if (current.text.trim() === text) return { messages: [say(texts.alreadySaved(found.label))], state: stateWith(state, pending) };
    pending[found.item.id] = { text, version: current.version, sources };
    return { messages: [conflictMessage(ctx, found, current, text)], state: stateWith(state, pending) };
  }
  delete pending[found.item.id];
  // The readiness changed: every member's App Home shows it.
  await publishHomes(ctx.scope, ctx.outbox, ctx.turn.platform, partnership, ctx.now);
  return { messages: [await savedMessage(ctx, partnership, found, text)], state: stateWith(state, pending) };
}

/**
 * The sources that are contributions to this item in this partnership (the
 * scope is the tenant's own). The ids come back from a form or a button, which
 * could be forged: any other id is dropped, never saved as a source.
 */
async function ownSources(ctx: TurnContext, partnership: Partnership, found: FoundItem, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const known = new Set((await ctx.scope.contributions.list(partnership.id, { itemId: found.item.id })).map((c) => c.id));
  return [...new Set(ids)].filter((id) => known.has(id));
}

async function savedMessage(ctx: TurnContext, partnership: Partnership, found: FoundItem, text: string) {
  const texts = ctx.texts.draft;
  const draft = await loadDraft(ctx.scope, partnership, ctx.locale);
  const waarborg = draft.waarborgen.find((w) => w.id === found.waarborg.id)!;
  const status = textStatus(texts, assessText(text, found.waarborg.id));
  return message({
    type: 'choices',
    text: texts.save.saved(found.label, status, waarborgStatus(texts, waarborg)),
    choices: nextSteps(ctx, draft, found),
  });
}

/**
 * The coordinator's next step: the next item after this one (in framework order,
 * round to the start) with no text chosen yet, the waarborg, the whole draft;
 * with every item chosen, the dossier check instead of a next item.
 */
function nextSteps(ctx: TurnContext, draft: Draft, found: FoundItem): Choice[] {
  const texts = ctx.texts.draft.save;
  const items = draft.waarborgen.flatMap((w) => w.items);
  const here = items.findIndex((item) => item.id === found.item.id);
  const after = [...items.slice(here + 1), ...items.slice(0, Math.max(here, 0))];
  const next = after.find((item) => item.state !== 'chosen');
  return [
    next ? { label: texts.nextItem(next.label), action: ACTIONS.choose, value: next.id, style: 'primary' } : commandButton(texts.toCheck, 'dossiercheck'),
    { label: texts.backToWaarborg, action: ACTIONS.show, value: found.waarborg.id },
    commandButton(texts.toOverview, 'concept'),
  ];
}

function conflictMessage(ctx: TurnContext, found: FoundItem, current: DraftEntry, mine: string) {
  const texts = ctx.texts.draft.save;
  const value = found.item.id;
  return message(
    { type: 'text', text: current.editedById === ctx.person.id ? texts.conflictSelf(found.label) : texts.conflict(found.label, current.editorName) },
    { type: 'text', text: texts.theirs(current.editorName, current.text.trim()) },
    { type: 'text', text: texts.yours(mine) },
    {
      type: 'choices',
      choices: [
        { label: texts.keepMine, action: ACTIONS.keepMine, value, style: 'primary' },
        { label: texts.keepTheirs, action: ACTIONS.keepTheirs, value },
        { label: texts.editMine, action: ACTIONS.editMine, value },
      ],
    },
  );
}
