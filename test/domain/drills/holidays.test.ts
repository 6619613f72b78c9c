import { describe, expect, it } from 'vitest';
import { dutchHolidayOn, dutchPublicHolidays, easterSunday } from '../../../src/domain/drills';

describe('easterSunday (Gregorian computus)', () => {
  it('matches the published dates', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22', // earliest possible
      1943: '1943-04-25', // latest possible
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year)), year).toBe(date);
  });

  it('refuses years before the Gregorian calendar and fractions', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2027.5)).toThrow(RangeError);
  });
});

describe('dutchPublicHolidays', () => {
  it('lists 2027 in date order, Goede Vrijdag left out by default', () => {
    expect(dutchPublicHolidays(2027)).toEqual([
      { id: 'nieuwjaarsdag', date: '2027-01-01' },
      { id: 'eerste-paasdag', date: '2027-03-28' },
      { id: 'tweede-paasdag', date: '2027-03-29' },
      { id: 'koningsdag', date: '2027-04-27' },
      { id: 'bevrijdingsdag', date: '2027-05-05' },
      { id: 'hemelvaartsdag', date: '2027-05-06' },
      { id: 'eerste-pinksterdag', date: '2027-05-16' },
      { id: 'tweede-pinksterdag', date: '2027-05-17' },
      { id: 'eerste-kerstdag', date: '2027-12-25' },
      { id: 'tweede-kerstdag', date: '2027-12-26' },
    ]);
  });

  it('adds Goede Vrijdag when the partnership counts it', () => {
    expect(dutchPublicHolidays(2027, { goodFriday: true }).find((h) => h.id === 'goede-vrijdag')?.date).toBe('2027-03-26');
    expect(dutchHolidayOn('2027-03-26')).toBeUndefined();
    expect(dutchHolidayOn('2027-03-26', { goodFriday: true })?.id).toBe('goede-vrijdag');
  });

  it('moves Koningsdag to 26 April when the 27th is a Sunday (2025, 2031), not otherwise', () => {
    expect(dutchHolidayOn('2025-04-26')?.id).toBe('koningsdag');
    expect(dutchHolidayOn('2025-04-27')).toBeUndefined();
    expect(dutchHolidayOn('2031-04-26')?.id).toBe('koningsdag');
    expect(dutchHolidayOn('2026-04-27')?.id).toBe('koningsdag');
    expect(dutchHolidayOn('2026-04-26')).toBeUndefined();
  });

  it('counts Bevrijdingsdag every year, not only once in five', () => {
    for (const year of [2025, 2026, 2027, 2028, 2029, 2030]) expect(dutchHolidayOn(`${year}-05-05`)?.id, String(year)).toBe('bevrijdingsdag');
  });

  it('keeps both names when two fall on one day (5 May 2016 was also Hemelvaartsdag)', () => {
    const onFifth = dutchPublicHolidays(2016).filter((h) => h.date === '2016-05-05').map((h) => h.id);
    expect(onFifth.sort()).toEqual(['bevrijdingsdag', 'hemelvaartsdag']);
  });
});
