/**
 * The drill plan: when a partnership's participants get their practice questions, from a
 * start (default six weeks before the visit date) to the day before the visit.
 *
 * Slots. On each chosen weekday (ISO 1 = Monday … 7 = Sunday) at the chosen local time in
 * the partnership's IANA zone (default Europe/Amsterdam; 09:00 stays 09:00 across DST),
 * unless the date is in a configured holiday period or a Dutch public holiday
 * (`holidays.ts`). Each ISO week (Monday–Sunday, cut to the plan's range) carries
 * `questionsPerWeek` questions, spread over that week's remaining slot days, earliest
 * first: 2 a week on Tuesday and Thursday is one each; when Tuesday is Tweede Paasdag,
 * Thursday carries both; 3 a week on two days is 2 + 1. A week with no slot day left
 * carries none (the questions are not moved to another week).
 *
 * A person's own pause (`pauze tot <datum>`) holds their prompts on every date before the
 * one named; they get prompts again from that date on. `stop oefenen` holds all of them.
 *
 * The catch-up rule for prompts missed during downtime: a run at `now` looks at the slots
 * after `lastProcessed` up to `now`. A slot whose moment passed less than
 * `ON_TIME_MINUTES` ago is on time and goes out. An older one (the bot was down) goes out
 * only if `now` is still before the visit day (00:00 local on the visit date) and in
 * working hours (a weekday that is no holiday, between `workingHours.start` inclusive and
 * `end` exclusive, local); else it is skipped with a reason. Of several missed slots only
 * the latest goes out; the older ones are skipped as `superseded`, so a long downtime
 * never sends a burst of stale questions.
 *
 * Keys: `${planKey}:${personId}:${date}`, where `date` is the slot's local date. A job
 * sends a key at most once (it claims the key in the transaction that writes the prompt
 * to the outbox), so two instances, a repeated run or a redelivered job send it once.
 */
import {
  addDays,
  checkHolidayPeriods,
  type HolidayPeriod,
  isLocalDate,
  isLocalTime,
  isoWeekday,
  type LocalDate,
  type LocalTime,
} from '../timeline/local-date';
import { DEFAULT_TIME_ZONE, isValidTimeZone, localDateOf, zonedInstant } from '../timeline/zoned-time';
import { dutchHolidayOn } from './holidays';

const DEFAULT_START_WEEKS_BEFORE = 6;
const DEFAULT_WEEKDAYS: readonly number[] = [2, 4];
const DEFAULT_DRILL_TIME: LocalTime = '09:00';
const DEFAULT_QUESTIONS_PER_WEEK = 2;
const MAX_QUESTIONS_PER_WEEK = 10;
const DEFAULT_WORKING_HOURS = { start: '08:00', end: '18:00' } as const;
/** A run this long after a slot's moment still counts as on time (queue delay, a restart). */
const ON_TIME_MINUTES = 15;

export interface DrillPlanInput {
  visitDate: LocalDate;
  startDate?: LocalDate;
  weekdays?: readonly number[];
  time?: LocalTime;
  timeZone?: string;
  questionsPerWeek?: number;
  holidays?: readonly HolidayPeriod[];
  goodFriday?: boolean;
  workingHours?: { start: LocalTime; end: LocalTime };
}

export interface DrillPlan {
  visitDate: LocalDate;
  startDate: LocalDate;
  /** ISO weekdays, ascending, no repeats. */
  weekdays: readonly number[];
  time: LocalTime;
  timeZone: string;
  questionsPerWeek: number;
  holidays: readonly HolidayPeriod[];
  goodFriday: boolean;
  workingHours: { start: LocalTime; end: LocalTime };
}

export type DrillPlanProblem =
  | 'visit-date'
  | 'start-date'
  | 'start-not-before-visit'
  | 'weekdays'
  | 'time'
  | 'time-zone'
  | 'questions-per-week'
  | 'holidays'
  | 'working-hours';

/** The plan with its defaults filled in, or the problems (codes) of the input. */
export function makeDrillPlan(input: DrillPlanInput): { ok: true; plan: DrillPlan } | { ok: false; problems: DrillPlanProblem[] } {
  const problems: DrillPlanProblem[] = [];
  const visitOk = isLocalDate(input.visitDate);
  if (!visitOk) problems.push('visit-date');
  const startDate = input.startDate ?? (visitOk ? addDays(input.visitDate, -7 * DEFAULT_START_WEEKS_BEFORE) : '');
  if (input.startDate !== undefined && !isLocalDate(input.startDate)) problems.push('start-date');
  else if (visitOk && startDate >= input.visitDate) problems.push('start-not-before-visit');
  const weekdays = [...new Set(input.weekdays ?? DEFAULT_WEEKDAYS)].sort((a, b) => a - b);
  if (weekdays.length === 0 || weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) problems.push('weekdays');
  const time = input.time ?? DEFAULT_DRILL_TIME;
  if (!isLocalTime(time)) problems.push('time');
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) problems.push('time-zone');
  const questionsPerWeek = input.questionsPerWeek ?? DEFAULT_QUESTIONS_PER_WEEK;
  if (!Number.isInteger(questionsPerWeek) || questionsPerWeek < 1 || questionsPerWeek > MAX_QUESTIONS_PER_WEEK) {
    problems.push('questions-per-week');
  }
  const holidays = input.holidays ?? [];
  try {
    checkHolidayPeriods(holidays);
  } catch {
    problems.push('holidays');
  }
  const workingHours = input.workingHours ?? DEFAULT_WORKING_HOURS;
  if (!isLocalTime(workingHours.start) || !isLocalTime(workingHours.end) || workingHours.end <= workingHours.start) {
    problems.push('working-hours');
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    plan: {
      visitDate: input.visitDate,
      startDate,
      weekdays,
      time,
      timeZone,
      questionsPerWeek,
      holidays: holidays.map((h) => ({ start: h.start, end: h.end })),
      goodFriday: input.goodFriday ?? false,
      workingHours: { start: workingHours.start, end: workingHours.end },
    },
  };
}

