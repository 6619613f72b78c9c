// The dossier check in words, line by line: what the chat matrix and the
// appendix of the working .docx both say, so the two never disagree. The
// criteria's names, the coaching's reasons and the consistency view's
// contradiction sentence are reused as they are.
import { cutAtWord } from '../../core/text';
import type { CriterionReason } from '../../domain/coaching';
import type { Divergence, DossierCheck, WaarborgCheck, WishSentence } from '../../domain/dossier-check';
import type { Draft, DraftItem } from '../../domain/draft';
import type { Texts } from '../../texts';

const QUOTE_LENGTH = 160;

/** A compiled draft and its check, with the items looked up by id. */
export interface Dossier {
  draft: Draft;
  check: DossierCheck;
}

export function itemsById(draft: Draft): Map<string, DraftItem> {
  return new Map(draft.waarborgen.flatMap((w) => w.items.map((item) => [item.id, item] as const)));
}

/** One line per criterion that some chosen text does not show, the items grouped by the coaching's reason. */
export function missingLines(texts: Texts, w: WaarborgCheck, items: ReadonlyMap<string, DraftItem>): string[] {
  const t = texts.draft.dossierCheck;
  return w.cells
    .filter((cell) => cell.unmet.length > 0)
    .map((cell) => {
      const byReason = new Map<CriterionReason, string[]>();
      for (const miss of cell.unmet) byReason.set(miss.reason, [...(byReason.get(miss.reason) ?? []), labelOf(items, miss.itemId)]);
      return t.missing(
        texts.draft.criteria[cell.criterion],
        [...byReason].map(([reason, labels]) => ({ labels, reason: texts.reflection.reasons[reason] })),
      );
    });
}

export function unchosenLine(texts: Texts, w: WaarborgCheck, items: ReadonlyMap<string, DraftItem>): string | undefined {
  return w.unchosen.length === 0 ? undefined : texts.draft.dossierCheck.unchosen(w.unchosen.map((id) => labelOf(items, id)));
}

/** A wish sentence; `max` cuts a long one (chat), none keeps it whole (the appendix). */
export function wishLine(texts: Texts, wish: WishSentence, items: ReadonlyMap<string, DraftItem>, max?: number): string {
  const sentence = oneLine(wish.sentence);
  return texts.draft.dossierCheck.wish(labelOf(items, wish.itemId), max ? cutAtWord(sentence, max) : sentence, wish.words);
}

export function divergenceLine(texts: Texts, d: Divergence, items: ReadonlyMap<string, DraftItem>): string {
  const t = texts.draft.dossierCheck;
  const { groups } = texts.partnership.names;
  const c = d.contradiction;
  const side = (e: typeof c.inPlace) => ({ group: groups[e.group], author: t.sourced(e.author, e.source ?? 'reflection'), quote: cutAtWord(oneLine(e.sentence), QUOTE_LENGTH) });
  const sentence = texts.partnership.consistency.contradiction({
    kind: c.kind,
    terms: c.terms.map((term) => texts.partnership.consistency.keyTerms[term.id]),
    inPlace: side(c.inPlace),
    other: { ...side(c.other), cue: c.other.cue ?? '' },
  });
  return t.divergence(labelOf(items, d.itemId), sentence);
}

/** Items whose chosen text misses a criterion or states a wish, and items whose contributions wait for a choice. */
export function itemsNeedingWork(w: WaarborgCheck, items: ReadonlyMap<string, DraftItem>): DraftItem[] {
  const flagged = new Set([...w.cells.flatMap((cell) => cell.unmet.map((miss) => miss.itemId)), ...w.wishes.map((wish) => wish.itemId)]);
  return [...w.chosen, ...w.unchosen]
    .map((id) => items.get(id))
    .filter((item): item is DraftItem => item !== undefined && (flagged.has(item.id) || item.state === 'not-chosen'))
    .sort((a, b) => a.number - b.number);
}

function labelOf(items: ReadonlyMap<string, DraftItem>, itemId: string): string {
  return items.get(itemId)?.label ?? itemId;
}

/** A quote on one line, so a "- " in it never becomes a list item of the view. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
