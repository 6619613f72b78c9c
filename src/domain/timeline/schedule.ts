/**
 * A partnership's timeline: every milestone of its review type dated from the visit date,
 * with the coordinator's changes, as local dates and due instants in the partnership's
 * time zone, and where the review stands at `now`.
 *
 * Times of day (local, in the partnership's zone):
 * - a deadline is due at 17:00 on its date (the end of a working day: "by Friday" means
 *   Friday is still usable);
 * - an event happens at 09:00 on its date (the start of the day), unless its definition
 *   names a time (the joint close: 16:00);
 * - a phase starts at 09:00 on its start date.
 * The local time stays the same across DST changes; the UTC instant moves by the hour.
 */
import { framework } from '../framework';
import {
  addDays,
  addMonths,
  addWorkingDays,
  addYears,
  checkHolidayPeriods,
  type HolidayPeriod,
  isLocalDate,
  isLocalTime,
  type LocalDate,
  type LocalTime,
} from './local-date';
import { getTimeline } from './milestones';
import type { MilestoneDefinition, MilestoneKind, Offset, ReviewTypeId } from './types';
import { DEFAULT_TIME_ZONE, isValidTimeZone, zonedInstant } from './zoned-time';

export const DEADLINE_TIME: LocalTime = '17:00';
export const EVENT_TIME: LocalTime = '09:00';
export const PHASE_START_TIME: LocalTime = '09:00';

/** A milestone the coordinator adds: their own title (their words, shown as written) in one of the review's phases. */
export interface AddedMilestone {
  /** Kebab-case segments separated by dots (`own.rehearsal`), unique in the timeline. */
  id: string;
  phaseId: string;
  kind: MilestoneKind;
  date: LocalDate;
  time?: LocalTime;
  title: string;
}

/** What the coordinator changed; kept as data by the store, applied here. */
export interface TimelineOverrides {
  /** A new date for a milestone (a default one or one they added). The last move of an id wins. */
  moved?: readonly { milestoneId: string; date: LocalDate }[];
  /** Marked done at that instant. */
  done?: readonly { milestoneId: string; at: Date }[];
  added?: readonly AddedMilestone[];
}

export type RejectReason = 'unknown-milestone' | 'unknown-phase' | 'duplicate-id' | 'invalid-id' | 'invalid-date' | 'invalid-time';

/** An override that could not be applied (stored data gone stale, or bad input): it is left out, never fatal. */
export interface RejectedOverride {
  override: 'moved' | 'done' | 'added';
  milestoneId: string;
  reason: RejectReason;
}

export interface ScheduleInput {
  reviewTypeId: ReviewTypeId;
  /** The (first) visit day, a local date in `timeZone`. */
  visitDate: LocalDate;
  /** IANA zone of the partnership; Europe/Amsterdam when left out. */
  timeZone?: string;
  /** Days no working-day rule lands on (weekends never count either). */
  holidays?: readonly HolidayPeriod[];
  overrides?: TimelineOverrides;
  /** The moment done, overdue and the current phase are judged at. */
  now: Date;
}

export interface ScheduledMilestone {
  id: string;
  phaseId: string;
  kind: MilestoneKind;
  origin: 'default' | 'added';
  /** For a default milestone: its data (steps, source, offset). */
  definition?: MilestoneDefinition;
  /** For an added milestone: the coordinator's own title. */
  title?: string;
  /** The date the offset gives (default milestones); `date` differs when moved. */
  defaultDate?: LocalDate;
  date: LocalDate;
  moved: boolean;
  time: LocalTime;
  dueAt: Date;
  /** Marked done at or before `now`. */
  done: boolean;
  doneAt?: Date;
  /** A deadline not done whose due instant has come (`now >= dueAt`). Events are never overdue. */
  overdue: boolean;
}

