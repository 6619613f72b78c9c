import { describe, expect, it } from 'vitest';
import {
  type DrillPlan,
  type DrillPlanInput,
  drillRun,
  drillSlots,
  inWorkingHours,
  makeDrillPlan,
  promptKey,
  reachesPerson,
} from '../../../src/domain/drills';

function plan(input: DrillPlanInput): DrillPlan {
  const made = makeDrillPlan(input);
  if (!made.ok) throw new Error(made.problems.join(', '));
  return made.plan;
}

const wall = (instant: Date, timeZone = 'Europe/Amsterdam') =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).format(instant);

// Visit on Tuesday 11 May 2027: six weeks before is Tuesday 30 March. Koningsdag (Tue 27 Apr)
// and Hemelvaartsdag (Thu 6 May) fall on drill days.
const may = plan({ visitDate: '2027-05-11' });

describe('makeDrillPlan', () => {
  it('fills in the defaults: six weeks before, Tuesday and Thursday at 09:00 Amsterdam, two a week', () => {
    expect(may).toEqual({
      visitDate: '2027-05-11',
      startDate: '2027-03-30',
      weekdays: [2, 4],
      time: '09:00',
      timeZone: 'Europe/Amsterdam',
      questionsPerWeek: 2,
      holidays: [],
      goodFriday: false,
      workingHours: { start: '08:00', end: '18:00' },
    });
  });

  it('names every problem of a bad input', () => {
    const made = makeDrillPlan({
      visitDate: '2027-05-11',
      startDate: '2027-05-12',
      weekdays: [0, 8],
      time: '25:00',
      timeZone: 'Europe/Nowhere',
      questionsPerWeek: 0,
      holidays: [{ start: '2027-05-02', end: '2027-05-01' }],
      workingHours: { start: '18:00', end: '08:00' },
    });
    expect(made).toEqual({
      ok: false,
      problems: ['start-not-before-visit', 'weekdays', 'time', 'time-zone', 'questions-per-week', 'holidays', 'working-hours'],
    });
    expect(makeDrillPlan({ visitDate: '2027-02-30' })).toEqual({ ok: false, problems: ['visit-date'] });
    expect(makeDrillPlan({ visitDate: '2027-05-11', startDate: 'soon' })).toEqual({ ok: false, problems: ['start-date'] });
  });
});

describe('drillSlots', () => {
  it('runs to the day before the visit and skips Dutch public holidays, the week keeping its count', () => {
    const slots = drillSlots(may);
    expect(slots.map((s) => `${s.date}×${s.questions}`)).toEqual([
      '2027-03-30×1',
      '2027-04-01×1',
      '2027-04-06×1',
      '2027-04-08×1',
      '2027-04-13×1',
      '2027-04-15×1',
      '2027-04-20×1',
      '2027-04-22×1',
      // Tuesday 27 April is Koningsdag: Thursday carries both.
      '2027-04-29×2',
      // Thursday 6 May is Hemelvaartsdag: Tuesday carries both.
      '2027-05-04×2',
    ]);
    expect(slots.every((s) => s.date < may.visitDate)).toBe(true);
  });

  it('skips configured holiday periods (both ends included); a week with no day left carries nothing', () => {
    const slots = drillSlots(plan({ visitDate: '2027-05-11', holidays: [{ start: '2027-04-24', end: '2027-05-04' }] }));
    expect(slots.map((s) => s.date).filter((d) => d >= '2027-04-20')).toEqual(['2027-04-20', '2027-04-22']);
  });

  it('spreads more questions than days earliest first, and fewer over the first days', () => {
    const three = drillSlots(plan({ visitDate: '2027-04-20', startDate: '2027-04-05', questionsPerWeek: 3 }));
    expect(three.map((s) => `${s.date}×${s.questions}`)).toEqual(['2027-04-06×2', '2027-04-08×1', '2027-04-13×2', '2027-04-15×1']);
    const one = drillSlots(plan({ visitDate: '2027-04-17', startDate: '2027-04-12', weekdays: [1, 3, 5], questionsPerWeek: 1 }));
    expect(one.map((s) => `${s.date}×${s.questions}`)).toEqual(['2027-04-12×1']);
  });

  it('keeps the local time across the spring and autumn DST changes', () => {
    const spring = drillSlots(plan({ visitDate: '2027-04-02', startDate: '2027-03-22' }));
    expect(spring.map((s) => [s.date, s.at.toISOString()])).toEqual([
      ['2027-03-23', '2027-03-23T08:00:00.000Z'],
      ['2027-03-25', '2027-03-25T08:00:00.000Z'],
      ['2027-03-30', '2027-03-30T07:00:00.000Z'],
      ['2027-04-01', '2027-04-01T07:00:00.000Z'],
    ]);
    const autumn = drillSlots(plan({ visitDate: '2027-11-05', startDate: '2027-10-25', weekdays: [1, 3], time: '16:30' }));
    expect(autumn.map((s) => s.at.toISOString())).toEqual([
      '2027-10-25T14:30:00.000Z',
      '2027-10-27T14:30:00.000Z',
      '2027-11-01T15:30:00.000Z',
      '2027-11-03T15:30:00.000Z',
    ]);
    expect(autumn.every((s) => wall(s.at) === '16:30')).toBe(true);
  });

  it('uses the zone it is given', () => {
    const curacao = drillSlots(plan({ visitDate: '2027-04-02', startDate: '2027-03-29', timeZone: 'America/Curacao' }));
    // Tweede Paasdag is Monday 29 March; Tuesday 09:00 in Curaçao (UTC−4) is 13:00Z.
    expect(curacao[0]!.at.toISOString()).toBe('2027-03-30T13:00:00.000Z');
  });
});

