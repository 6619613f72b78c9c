import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  applyOffset,
  type HolidayPeriod,
  isLocalDate,
  isLocalTime,
  isWorkingDay,
  type LocalDate,
  type LocalTime,
} from '../../../src/domain/timeline';
import { addMonths, addYears, daysBetween, isoWeekday } from '../../../src/domain/timeline/local-date';

describe('local dates', () => {
  it('accepts only real calendar dates and times', () => {
    expect(isLocalDate('2027-03-28')).toBe(true);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2027-3-28')).toBe(false);
    expect(isLocalDate('2027-03-28T00:00')).toBe(false);
    const five: LocalTime = '17:00';
    expect(isLocalTime(five)).toBe(true);
    expect(isLocalTime('24:00')).toBe(false);
    expect(isLocalTime('9:00')).toBe(false);
  });

  it('adds months and years to the last day of a shorter month', () => {
    expect(addMonths('2027-05-31', -3)).toBe('2027-02-28');
    expect(addMonths('2027-01-15', 12)).toBe('2028-01-15');
    expect(addMonths('2027-01-31', -1)).toBe('2026-12-31');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('counts days and weekdays', () => {
    expect(daysBetween('2027-03-22', '2027-03-29')).toBe(7);
    expect(daysBetween('2027-12-31', '2027-01-01')).toBe(-364);
    expect(isoWeekday('2027-03-28')).toBe(7); // Sunday
    expect(isoWeekday('2027-03-29')).toBe(1); // Monday
  });
});

describe('working days', () => {
  const koningsdag: HolidayPeriod = { start: '2027-04-27', end: '2027-04-27' };
  const meivakantie: HolidayPeriod = { start: '2027-04-24', end: '2027-05-02' };
  const visit: LocalDate = '2027-05-11';

  it('skip weekends', () => {
    expect(isWorkingDay('2027-04-24', [])).toBe(false); // Saturday
    expect(addWorkingDays('2027-04-23', 1, [])).toBe('2027-04-26'); // Friday → Monday
    expect(addWorkingDays('2027-04-26', -1, [])).toBe('2027-04-23'); // Monday → Friday
    expect(addWorkingDays(visit, -10, [])).toBe('2027-04-27');
    expect(addWorkingDays('2027-05-11', 0, [])).toBe('2027-05-11');
  });

  it('skip holiday periods, both ends included', () => {
    expect(isWorkingDay('2027-04-27', [koningsdag])).toBe(false);
    expect(addWorkingDays('2027-05-11', -10, [koningsdag])).toBe('2027-04-26');
    // The whole May holiday drops out: 10 working days back from 11 May reach 20 April.
    expect(addWorkingDays('2027-05-11', -10, [meivakantie, koningsdag])).toBe('2027-04-20');
    expect(addWorkingDays('2027-04-23', 1, [meivakantie])).toBe('2027-05-03');
  });

  it('apply only to working-day offsets; weeks, months and years land where they fall', () => {
    const holidays = [meivakantie];
    expect(applyOffset('2027-05-11', { amount: -10, unit: 'working-days' }, holidays)).toBe('2027-04-20');
    expect(applyOffset('2027-05-11', { amount: -2, unit: 'weeks' }, holidays)).toBe('2027-04-27');
    expect(applyOffset('2027-05-11', { amount: -11, unit: 'calendar-days' }, holidays)).toBe('2027-04-30');
    expect(applyOffset('2027-05-11', { amount: -3, unit: 'months' }, holidays)).toBe('2027-02-11');
    expect(applyOffset('2027-05-11', { amount: 4, unit: 'years' }, holidays)).toBe('2031-05-11');
  });

  it('refuse a fractional count', () => {
    expect(() => addWorkingDays('2027-05-11', 1.5, [])).toThrow(RangeError);
  });
});
