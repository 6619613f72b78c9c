// Editing an answer after it was given: a form prefilled with the stored text
// (Slack shows it as a modal, Teams as an Adaptive Card), reached from a button
// on the summary, on `voortgang` and under a conflict ("Samenvoegen en
// bewerken", prefilled with both texts). The form's id carries the item and the
// version it was prefilled from, so no conversation state is needed: saving
// goes through the versioned save, where a change made meanwhile is a conflict.
// This file makes the form and the buttons; edit.ts takes the form back.
import { message } from '../../core/messages';
import type { Block, Choice, Message } from '../../core/turn';
import { appended } from '../../core/text';
import { findItem } from '../../domain/draft';
import type { MinimumItem, Waarborg } from '../../domain/framework';
import type { Contribution } from '../../domain/partnership';
import { FORM_MAX_CHARS } from '../draft/edit-form';
import type { TurnContext } from '../context';
import { ACTIONS, button } from './buttons';
import { FLOW } from './state';

const EDIT_FORM = `${FLOW}.edit`;
export const TEXT_FIELD = 'text';

export interface EditStart {
  itemId: string;
  /** The version of the answer the form was prefilled from. */
  version: number;
}

function editFormId({ itemId, version }: EditStart): string {
  return `${EDIT_FORM}|${itemId}|${version}`;
}

export function parseEditFormId(form: string): EditStart | undefined {
  const [name, itemId, version, ...rest] = form.split('|');
  if (name !== EDIT_FORM || !itemId || !version || rest.length > 0 || !/^\d{1,9}$/.test(version)) return undefined;
  return { itemId, version: Number(version) };
}

/** "2.3": waarborg 2, item 3. */
export function itemLabel(waarborg: Waarborg, number: number): string {
  return `${waarborg.number}.${number}`;
}

export interface FoundItem {
  waarborg: Waarborg;
  item: MinimumItem;
  number: number;
}

export function editForm(ctx: TurnContext, found: FoundItem, start: EditStart, initial: string): Message {
  const t = ctx.texts.reflection;
  const fits = initial.length <= FORM_MAX_CHARS;
  const form: Block = {
    type: 'form',
    form: editFormId(start),
    title: t.editTitle,
    submitLabel: t.editSubmit,
    fields: [
      {
        id: TEXT_FIELD,
        label: t.editField(itemLabel(found.waarborg, found.number), found.item.text[ctx.locale]),
        kind: 'multiline',
        required: true,
        maxLength: FORM_MAX_CHARS,
        ...(initial && fits ? { initial } : {}),
      },
    ],
  };
  if (fits) return message(form);
  // Too long to prefill (a Slack input cuts it): shown in full, to copy from.
  return message({ type: 'text', text: t.editTooLong(FORM_MAX_CHARS) }, { type: 'text', text: initial }, form);
}

/** The form for an item, prefilled with `initial`, against the stored version. */
function editFormFor(ctx: TurnContext, itemId: string, version: number, initial: string): Message | undefined {
  const found = findItem(itemId);
  return found && editForm(ctx, found, { itemId, version }, initial);
}

/** "Samenvoegen en bewerken": the form prefilled with what is stored and what was typed, against the stored version. */
export function mergeFormFor(ctx: TurnContext, stored: Pick<Contribution, 'itemId' | 'version' | 'text'>, typed: string): Message | undefined {
  return editFormFor(ctx, stored.itemId, stored.version, appended(stored.text.trim(), typed.trim()));
}

/** One "Bewerk 2.3" button per answered item, in framework order. */
export function editButtons(ctx: TurnContext, answeredItemIds: ReadonlySet<string>, waarborgen: readonly Waarborg[]): Choice[] {
  const t = ctx.texts.reflection;
  return waarborgen.flatMap((waarborg) =>
    waarborg.minimumItems.flatMap((item, i) =>
      answeredItemIds.has(item.id) ? [button(t.editButton(itemLabel(waarborg, i + 1)), ACTIONS.edit, item.id)] : [],
    ),
  );
}

