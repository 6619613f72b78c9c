/**
 * Dutch public holidays, computed (no table to keep up to date).
 *
 * The list is the Algemene termijnenwet's (art. 3): Nieuwjaarsdag; Eerste en Tweede Paasdag;
 * Koningsdag (27 April, 26 April when the 27th is a Sunday); Bevrijdingsdag (5 May);
 * Hemelvaartsdag (Easter + 39 days); Eerste en Tweede Pinksterdag (Easter + 49, + 50);
 * Eerste en Tweede Kerstdag.
 *
 * Decisions:
 * - Bevrijdingsdag counts every year. The law names 5 May every year; that many
 *   collective agreements give the day off only once in five years (2025, 2030) decides
 *   who works, not whether it is a day to send practice questions on.
 * - Goede Vrijdag is not in that law and many schools are open on it, so it is not a
 *   holiday unless the partnership says so (`goodFriday: true`).
 * Easter Sunday and Whit Sunday fall on a Sunday anyway; they are listed because the
 * brief names both days.
 */
import { addDays, type LocalDate } from '../timeline/local-date';

export type DutchHolidayId =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'eerste-paasdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'eerste-pinksterdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag';

export interface DutchHoliday {
  id: DutchHolidayId;
  date: LocalDate;
}

export interface DutchHolidayOptions {
  /** Count Goede Vrijdag as a holiday (default false, see above). */
  goodFriday?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const date = (year: number, month: number, day: number): LocalDate => `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`not a Gregorian year: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return date(year, Math.floor(n / 31), (n % 31) + 1);
}

/** The Dutch public holidays of one year, by date. */
export function dutchPublicHolidays(year: number, options: DutchHolidayOptions = {}): DutchHoliday[] {
  const easter = easterSunday(year);
  // 27 April 2025 was a Sunday, so Koningsdag was on Saturday the 26th.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? date(year, 4, 26) : date(year, 4, 27);
  const list: DutchHoliday[] = [
    { id: 'nieuwjaarsdag', date: date(year, 1, 1) },
    ...(options.goodFriday ? [{ id: 'goede-vrijdag' as const, date: addDays(easter, -2) }] : []),
    { id: 'eerste-paasdag', date: easter },
    { id: 'tweede-paasdag', date: addDays(easter, 1) },
    { id: 'koningsdag', date: kingsDay },
    { id: 'bevrijdingsdag', date: date(year, 5, 5) },
    { id: 'hemelvaartsdag', date: addDays(easter, 39) },
    { id: 'eerste-pinksterdag', date: addDays(easter, 49) },
    { id: 'tweede-pinksterdag', date: addDays(easter, 50) },
    { id: 'eerste-kerstdag', date: date(year, 12, 25) },
    { id: 'tweede-kerstdag', date: date(year, 12, 26) },
  ];
  // Hemelvaart can fall on 30 April – 3 June and Koningsdag/Bevrijdingsdag on the same day
  // as another (5 May 2016 was also Hemelvaartsdag): keep both names, sort by date.
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The holiday on that date, if any (the first by the list's order when two coincide). */
export function dutchHolidayOn(day: LocalDate, options: DutchHolidayOptions = {}): DutchHoliday | undefined {
  return dutchPublicHolidays(Number(day.slice(0, 4)), options).find((h) => h.date === day);
}
