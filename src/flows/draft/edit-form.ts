// The form a coordinator edits an item's text in: one multiline field,
// prefilled, with the version they started from in the form id.
import { message } from '../../core/messages';
import type { Block, Message } from '../../core/turn';
import type { TurnContext } from '../context';
import type { FoundItem } from './item';
import { saveFormId, TEXT_FIELD, type ItemAction } from './names';

/**
 * Slack's text inputs hold at most 3,000 characters and cut a longer initial
 * value; saving that would silently shorten the draft. So no form is ever
 * prefilled with more than this, on any platform.
 */
export const FORM_MAX_CHARS = 3_000;

export function editForm(ctx: TurnContext, found: FoundItem, start: ItemAction, initial: string): Message {
  const texts = ctx.texts.draft;
  const fits = initial.length <= FORM_MAX_CHARS;
  const form: Block = {
    type: 'form',
    form: saveFormId(start),
    title: texts.form.title,
    submitLabel: texts.form.submit,
    fields: [
      {
        id: TEXT_FIELD,
        label: texts.form.field(found.label, found.item.text[ctx.locale]),
        kind: 'multiline',
        required: true,
        maxLength: FORM_MAX_CHARS,
        ...(initial && fits ? { initial } : {}),
      },
    ],
  };
  if (fits) return message(form);
  // Too long to prefill: show it in full, so it can be shortened by copying from here.
  return message({ type: 'text', text: texts.form.tooLongToEdit(FORM_MAX_CHARS) }, { type: 'text', text: initial }, form);
}
