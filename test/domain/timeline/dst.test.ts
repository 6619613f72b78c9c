import { describe, expect, it } from 'vitest';
import {
  computeSchedule,
  isValidTimeZone,
  localDateOf,
  notificationMoments,
  type ScheduleInput,
  zonedInstant,
} from '../../../src/domain/timeline';

const wallClock = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).format(instant);

const reminders = (input: Omit<ScheduleInput, 'now'>, milestoneId: string) => {
  const s = computeSchedule({ ...input, now: new Date('2026-01-01T00:00:00Z') });
  const of = (kind: string) => notificationMoments(s, 'p').find((m) => m.milestoneId === milestoneId && m.kind === kind)!.at;
  return { week: of('deadline-in-7-days'), day: of('deadline-in-1-day'), due: of('deadline-passed') };
};

describe('zonedInstant (Intl only)', () => {
  it('gives 17:00 Amsterdam as 16:00Z in winter and 15:00Z in summer, on both sides of 28 March 2027', () => {
    expect(zonedInstant('2027-03-27', '17:00', 'Europe/Amsterdam').toISOString()).toBe('2027-03-27T16:00:00.000Z');
    expect(zonedInstant('2027-03-28', '17:00', 'Europe/Amsterdam').toISOString()).toBe('2027-03-28T15:00:00.000Z');
    expect(zonedInstant('2027-03-28', '01:30', 'Europe/Amsterdam').toISOString()).toBe('2027-03-28T00:30:00.000Z');
    expect(zonedInstant('2027-10-30', '17:00', 'Europe/Amsterdam').toISOString()).toBe('2027-10-30T15:00:00.000Z');
    expect(zonedInstant('2027-10-31', '17:00', 'Europe/Amsterdam').toISOString()).toBe('2027-10-31T16:00:00.000Z');
  });

  it('moves a time skipped by the jump forward, and takes the later of a time that happens twice', () => {
    expect(zonedInstant('2027-03-28', '02:30', 'Europe/Amsterdam').toISOString()).toBe('2027-03-28T01:30:00.000Z'); // 03:30 CEST
    expect(zonedInstant('2027-10-31', '02:30', 'Europe/Amsterdam').toISOString()).toBe('2027-10-31T01:30:00.000Z'); // 02:30 CET
  });

  it('reads the local date back, across midnight and zones', () => {
    expect(localDateOf(new Date('2027-03-27T23:30:00Z'), 'Europe/Amsterdam')).toBe('2027-03-28');
    expect(localDateOf(new Date('2027-03-27T23:30:00Z'), 'America/New_York')).toBe('2027-03-27');
    expect(localDateOf(new Date('2027-03-27T23:30:00Z'), 'Asia/Kolkata')).toBe('2027-03-28');
  });

  it('knows which zones exist', () => {
    expect(isValidTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isValidTimeZone('America/Curacao')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('deadlines and reminders across DST in Europe/Amsterdam', () => {
  it('keeps 17:00 local for a programme due Monday 29 March 2027, after the clocks went forward', () => {
    // Visit 26 April 2027: the programme (4 weeks before) is due 29 March.
    const r = reminders({ reviewTypeId: 'development-oriented', visitDate: '2027-04-26' }, 'development-oriented.programme');
    expect(r.week.toISOString()).toBe('2027-03-22T16:00:00.000Z'); // 17:00 CET
    expect(r.day.toISOString()).toBe('2027-03-28T15:00:00.000Z'); // 17:00 CEST, on the day of the change
    expect(r.due.toISOString()).toBe('2027-03-29T15:00:00.000Z'); // 17:00 CEST
    expect(r.due.getTime() - r.week.getTime()).toBe(7 * 24 * 3600_000 - 3600_000); // a week is 167 hours here
  });

  it('keeps 17:00 local for a report due Monday 1 November 2027, after the clocks went back', () => {
    // Visit 18 October 2027: the report (two weeks after) is due 1 November.
    const r = reminders({ reviewTypeId: 'development-oriented', visitDate: '2027-10-18' }, 'development-oriented.report');
    expect(r.week.toISOString()).toBe('2027-10-25T15:00:00.000Z'); // 17:00 CEST
    expect(r.day.toISOString()).toBe('2027-10-31T16:00:00.000Z'); // 17:00 CET, on the day of the change
    expect(r.due.toISOString()).toBe('2027-11-01T16:00:00.000Z');
    expect(r.due.getTime() - r.week.getTime()).toBe(7 * 24 * 3600_000 + 3600_000); // 169 hours
  });

  it('shows every due time and phase start at its local time in DST weeks', () => {
    for (const visitDate of ['2027-03-29', '2027-04-26', '2027-10-18', '2027-11-01']) {
      for (const reviewTypeId of ['development-oriented', 'assessment-oriented'] as const) {
        const s = computeSchedule({ reviewTypeId, visitDate, now: new Date('2027-01-01T00:00:00Z') });
        for (const m of s.milestones) {
          expect(wallClock(m.dueAt, 'Europe/Amsterdam'), m.id).toBe(m.time);
          expect(localDateOf(m.dueAt, 'Europe/Amsterdam'), m.id).toBe(m.date);
        }
        for (const p of s.phases) expect(wallClock(p.startsAt, 'Europe/Amsterdam')).toBe('09:00');
        for (const n of notificationMoments(s, 'p')) {
          if (n.kind !== 'phase-started') expect(wallClock(n.at, 'Europe/Amsterdam')).toBe('17:00');
        }
      }
    }
  });
});

describe('other time zones', () => {
  it('keeps 17:00 local in New York across its change on 14 March 2027', () => {
    const r = reminders(
      { reviewTypeId: 'development-oriented', visitDate: '2027-04-12', timeZone: 'America/New_York' },
      'development-oriented.programme',
    );
    expect(r.due.toISOString()).toBe('2027-03-15T21:00:00.000Z'); // 17:00 EDT
    expect(r.week.toISOString()).toBe('2027-03-08T22:00:00.000Z'); // 17:00 EST
  });

  it('keeps 17:00 local in Sydney, whose clocks go back on 4 April 2027', () => {
    const r = reminders(
      { reviewTypeId: 'development-oriented', visitDate: '2027-05-03', timeZone: 'Australia/Sydney' },
      'development-oriented.programme',
    );
    expect(r.due.toISOString()).toBe('2027-04-05T07:00:00.000Z'); // 17:00 AEST (+10)
    expect(r.week.toISOString()).toBe('2027-03-29T06:00:00.000Z'); // 17:00 AEDT (+11)
  });

  it('uses the zone’s own offset where there is no DST (Curaçao, India)', () => {
    const s = (timeZone: string) =>
      computeSchedule({ reviewTypeId: 'assessment-oriented', visitDate: '2027-04-15', timeZone, now: new Date('2027-01-01T00:00:00Z') });
    const dossier = (timeZone: string) => s(timeZone).milestones.find((m) => m.id === 'assessment-oriented.final-dossier')!.dueAt;
    expect(dossier('America/Curacao').toISOString()).toBe('2027-03-04T21:00:00.000Z');
    expect(dossier('Asia/Kolkata').toISOString()).toBe('2027-03-04T11:30:00.000Z');
    expect(s('America/Curacao').timeZone).toBe('America/Curacao');
    expect(computeSchedule({ reviewTypeId: 'assessment-oriented', visitDate: '2027-04-15', now: new Date(0) }).timeZone).toBe(
      'Europe/Amsterdam',
    );
  });
});