describe('a person’s hold', () => {
  it('pauses until the date named (prompts resume on it) and stops altogether', () => {
    const slots = drillSlots(may);
    const paused = slots.filter((s) => reachesPerson(s, { pausedUntil: '2027-04-15' })).map((s) => s.date);
    expect(paused[0]).toBe('2027-04-15');
    expect(paused).not.toContain('2027-04-13');
    expect(slots.filter((s) => reachesPerson(s, { stopped: true }))).toEqual([]);
    expect(slots.filter((s) => reachesPerson(s, {}))).toHaveLength(slots.length);
  });

  it('has one stable key per plan, person and date', () => {
    expect(promptKey('p1', 'u7', '2027-04-01')).toBe('p1:u7:2027-04-01');
  });
});

describe('drillRun: the catch-up rule', () => {
  const at = (iso: string) => new Date(iso);
  // Tuesday 6 April 2027, 09:00 CEST = 07:00Z.

  it('sends a slot on time, and nothing twice', () => {
    const run = drillRun(may, { now: at('2027-04-06T07:05:00Z'), lastProcessed: at('2027-04-06T06:59:00Z') });
    expect(run.due.map((s) => s.date)).toEqual(['2027-04-06']);
    expect(run.skipped).toEqual([]);
    expect(run.next?.toISOString()).toBe('2027-04-08T07:00:00.000Z');
    const again = drillRun(may, { now: at('2027-04-06T07:06:00Z'), lastProcessed: at('2027-04-06T07:05:00Z') });
    expect(again.due).toEqual([]);
  });

  it('sends a missed slot when it is still before the visit day and in working hours', () => {
    const run = drillRun(may, { now: at('2027-04-06T09:30:00Z'), lastProcessed: at('2027-04-05T20:00:00Z') });
    expect(run.due.map((s) => s.date)).toEqual(['2027-04-06']);
  });

  it('skips a missed slot outside working hours (evening, weekend, a public holiday)', () => {
    for (const now of ['2027-04-06T17:30:00Z', '2027-04-10T09:00:00Z', '2027-04-27T09:00:00Z']) {
      const run = drillRun(may, { now: at(now), lastProcessed: at('2027-04-05T20:00:00Z') });
      expect(run.due, now).toEqual([]);
      expect(run.skipped.at(-1)?.reason, now).toBe('outside-working-hours');
    }
  });

  it('sends only the latest of several missed slots; the older ones are superseded', () => {
    const run = drillRun(may, { now: at('2027-04-15T10:00:00Z'), lastProcessed: at('2027-04-05T20:00:00Z') });
    expect(run.due.map((s) => s.date)).toEqual(['2027-04-15']);
    expect(run.skipped.map((s) => `${s.date}:${s.reason}`)).toEqual([
      '2027-04-06:superseded',
      '2027-04-08:superseded',
      '2027-04-13:superseded',
    ]);
  });

  it('prefers the slot on time over an older missed one', () => {
    const run = drillRun(may, { now: at('2027-04-08T07:02:00Z'), lastProcessed: at('2027-04-05T20:00:00Z') });
    expect(run.due.map((s) => s.date)).toEqual(['2027-04-08']);
    expect(run.skipped.map((s) => `${s.date}:${s.reason}`)).toEqual(['2027-04-06:superseded']);
  });

  it('skips what was missed once the visit day has come, and has no next run after the last slot', () => {
    const run = drillRun(may, { now: at('2027-05-11T08:00:00Z'), lastProcessed: at('2027-05-03T20:00:00Z') });
    expect(run.due).toEqual([]);
    expect(run.skipped.map((s) => `${s.date}:${s.reason}`)).toEqual(['2027-05-04:visit-day-reached']);
    expect(run.next).toBeUndefined();
  });
});

describe('inWorkingHours', () => {
  it('is 08:00 inclusive to 18:00 exclusive local on a working day, across DST', () => {
    expect(inWorkingHours(may, new Date('2027-03-26T07:00:00Z'))).toBe(true); // 08:00 CET
    expect(inWorkingHours(may, new Date('2027-03-26T06:59:00Z'))).toBe(false);
    expect(inWorkingHours(may, new Date('2027-03-30T06:00:00Z'))).toBe(true); // 08:00 CEST
    expect(inWorkingHours(may, new Date('2027-03-30T16:00:00Z'))).toBe(false); // 18:00 CEST
    expect(inWorkingHours(may, new Date('2027-03-29T10:00:00Z'))).toBe(false); // Tweede Paasdag
  });
});
