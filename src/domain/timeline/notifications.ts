/**
 * When the timeline speaks: the moments of its channel posts, and which of them a run at
 * `now` posts or skips.
 *
 * Moments (each an instant in the partnership's zone, at the deadline's own local time):
 * - `phase-started`: a phase's start (09:00 local on its start date);
 * - `deadline-in-7-days`, `deadline-in-1-day`: 7 and 1 calendar days before a deadline, at
 *   its local due time (17:00 stays 17:00 across DST, so "7 days" may be 167 or 169 hours);
 * - `deadline-passed`: the deadline's due instant, posted only if it is still not done.
 *
 * The one catch-up rule. A run at `now` handles every moment up to `now` that no earlier
 * run handled: one that came while the bot was down (after `lastProcessed`), everything
 * before the partnership was set up (no `lastProcessed`), and, after the coordinator
 * changed dates (`previous`: the schedule before the change), a deadline's moment under a
 * date it did not have before, and the start of a phase that had not started before. It
 * posts such a moment at once if it is still relevant at `now`, and otherwise skips it with
 * a reason (for the log); it never posts a burst of stale ones:
 * - a 7-day reminder is relevant until the 1-day reminder's moment (then `superseded`);
 * - a 1-day reminder until the deadline (then `superseded` by the deadline-passed post);
 * - a deadline-passed post for `UNMET_DEADLINE_RELEVANT_DAYS` (3) days, same local time
 *   (then `stale`);
 * - a phase start while the phase lasts (then `phase-ended`);
 * - nothing about a deadline that is done at `now` (`done`).
 * `now < relevantUntil` is relevant; `relevantUntil` itself is not.
 *
 * Keys: `${partnershipId}:${milestoneId}:${kind}:${date}` (for a phase start,
 * `${partnershipId}:${phaseId}:phase-started:${startDate}`), where `date` is the deadline's
 * or the phase's local date. A job posts a key at most once (it claims it, so two instances
 * or a repeated run post once); a moved deadline gets new keys, so its new date is reminded
 * while its old keys never come back. A phase whose start date shifts after it was
 * announced is not announced again (`previous`). A changed time zone or time of day keeps
 * the keys: the date did not move.
 */
import { addDays, type LocalDate } from './local-date';
import type { Schedule } from './schedule';
import { zonedInstant } from './zoned-time';

export type NotificationKind = 'phase-started' | 'deadline-in-7-days' | 'deadline-in-1-day' | 'deadline-passed';

export const UNMET_DEADLINE_RELEVANT_DAYS = 3;

export interface NotificationMoment {
  key: string;
  kind: NotificationKind;
  phaseId: string;
  /** Set for the deadline kinds. */
  milestoneId?: string;
  /** The local date the key names: the deadline's date, or the phase's start date. */
  date: LocalDate;
  at: Date;
  /** The moment stops being worth posting (exclusive). */
  relevantUntil: Date;
}

export type SkipReason = 'done' | 'superseded' | 'stale' | 'phase-ended';

export interface SkippedNotification extends NotificationMoment {
  reason: SkipReason;
}

export interface NotificationRun {
  /** Post these now, in this order (by moment; a phase start first on a tie). */
  due: NotificationMoment[];
  /** Log these and do not post them. */
  skipped: SkippedNotification[];
  /** The earliest later moment that may still be posted: when to run next. */
  next: Date | undefined;
}

const KIND_ORDER: Record<NotificationKind, number> = {
  'phase-started': 0,
  'deadline-passed': 1,
  'deadline-in-1-day': 2,
  'deadline-in-7-days': 3,
};

/** Every moment the schedule has, done deadlines included, by instant. */
export function notificationMoments(schedule: Schedule, partnershipId: string): NotificationMoment[] {
  const moments: NotificationMoment[] = [];
  for (const phase of schedule.phases) {
    moments.push({
      key: `${partnershipId}:${phase.phaseId}:phase-started:${phase.startDate}`,
      kind: 'phase-started',
      phaseId: phase.phaseId,
      date: phase.startDate,
      at: phase.startsAt,
      relevantUntil: phase.endsAt,
    });
  }
  for (const m of schedule.milestones) {
    if (m.kind !== 'deadline') continue;
    const before = (days: number) => zonedInstant(addDays(m.date, -days), m.time, schedule.timeZone);
    const moment = (kind: NotificationKind, at: Date, relevantUntil: Date): NotificationMoment => ({
      key: `${partnershipId}:${m.id}:${kind}:${m.date}`,
      kind,
      phaseId: m.phaseId,
      milestoneId: m.id,
      date: m.date,
      at,
      relevantUntil,
    });
    const oneDay = before(1);
    moments.push(
      moment('deadline-in-7-days', before(7), oneDay),
      moment('deadline-in-1-day', oneDay, m.dueAt),
      moment('deadline-passed', m.dueAt, before(-UNMET_DEADLINE_RELEVANT_DAYS)),
    );
  }
  return moments.sort((a, b) => a.at.getTime() - b.at.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

export interface NotificationRunInput {
  /** Judged at `schedule.now`, with its done marks. */
  schedule: Schedule;
  partnershipId: string;
  /** Up to where the last run handled the moments; undefined for a partnership just set up. */
  lastProcessed?: Date;
  /** After a change of dates: the schedule before it (its moments up to `lastProcessed` were handled). */
  previous?: Schedule;
}

/**
 * What a run at `schedule.now` posts and skips under the catch-up rule above. The caller
 * then records `schedule.now` as its next `lastProcessed`, and runs again at `next`.
 */
export function notificationsDue({ schedule, partnershipId, lastProcessed, previous }: NotificationRunInput): NotificationRun {
  const now = schedule.now.getTime();
  const done = new Set(schedule.milestones.filter((m) => m.done).map((m) => m.id));
  const handledBefore =
    lastProcessed && previous
      ? new Set(
          notificationMoments(previous, partnershipId)
            .filter((m) => m.at.getTime() <= lastProcessed.getTime())
            .map(identity),
        )
      : undefined;
  const wasHandled = (moment: NotificationMoment) =>
    lastProcessed !== undefined &&
    moment.at.getTime() <= lastProcessed.getTime() &&
    (handledBefore === undefined || handledBefore.has(identity(moment)));

  const run: NotificationRun = { due: [], skipped: [], next: undefined };
  for (const moment of notificationMoments(schedule, partnershipId)) {
    const isDone = moment.milestoneId !== undefined && done.has(moment.milestoneId);
    const at = moment.at.getTime();
    if (at > now) {
      if (!isDone && (run.next === undefined || at < run.next.getTime())) run.next = moment.at;
      continue;
    }
    if (wasHandled(moment)) continue;
    if (isDone) run.skipped.push({ ...moment, reason: 'done' });
    else if (now < moment.relevantUntil.getTime()) run.due.push(moment);
    else run.skipped.push({ ...moment, reason: expiredReason(moment.kind) });
  }
  return run;
}

/** A deadline's moment is the same one only on the same date (its key); a phase start is its phase's, whatever the date. */
function identity(moment: NotificationMoment): string {
  return moment.kind === 'phase-started' ? `phase-started:${moment.phaseId}` : moment.key;
}

function expiredReason(kind: NotificationKind): SkipReason {
  switch (kind) {
    case 'phase-started':
      return 'phase-ended';
    case 'deadline-passed':
      return 'stale';
    case 'deadline-in-7-days':
    case 'deadline-in-1-day':
      return 'superseded';
  }
}
