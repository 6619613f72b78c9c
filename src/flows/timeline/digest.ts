// The weekly digest: one short line in the channel (phase, open and overdue
// milestones), the details in its thread: the next deadlines, open milestones,
// progress bars per waarborg and visit-day group, empty items, words against
// the limit, the readiness matrix, the selected vraagstukken, and the drills'
// readiness per group and waarborg.
import type { Locale, Message } from '../../core/turn';
import type { Partnership } from '../../domain/partnership';
import type { Schedule } from '../../domain/timeline';
import { textsFor } from '../../texts';
import type { FlowScope } from '../context';
import { drillReadinessBlocks } from '../drills';
import { milestoneName, nextDeadlinesBlock, openDeadlines, progressBlocks } from './render';
import { loadProgress, vraagstukkenBlocks } from './progress';

/** Open milestones listed in the thread; the rest is in `planning`. */
const OPEN_SHOWN = 10;

export async function digestMessage(scope: FlowScope, partnership: Partnership, schedule: Schedule, locale: Locale): Promise<Message> {
  const texts = textsFor(locale);
  const t = texts.timeline;
  const open = openDeadlines(schedule);
  const overdue = open.filter((m) => m.overdue).length;
  const phase = schedule.currentPhaseId ? t.phase(schedule.currentPhaseId) : t.status.open;
  const progress = await loadProgress(scope, partnership, locale);
  const openLines = open.slice(0, OPEN_SHOWN).map((m) => t.status.deadline(milestoneName(t, m), t.date(m.date), m.overdue));
  return {
    blocks: [{ type: 'text', text: t.digest.top(partnership.name, phase, open.length, overdue) }],
    thread: [
      {
        blocks: [
          { type: 'heading', text: t.digest.details },
          nextDeadlinesBlock(t, schedule),
          { type: 'text', text: `**${t.digest.openMilestones}**\n${openLines.length === 0 ? t.status.noDeadlines : openLines.join('\n')}` },
          ...progressBlocks(texts, progress),
          ...(await vraagstukkenBlocks(scope, partnership, locale)),
          // Practice drills: readiness per group and waarborg, once anyone practised (issue 10).
          ...(await drillReadinessBlocks(scope, partnership, locale)),
        ],
      },
    ],
  };
}
