// The end of a waarborg: what was answered, skipped or left open, the criteria
// each answer covers, and the way on to the other waarborgen.
import { message } from '../../core/messages';
import { cutAtWord } from '../../core/text';
import type { Message } from '../../core/turn';
import { ASSESSMENT_CRITERION_IDS } from '../../domain/framework';
import { analyse } from './analyse';
import type { WaarborgContributions, WaarborgProgress } from './contributions';
import { editButtons } from './edit-form';
import { waarborgButtons } from './render-overview';
import { waarborgName, type Session } from './session';

const SHORT_ITEM = 70;

export function renderSummary(session: Session, written: WaarborgContributions, progress: readonly WaarborgProgress[]): Message {
  const { ctx, items, state } = session;
  const t = ctx.texts.reflection;
  const skipped = new Set(state.skipped);
  const lines = items.map((item, i) => {
    const mine = written.mine.get(item.id);
    let status: string;
    if (mine) {
      const covered = new Set(analyse(mine.text, session.waarborg.id).criteria.map((c) => c.id));
      status = ASSESSMENT_CRITERION_IDS.map((id) => t.criterionMark(covered.has(id), t.criterionShort[id])).join(', ');
    } else {
      status = skipped.has(item.id) ? t.statusSkipped : t.statusOpen;
    }
    return t.summaryItem(i + 1, cutAtWord(item.text[ctx.locale], SHORT_ITEM), status);
  });
  const answered = items.filter((item) => written.mine.has(item.id)).length;
  const skippedCount = items.filter((item) => !written.mine.has(item.id) && skipped.has(item.id)).length;
  const others = progress.filter((p) => p.waarborg.id !== session.waarborg.id);
  return message(
    { type: 'heading', text: t.summaryTitle(waarborgName(session)) },
    { type: 'text', text: t.summaryCounts(answered, skippedCount, items.length - answered - skippedCount, items.length) },
    { type: 'text', text: lines.join('\n') },
    { type: 'text', text: t.summaryRevise },
    ...(answered > 0 ? [{ type: 'choices', text: t.editChoose, choices: editButtons(ctx, new Set(written.mine.keys()), [session.waarborg]) } as const] : []),
    { type: 'choices', text: t.otherWaarborgen, choices: waarborgButtons(ctx, others) },
  );
}
