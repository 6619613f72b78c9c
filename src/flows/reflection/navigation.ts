// Which item comes next: the first one after `from` that the person has not
// answered or skipped, wrapping round to earlier ones; none left → the summary.
import type { MinimumItem } from '../../domain/framework';

export function nextOpenIndex(
  items: readonly MinimumItem[],
  answered: ReadonlySet<string>,
  skipped: ReadonlySet<string>,
  from: number,
): number | undefined {
  const isOpen = (i: number) => !answered.has(items[i]!.id) && !skipped.has(items[i]!.id);
  for (let i = from + 1; i < items.length; i++) if (isOpen(i)) return i;
  for (let i = 0; i <= Math.min(from, items.length - 1); i++) if (isOpen(i)) return i;
  return undefined;
}

/** Where `reflectie <waarborg>` starts: the first item the person has not answered. */
export function firstUnansweredIndex(items: readonly MinimumItem[], answered: ReadonlySet<string>): number | undefined {
  const index = items.findIndex((item) => !answered.has(item.id));
  return index === -1 ? undefined : index;
}
