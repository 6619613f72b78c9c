// How people name an item: a waarborg (any name or alias) and the item's number
// within it ("leeromgeving 2", "learning environment 2", "w2 2"), its label
// ("2.2") or its id.
import { findWaarborg, framework, type MinimumItem, type Waarborg } from '../framework';

export type ItemRef =
  | { ok: true; waarborg: Waarborg; item: MinimumItem; number: number }
  | { ok: false; reason: 'usage' }
  | { ok: false; reason: 'unknown-waarborg'; given: string }
  | { ok: false; reason: 'unknown-item'; waarborg: Waarborg; given: string };

export function parseItemRef(text: string): ItemRef {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 1) {
    const byId = findItem(words[0]!);
    if (byId) return byId;
    // The label the overview shows: "2.3".
    const label = /^(\d)\.(\d{1,3})$/.exec(words[0]!);
    if (label) words.splice(0, 1, label[1]!, label[2]!);
  }
  // A waarborg without an item number ("kies lerende leraar").
  if (words.length < 2 || findWaarborg(words.join(' '))) return { ok: false, reason: 'usage' };
  const last = words.at(-1)!;
  const name = words.slice(0, -1).join(' ');
  const waarborg = findWaarborg(name);
  if (!waarborg) return { ok: false, reason: 'unknown-waarborg', given: name };
  const number = /^\d{1,3}$/.test(last) ? Number(last) : NaN;
  const item = waarborg.minimumItems[number - 1];
  if (!item) return { ok: false, reason: 'unknown-item', waarborg, given: last };
  return { ok: true, waarborg, item, number };
}

/** The item with this id ("leeromgeving.minimum.2"), with its waarborg and number. */
export function findItem(itemId: string): Extract<ItemRef, { ok: true }> | undefined {
  for (const waarborg of framework.waarborgen) {
    const index = waarborg.minimumItems.findIndex((item) => item.id === itemId);
    if (index >= 0) return { ok: true, waarborg, item: waarborg.minimumItems[index]!, number: index + 1 };
  }
  return undefined;
}
