// An item as the flow works with it: framework item, waarborg, label, and the
// reply when a person names one that does not exist.
import { say } from '../../core/messages';
import type { Message } from '../../core/turn';
import { findItem, parseItemRef } from '../../domain/draft';
import type { MinimumItem, Waarborg } from '../../domain/framework';
import type { TurnContext } from '../context';

export interface FoundItem {
  waarborg: Waarborg;
  item: MinimumItem;
  number: number;
  /** "2.3" */
  label: string;
}

export function itemById(itemId: string): FoundItem | undefined {
  const found = findItem(itemId);
  return found && withLabel(found);
}

export function itemFromText(ctx: TurnContext, text: string): { ok: true; found: FoundItem } | { ok: false; reply: Message } {
  const ref = parseItemRef(text);
  const { errors } = ctx.texts.draft;
  if (ref.ok) return { ok: true, found: withLabel(ref) };
  switch (ref.reason) {
    case 'usage':
      return { ok: false, reply: say(errors.itemUsage) };
    case 'unknown-waarborg':
      return { ok: false, reply: say(errors.unknownWaarborg(ref.given.slice(0, 40))) };
    case 'unknown-item':
      return { ok: false, reply: say(errors.unknownItem(ref.waarborg.name[ctx.locale], ref.waarborg.minimumItems.length, ref.given.slice(0, 20))) };
  }
}

/** The command that opens this item again, for hints. */
export function chooseAgain(ctx: TurnContext, found: FoundItem): string {
  return ctx.texts.draft.chooseCommand(found.waarborg.name[ctx.locale], found.number);
}

function withLabel(ref: { waarborg: Waarborg; item: MinimumItem; number: number }): FoundItem {
  return { waarborg: ref.waarborg, item: ref.item, number: ref.number, label: `${ref.waarborg.number}.${ref.number}` };
}
