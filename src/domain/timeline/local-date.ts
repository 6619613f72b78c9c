/**
 * Calendar dates without a time or a zone ("2027-03-28"), the way a coordinator names a
 * visit day or a holiday. Arithmetic runs on day numbers (days since 1970-01-01), so no
 * time zone or DST can shift a date; `zoned-time.ts` turns a date plus a wall-clock time
 * into an instant.
 */

/** An ISO calendar date, `YYYY-MM-DD`. Check untrusted input with `isLocalDate`. */
export type LocalDate = string;

/** A wall-clock time, `HH:MM` (24-hour). */
export type LocalTime = string;

/** A holiday period: every date from `start` to `end`, both included. */
export interface HolidayPeriod {
  start: LocalDate;
  end: LocalDate;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date in `YYYY-MM-DD` form (not 2027-02-30). */
export function isLocalDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(utcMs(y, mo, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for `HH:MM` between 00:00 and 23:59. */
export function isLocalTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}

export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  if (!isLocalDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): "${date}"`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function parseLocalTime(time: LocalTime): { hour: number; minute: number } {
  const m = TIME_PATTERN.exec(time);
  if (!m) throw new RangeError(`not a time (HH:MM): "${time}"`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

function dayNumber(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return utcMs(year, month, day) / MS_PER_DAY;
}

function fromDayNumber(n: number): LocalDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Date.UTC without its mapping of years 0–99 to 1900–1999. */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar months; a day past the end of the target month becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = new Date(utcMs(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromDayNumber(utcMs(targetYear, targetMonth, Math.min(day, lastDay)) / MS_PER_DAY);
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: LocalDate): number {
  const d = new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
  return d === 0 ? 7 : d;
}

function isInHolidays(date: LocalDate, holidays: readonly HolidayPeriod[]): boolean {
  return holidays.some((h) => h.start <= date && date <= h.end);
}

/** Monday to Friday and in no holiday period. */
export function isWorkingDay(date: LocalDate, holidays: readonly HolidayPeriod[]): boolean {
  return isoWeekday(date) <= 5 && !isInHolidays(date, holidays);
}

/**
 * `count` working days after `date` (before it when negative): each step lands on the next
 * (previous) day that is a weekday outside every holiday period. `date` itself does not
 * count, so the result of a non-zero count is always a working day; 0 gives `date`.
 */
export function addWorkingDays(date: LocalDate, count: number, holidays: readonly HolidayPeriod[]): LocalDate {
  if (!Number.isInteger(count)) throw new RangeError(`working days must be a whole number: ${count}`);
  const step = count < 0 ? -1 : 1;
  let n = dayNumber(date);
  for (let left = Math.abs(count); left > 0; ) {
    n += step;
    if (isWorkingDay(fromDayNumber(n), holidays)) left -= 1;
  }
  return fromDayNumber(n);
}

/** Throws on a holiday period that is not two dates in order. */
export function checkHolidayPeriods(holidays: readonly HolidayPeriod[]): void {
  for (const h of holidays) {
    if (!isLocalDate(h.start) || !isLocalDate(h.end) || h.end < h.start) {
      throw new RangeError(`not a holiday period (start ≤ end, YYYY-MM-DD): ${JSON.stringify(h)}`);
    }
  }
}