export interface DrillSlot {
  /** Local date in the plan's zone; also the slot's part of a prompt key. */
  date: LocalDate;
  /** The instant: `plan.time` on `date` in `plan.timeZone`. */
  at: Date;
  /** How many questions this slot asks (≥ 1). */
  questions: number;
}

/** Why a date is not a slot day (for the coordinator's view of the plan). */
export type SkippedDayReason = 'holiday-period' | 'public-holiday';

/** Whether a date is a day off: in a configured period, or a Dutch public holiday. */
function dayOff(plan: Pick<DrillPlan, 'holidays' | 'goodFriday'>, date: LocalDate): SkippedDayReason | undefined {
  if (plan.holidays.some((h) => h.start <= date && date <= h.end)) return 'holiday-period';
  if (dutchHolidayOn(date, { goodFriday: plan.goodFriday })) return 'public-holiday';
  return undefined;
}

/** Every slot of the plan, by date: from `startDate` to the day before `visitDate`. */
export function drillSlots(plan: DrillPlan): DrillSlot[] {
  const weeks = new Map<LocalDate, LocalDate[]>();
  for (let d = plan.startDate; d < plan.visitDate; d = addDays(d, 1)) {
    if (!plan.weekdays.includes(isoWeekday(d)) || dayOff(plan, d)) continue;
    const monday = addDays(d, 1 - isoWeekday(d));
    const days = weeks.get(monday) ?? [];
    days.push(d);
    weeks.set(monday, days);
  }
  const slots: DrillSlot[] = [];
  for (const days of weeks.values()) {
    const n = plan.questionsPerWeek;
    days.forEach((date, j) => {
      // Spread n over the week's days, earliest first: day j carries ⌈(j+1)n/E⌉ − ⌈jn/E⌉.
      const questions = Math.ceil(((j + 1) * n) / days.length) - Math.ceil((j * n) / days.length);
      if (questions > 0) slots.push({ date, at: zonedInstant(date, plan.time, plan.timeZone), questions });
    });
  }
  return slots;
}

/** A person's own hold on the plan. */
export interface DrillHold {
  /** Prompts resume on this date (none before it). */
  pausedUntil?: LocalDate;
  stopped?: boolean;
}

/** Whether a slot reaches the person: not stopped, and not on a date before their pause ends. */
export function reachesPerson(slot: Pick<DrillSlot, 'date'>, hold: DrillHold): boolean {
  if (hold.stopped) return false;
  return hold.pausedUntil === undefined || slot.date >= hold.pausedUntil;
}

export function promptKey(planKey: string, personId: string, date: LocalDate): string {
  return `${planKey}:${personId}:${date}`;
}

/** Local working hours: a weekday, no day off, between start (inclusive) and end (exclusive). */
export function inWorkingHours(plan: DrillPlan, now: Date): boolean {
  const date = localDateOf(now, plan.timeZone);
  if (isoWeekday(date) > 5 || dayOff(plan, date)) return false;
  const t = now.getTime();
  return (
    zonedInstant(date, plan.workingHours.start, plan.timeZone).getTime() <= t &&
    t < zonedInstant(date, plan.workingHours.end, plan.timeZone).getTime()
  );
}

export type MissedPromptReason = 'superseded' | 'visit-day-reached' | 'outside-working-hours';

export interface DrillRun {
  /** Send these now (at most one missed slot, plus any on time), by moment. */
  due: DrillSlot[];
  skipped: Array<DrillSlot & { reason: MissedPromptReason }>;
  /** The next slot after `now`: when to run again. */
  next: Date | undefined;
}

/** What a run at `now` sends and skips, under the catch-up rule above. */
export function drillRun(plan: DrillPlan, input: { now: Date; lastProcessed: Date }): DrillRun {
  const now = input.now.getTime();
  const last = input.lastProcessed.getTime();
  const slots = drillSlots(plan);
  const run: DrillRun = { due: [], skipped: [], next: undefined };
  const missed: DrillSlot[] = [];
  for (const slot of slots) {
    const at = slot.at.getTime();
    if (at > now) {
      run.next ??= slot.at;
      continue;
    }
    if (at <= last) continue;
    if (now - at < ON_TIME_MINUTES * 60_000) run.due.push(slot);
    else missed.push(slot);
  }
  const latest = missed.pop();
  for (const slot of missed) run.skipped.push({ ...slot, reason: 'superseded' });
  if (latest) {
    const beforeVisit = now < zonedInstant(plan.visitDate, '00:00', plan.timeZone).getTime();
    if (!beforeVisit) run.skipped.push({ ...latest, reason: 'visit-day-reached' });
    else if (!inWorkingHours(plan, input.now)) run.skipped.push({ ...latest, reason: 'outside-working-hours' });
    else run.due.unshift(latest);
  }
  if (run.due.length > 1) run.skipped.push(...run.due.splice(0, run.due.length - 1).map((s) => ({ ...s, reason: 'superseded' as const })));
  return run;
}
