// The timeline's messages from facts: a notification, the status (phase, the
// next three deadlines, progress bars and the readiness matrix), the digest.
// Block Kit and Adaptive Card limits are the senders' (they cut and split);
// what is built here stays well inside them: a bounded number of blocks.
import type { Block, Message } from '../../core/turn';
import type { ReviewProgress } from '../../domain/draft';
import type { NotificationMoment, Schedule, ScheduledMilestone } from '../../domain/timeline';
import type { Texts } from '../../texts';

/** Buttons under the status (App Home, the `status` answer): the planning (anyone), the weekly digest now (the coordinator). */
export const HOME_PLANNING_ACTION = 'home.planning';
export const HOME_DIGEST_ACTION = 'home.digest';

export function actionsBlock(texts: Texts, partnership: { id: string }, role: string | undefined): Block {
  const t = texts.timeline.status.buttons;
  const choices = [{ label: t.planning, action: HOME_PLANNING_ACTION, value: partnership.id }];
  if (role === 'coordinator') choices.push({ label: t.digest, action: HOME_DIGEST_ACTION, value: partnership.id });
  return { type: 'choices', choices };
}

export function milestoneName(t: Texts['timeline'], milestone: Pick<ScheduledMilestone, 'id' | 'title'>): string {
  return t.milestone(milestone.id, milestone.title);
}

export function notificationMessage(t: Texts['timeline'], schedule: Schedule, moment: NotificationMoment): Message {
  const milestone = moment.milestoneId ? schedule.milestones.find((m) => m.id === moment.milestoneId) : undefined;
  const subject = milestone ? milestoneName(t, milestone) : t.phase(moment.phaseId);
  return { blocks: [{ type: 'text', text: t.notification.post(moment.kind, subject, t.date(moment.date)) }] };
}

/** Open deadlines, soonest first (overdue ones first of all). */
export function openDeadlines(schedule: Schedule): ScheduledMilestone[] {
  return schedule.milestones.filter((m) => m.kind === 'deadline' && !m.done);
}

export function phaseLine(t: Texts['timeline'], schedule: Schedule | undefined): string {
  if (!schedule) return t.status.noVisitDate;
  if (schedule.currentPhaseId) return t.status.phase(t.phase(schedule.currentPhaseId));
  if (schedule.progress === 'not-started') return t.status.notStarted(t.date(schedule.phases[0]!.startDate));
  return t.status.finished;
}

export function nextDeadlinesBlock(t: Texts['timeline'], schedule: Schedule, count = 3): Block {
  const next = openDeadlines(schedule).slice(0, count);
  const lines = next.map((m) => t.status.deadline(milestoneName(t, m), t.date(m.date), m.overdue));
  return { type: 'text', text: `**${t.status.nextDeadlines}**\n${lines.length === 0 ? t.status.noDeadlines : lines.join('\n')}` };
}

/** Progress bars per waarborg and per visit-day group, word counts, empty items and the readiness matrix. */
export function progressBlocks(texts: Texts, progress: ReviewProgress): Block[] {
  const t = texts.timeline.status;
  const blocks: Block[] = [{ type: 'heading', text: t.progress }];
  for (const w of progress.waarborgen) {
    blocks.push({ type: 'progress', label: `${t.waarborgBar(w.number, w.name)} · ${t.words(w.words, w.wordLimit)}`, done: w.answered, total: w.items });
  }
  for (const g of progress.groups) blocks.push({ type: 'progress', label: t.groupBar(texts.partnership.names.groups[g.group]), done: g.answered, total: g.items });
  const empty = progress.waarborgen.flatMap((w) => w.emptyLabels);
  blocks.push({ type: 'text', text: empty.length === 0 ? t.noneEmpty : t.empty(empty) });
  blocks.push({ type: 'text', text: `**${t.readiness}**\n${readinessRows(texts, progress.waarborgen).join('\n')}` });
  return blocks;
}

/**
 * The readiness matrix's rows: per waarborg, per criterion how many chosen texts the
 * coaching finds covering it. The status draws each cell as a bar; the dossier check
 * (src/flows/draft/dossier-check.ts) draws the same matrix with marks.
 */
export function readinessRows(
  texts: Texts,
  waarborgen: ReviewProgress['waarborgen'],
  cell: (covered: number, chosen: number) => string = bar,
): string[] {
  const t = texts.timeline.status;
  return waarborgen.map((w) =>
    t.readinessRow(
      w.number,
      w.name,
      Object.values(w.readiness).map((covered, i) => `${t.criteria[i]} ${cell(covered, w.chosen)}`),
      w.chosen,
    ),
  );
}

/** A five-cell bar in text, for the matrix's cells ("▓▓▓░░ 3/5"). */
function bar(done: number, total: number, cells = 5): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * cells);
  return `${'▓'.repeat(filled)}${'░'.repeat(cells - filled)} ${done}/${total}`;
}