export interface ScheduledPhase {
  phaseId: string;
  startDate: LocalDate;
  startsAt: Date;
  /** The next phase's start; for the last phase, its last milestone's due instant. */
  endsAt: Date;
}

export type TimelineProgress = 'not-started' | 'in-progress' | 'finished';

export interface Schedule {
  reviewTypeId: ReviewTypeId;
  visitDate: LocalDate;
  timeZone: string;
  now: Date;
  /** By due instant; default milestones before added ones on a tie, each in data order. */
  milestones: ScheduledMilestone[];
  /** In the framework's order. */
  phases: ScheduledPhase[];
  /** The phase with `startsAt <= now < endsAt`; undefined before the first and after the last. */
  currentPhaseId: string | undefined;
  progress: TimelineProgress;
  rejected: RejectedOverride[];
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** The date an offset from the visit date lands on. */
export function applyOffset(visitDate: LocalDate, offset: Offset, holidays: readonly HolidayPeriod[]): LocalDate {
  switch (offset.unit) {
    case 'calendar-days':
      return addDays(visitDate, offset.amount);
    case 'working-days':
      return addWorkingDays(visitDate, offset.amount, holidays);
    case 'weeks':
      return addDays(visitDate, offset.amount * 7);
    case 'months':
      return addMonths(visitDate, offset.amount);
    case 'years':
      return addYears(visitDate, offset.amount);
  }
}

interface Draft {
  id: string;
  phaseId: string;
  kind: MilestoneKind;
  origin: 'default' | 'added';
  definition?: MilestoneDefinition;
  title?: string;
  defaultDate?: LocalDate;
  date: LocalDate;
  time: LocalTime;
  order: number;
}

export function computeSchedule(input: ScheduleInput): Schedule {
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const holidays = input.holidays ?? [];
  const { visitDate, now, reviewTypeId } = input;
  if (!isLocalDate(visitDate)) throw new RangeError(`visit date is not a calendar date (YYYY-MM-DD): "${visitDate}"`);
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: "${timeZone}"`);
  checkHolidayPeriods(holidays);

  const timeline = getTimeline(reviewTypeId);
  const review = framework.reviews.find((r) => r.id === reviewTypeId)!;
  const phaseOrder = review.phases.map((p) => p.id);
  const rejected: RejectedOverride[] = [];
  const overrides = input.overrides ?? {};

  const drafts = new Map<string, Draft>();
  for (const definition of timeline.milestones) {
    const date = applyOffset(visitDate, definition.offset, holidays);
    drafts.set(definition.id, {
      id: definition.id,
      phaseId: definition.phaseId,
      kind: definition.kind,
      origin: 'default',
      definition,
      defaultDate: date,
      date,
      time: definition.time ?? defaultTime(definition.kind),
      order: drafts.size,
    });
  }

  for (const added of overrides.added ?? []) {
    const reason = !ID_PATTERN.test(added.id)
      ? 'invalid-id'
      : drafts.has(added.id) || phaseOrder.includes(added.id)
        ? 'duplicate-id'
        : !phaseOrder.includes(added.phaseId)
          ? 'unknown-phase'
          : !isLocalDate(added.date)
            ? 'invalid-date'
            : added.time !== undefined && !isLocalTime(added.time)
              ? 'invalid-time'
              : undefined;
    if (reason) {
      rejected.push({ override: 'added', milestoneId: added.id, reason });
      continue;
    }
    drafts.set(added.id, {
      id: added.id,
      phaseId: added.phaseId,
      kind: added.kind,
      origin: 'added',
      title: added.title,
      date: added.date,
      time: added.time ?? defaultTime(added.kind),
      order: drafts.size,
    });
  }

  const movedIds = new Set<string>();
  for (const move of overrides.moved ?? []) {
    const draft = drafts.get(move.milestoneId);
    if (!draft) rejected.push({ override: 'moved', milestoneId: move.milestoneId, reason: 'unknown-milestone' });
    else if (!isLocalDate(move.date)) rejected.push({ override: 'moved', milestoneId: move.milestoneId, reason: 'invalid-date' });
    else {
      draft.date = move.date;
      movedIds.add(draft.id);
    }
  }

  const doneAt = new Map<string, Date>();
  for (const mark of overrides.done ?? []) {
    if (!drafts.has(mark.milestoneId)) {
      rejected.push({ override: 'done', milestoneId: mark.milestoneId, reason: 'unknown-milestone' });
      continue;
    }
    const earlier = doneAt.get(mark.milestoneId);
    if (mark.at.getTime() <= now.getTime() && (!earlier || mark.at < earlier)) doneAt.set(mark.milestoneId, mark.at);
  }

  const milestones: ScheduledMilestone[] = [...drafts.values()]
    .map((d) => {
      const dueAt = zonedInstant(d.date, d.time, timeZone);
      const at = doneAt.get(d.id);
      const milestone: ScheduledMilestone & { order: number } = {
        id: d.id,
        phaseId: d.phaseId,
        kind: d.kind,
        origin: d.origin,
        ...(d.definition ? { definition: d.definition, defaultDate: d.defaultDate } : { title: d.title }),
        date: d.date,
        moved: movedIds.has(d.id) && d.date !== d.defaultDate,
        time: d.time,
        dueAt,
        done: at !== undefined,
        ...(at ? { doneAt: at } : {}),
        overdue: d.kind === 'deadline' && at === undefined && now.getTime() >= dueAt.getTime(),
        order: d.order,
      };
      return milestone;
    })
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.order - b.order)
    .map(({ order: _order, ...m }) => m);

  const phases = schedulePhases(timeline.phases, phaseOrder, visitDate, holidays, timeZone, milestones);
  const current = phases.find((p) => p.startsAt <= now && now < p.endsAt);
  const progress: TimelineProgress = current
    ? 'in-progress'
    : now < phases[0]!.startsAt
      ? 'not-started'
      : 'finished';

  return { reviewTypeId, visitDate, timeZone, now, milestones, phases, currentPhaseId: current?.phaseId, progress, rejected };
}

function defaultTime(kind: MilestoneKind): LocalTime {
  return kind === 'deadline' ? DEADLINE_TIME : EVENT_TIME;
}

/**
 * Phases start on their default date (relative to the visit), except that the first starts
 * no later than the earliest milestone, so nothing is reminded before the review began.
 * Each phase ends where the next begins; the last where its last milestone is due.
 */
function schedulePhases(
  definitions: readonly { phaseId: string; start: Offset }[],
  phaseOrder: readonly string[],
  visitDate: LocalDate,
  holidays: readonly HolidayPeriod[],
  timeZone: string,
  milestones: readonly ScheduledMilestone[],
): ScheduledPhase[] {
  const starts = phaseOrder.map((phaseId) => {
    const definition = definitions.find((d) => d.phaseId === phaseId);
    if (!definition) throw new Error(`timeline data lacks phase "${phaseId}"`);
    return applyOffset(visitDate, definition.start, holidays);
  });
  const earliest = milestones.reduce<LocalDate | undefined>((min, m) => (min === undefined || m.date < min ? m.date : min), undefined);
  if (earliest !== undefined && earliest < starts[0]!) starts[0] = earliest;
  // Phases never start before the one ahead of them.
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) starts[i] = starts[i - 1]!;

  const startInstants = starts.map((date) => zonedInstant(date, PHASE_START_TIME, timeZone));
  const lastDue = milestones.reduce((max, m) => Math.max(max, m.dueAt.getTime()), startInstants.at(-1)!.getTime());
  return phaseOrder.map((phaseId, i) => ({
    phaseId,
    startDate: starts[i]!,
    startsAt: startInstants[i]!,
    endsAt: i + 1 < startInstants.length ? startInstants[i + 1]! : new Date(lastDue),
  }));
}
