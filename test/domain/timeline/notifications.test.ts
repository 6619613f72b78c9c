import { describe, expect, it } from 'vitest';
import {
  computeSchedule,
  type NotificationKind,
  type NotificationMoment,
  type NotificationRun,
  type NotificationRunInput,
  notificationMoments,
  notificationsDue,
  type ScheduleInput,
  type SkippedNotification,
  type SkipReason,
  UNMET_DEADLINE_RELEVANT_DAYS,
} from '../../../src/domain/timeline';

const at = (iso: string) => new Date(iso);
const P = 'partnership-1';

/** Development-oriented review, visit Tuesday 11 May 2027 (dates in schedule.test.ts). */
const dev = (now: string, over: Partial<ScheduleInput> = {}) =>
  computeSchedule({ reviewTypeId: 'development-oriented', visitDate: '2027-05-11', now: at(now), ...over });

const keys = (list: readonly NotificationMoment[]) => list.map((n) => n.key);

describe('notificationMoments', () => {
  it('gives each deadline a reminder 7 days and 1 day before, and its passing; each phase its start', () => {
    const moments = notificationMoments(dev('2027-01-01T00:00:00Z'), P);
    const programme = moments.filter((m) => m.milestoneId === 'development-oriented.programme');
    expect(programme.map((m): [NotificationKind, string, string] => [m.kind, m.at.toISOString(), m.relevantUntil.toISOString()])).toEqual([
      ['deadline-in-7-days', '2027-04-06T15:00:00.000Z', '2027-04-12T15:00:00.000Z'],
      ['deadline-in-1-day', '2027-04-12T15:00:00.000Z', '2027-04-13T15:00:00.000Z'],
      ['deadline-passed', '2027-04-13T15:00:00.000Z', '2027-04-16T15:00:00.000Z'],
    ]);
    expect(UNMET_DEADLINE_RELEVANT_DAYS).toBe(3);
    const phases = moments.filter((m) => m.kind === 'phase-started');
    expect(phases.map((m) => [m.phaseId, m.at.toISOString()])).toEqual([
      ['development-oriented.preparation', '2027-01-19T08:00:00.000Z'],
      ['development-oriented.execution', '2027-05-11T07:00:00.000Z'],
      ['development-oriented.wrap-up', '2027-05-12T07:00:00.000Z'],
    ]);
    // 9 deadlines × 3 + 3 phases; events get no reminders.
    expect(moments).toHaveLength(9 * 3 + 3);
    expect(moments.some((m) => m.milestoneId === 'development-oriented.visit')).toBe(false);
  });

  it('keys each moment by partnership, milestone or phase, kind and local date: distinct, and stable over time', () => {
    for (const reviewTypeId of ['development-oriented', 'assessment-oriented'] as const) {
      const a = notificationMoments(computeSchedule({ reviewTypeId, visitDate: '2027-05-11', now: at('2027-01-01T00:00:00Z') }), P);
      const b = notificationMoments(computeSchedule({ reviewTypeId, visitDate: '2027-05-11', now: at('2027-06-01T00:00:00Z') }), P);
      expect(new Set(keys(a)).size).toBe(a.length);
      expect(keys(b)).toEqual(keys(a));
    }
    const moments = notificationMoments(dev('2027-01-01T00:00:00Z'), P);
    expect(keys(moments)).toContain('partnership-1:development-oriented.report:deadline-in-7-days:2027-05-25');
    expect(keys(moments)).toContain('partnership-1:development-oriented.preparation:phase-started:2027-01-19');
    const other = notificationMoments(dev('2027-01-01T00:00:00Z'), 'partnership-2');
    expect(keys(other).filter((k) => keys(moments).includes(k))).toEqual([]);
  });

  it('gives a moved date new keys and drops the old ones; the other milestones keep theirs', () => {
    const before = keys(notificationMoments(dev('2027-01-01T00:00:00Z'), P));
    const after = keys(
      notificationMoments(dev('2027-01-01T00:00:00Z', { overrides: { moved: [{ milestoneId: 'development-oriented.programme', date: '2027-04-20' }] } }), P),
    );
    const gone = before.filter((k) => !after.includes(k));
    const added = after.filter((k) => !before.includes(k));
    expect(gone).toEqual([
      `${P}:development-oriented.programme:deadline-in-7-days:2027-04-13`,
      `${P}:development-oriented.programme:deadline-in-1-day:2027-04-13`,
      `${P}:development-oriented.programme:deadline-passed:2027-04-13`,
    ]);
    expect(added).toEqual(gone.map((k) => k.replace('2027-04-13', '2027-04-20')));
  });

  it('reminds about the coordinator’s own deadlines too', () => {
    const s = dev('2027-01-01T00:00:00Z', {
      overrides: { added: [{ id: 'own.rehearsal', phaseId: 'development-oriented.preparation', kind: 'deadline', date: '2027-05-06', title: 'Oefenen' }] },
    });
    const own = notificationMoments(s, P).filter((m) => m.milestoneId === 'own.rehearsal');
    expect(own.map((m) => m.key)).toEqual([
      `${P}:own.rehearsal:deadline-in-7-days:2027-05-06`,
      `${P}:own.rehearsal:deadline-in-1-day:2027-05-06`,
      `${P}:own.rehearsal:deadline-passed:2027-05-06`,
    ]);
  });
});

describe('notificationsDue: the catch-up rule', () => {
  it('on set-up after some deadlines, posts only what is still relevant and skips the rest with a reason', () => {
    // Set up on Thursday 18 March 2027, 10:00: reflection (16 Feb) and questions (2 Mar) are
    // long past, participants and panel were due two days ago, the programme is ahead.
    const run: NotificationRun = notificationsDue({ schedule: dev('2027-03-18T10:00:00+01:00'), partnershipId: P });
    expect(keys(run.due)).toEqual([
      `${P}:development-oriented.preparation:phase-started:2027-01-19`,
      `${P}:development-oriented.participants:deadline-passed:2027-03-16`,
      `${P}:development-oriented.panel:deadline-passed:2027-03-16`,
    ]);
    const reasons: Record<string, SkipReason> = Object.fromEntries(run.skipped.map((n: SkippedNotification) => [n.key.replace(`${P}:development-oriented.`, ''), n.reason]));
    expect(reasons).toEqual({
      'critical-reflection:deadline-in-7-days:2027-02-16': 'superseded',
      'critical-reflection:deadline-in-1-day:2027-02-16': 'superseded',
      'critical-reflection:deadline-passed:2027-02-16': 'stale',
      'questions:deadline-in-7-days:2027-03-02': 'superseded',
      'questions:deadline-in-1-day:2027-03-02': 'superseded',
      'questions:deadline-passed:2027-03-02': 'stale',
      'participants:deadline-in-7-days:2027-03-16': 'superseded',
      'participants:deadline-in-1-day:2027-03-16': 'superseded',
      'panel:deadline-in-7-days:2027-03-16': 'superseded',
      'panel:deadline-in-1-day:2027-03-16': 'superseded',
    });
    expect(run.next).toEqual(at('2027-04-06T17:00:00+02:00')); // the programme's 7-day reminder
  });

  it('does not tell a deadline passed unmet once it is done, nor remind about it', () => {
    const overrides = {
      done: [
        { milestoneId: 'development-oriented.participants', at: at('2027-03-17T09:00:00+01:00') },
        { milestoneId: 'development-oriented.programme', at: at('2027-03-17T09:00:00+01:00') },
      ],
    };
    const run = notificationsDue({ schedule: dev('2027-03-18T10:00:00+01:00', { overrides }), partnershipId: P });
    expect(keys(run.due)).not.toContain(`${P}:development-oriented.participants:deadline-passed:2027-03-16`);
    expect(run.skipped.filter((n) => n.milestoneId === 'development-oriented.participants').map((n) => n.reason)).toEqual([
      'done',
      'done',
      'done',
    ]);
    // The programme is done early: its reminders are not what the job wakes up for.
    expect(run.next).toEqual(at('2027-04-20T17:00:00+02:00')); // send-to-panel, 7 days before 27 April
  });

  it('after a week of downtime posts the 1-day reminder that is due and skips the 7-day one it replaced', () => {
    // Last run Monday 5 April 09:00; back Monday 12 April 18:00 (programme due 13 April 17:00).
    const run = notificationsDue({ schedule: dev('2027-04-12T18:00:00+02:00'), partnershipId: P, lastProcessed: at('2027-04-05T09:00:00+02:00') });
    expect(keys(run.due)).toEqual([`${P}:development-oriented.programme:deadline-in-1-day:2027-04-13`]);
    expect(run.skipped.map((n) => [n.key, n.reason])).toEqual([
      [`${P}:development-oriented.programme:deadline-in-7-days:2027-04-13`, 'superseded'],
    ]);
  });

  it('after a week of downtime posts a 7-day reminder that is still ahead of its 1-day one', () => {
    const run = notificationsDue({ schedule: dev('2027-04-09T09:00:00+02:00'), partnershipId: P, lastProcessed: at('2027-04-02T09:00:00+02:00') });
    expect(keys(run.due)).toEqual([`${P}:development-oriented.programme:deadline-in-7-days:2027-04-13`]);
    expect(run.skipped).toEqual([]);
  });

  it('around the visit: a phase start while its phase lasts, not once the next has begun', () => {
    // Down from Sunday 9 May to Wednesday 12 May 10:00: execution (11 May) is over, wrap-up has begun.
    const run = notificationsDue({ schedule: dev('2027-05-12T10:00:00+02:00'), partnershipId: P, lastProcessed: at('2027-05-09T12:00:00+02:00') });
    expect(keys(run.due)).toEqual([`${P}:development-oriented.wrap-up:phase-started:2027-05-12`]);
    expect(run.skipped.map((n) => [n.key, n.reason])).toEqual([[`${P}:development-oriented.execution:phase-started:2027-05-11`, 'phase-ended']]);
  });

  it('tells an unmet deadline for three days and not after', () => {
    const passed = `${P}:development-oriented.programme:deadline-passed:2027-04-13`;
    const last = at('2027-04-13T12:00:00+02:00');
    expect(keys(notificationsDue({ schedule: dev('2027-04-16T16:59:00+02:00'), partnershipId: P, lastProcessed: last }).due)).toEqual([passed]);
    expect(notificationsDue({ schedule: dev('2027-04-16T17:00:00+02:00'), partnershipId: P, lastProcessed: last }).skipped.map((n) => [n.key, n.reason])).toEqual([[passed, 'stale']]);
  });

  it('handles nothing twice: a moment at or before lastProcessed is left out', () => {
    const first = notificationsDue({ schedule: dev('2027-04-06T17:00:00+02:00'), partnershipId: P, lastProcessed: at('2027-04-06T16:00:00+02:00') });
    expect(keys(first.due)).toEqual([`${P}:development-oriented.programme:deadline-in-7-days:2027-04-13`]);
    const second = notificationsDue({ schedule: dev('2027-04-06T17:05:00+02:00'), partnershipId: P, lastProcessed: at('2027-04-06T17:00:00+02:00') });
    expect(second.due).toEqual([]);
    expect(second.skipped).toEqual([]);
  });

  describe('when the coordinator changes dates', () => {
    const move = (milestoneId: string, date: string): Partial<ScheduleInput> => ({ overrides: { moved: [{ milestoneId, date }] } });

    it('posts at once the moved deadline’s reminder that is already due under its new date, if still relevant', () => {
      // 7 April 10:00: the programme's 7-day reminder (6 April) went out; it is moved to 9 April.
      const lastProcessed = at('2027-04-07T09:00:00+02:00');
      const previous = dev('2027-04-07T10:00:00+02:00');
      const schedule = dev('2027-04-07T10:00:00+02:00', move('development-oriented.programme', '2027-04-09'));
      const run = notificationsDue({ schedule, partnershipId: P, lastProcessed, previous });
      // New: 7 days before 9 April is 2 April, relevant until the 1-day reminder on 8 April.
      expect(keys(run.due)).toEqual([`${P}:development-oriented.programme:deadline-in-7-days:2027-04-09`]);
      expect(run.skipped).toEqual([]);
      expect(run.next).toEqual(at('2027-04-08T17:00:00+02:00'));
    });

    it('skips, with its reason, a new moment that is no longer relevant', () => {
      // Moved to tomorrow: the new 7-day reminder is superseded, the 1-day one is due.
      const lastProcessed = at('2027-04-07T09:00:00+02:00');
      const previous = dev('2027-04-07T18:00:00+02:00');
      const schedule = dev('2027-04-07T18:00:00+02:00', move('development-oriented.programme', '2027-04-08'));
      const run = notificationsDue({ schedule, partnershipId: P, lastProcessed, previous });
      expect(keys(run.due)).toEqual([`${P}:development-oriented.programme:deadline-in-1-day:2027-04-08`]);
      expect(run.skipped.map((n) => [n.key, n.reason])).toEqual([
        [`${P}:development-oriented.programme:deadline-in-7-days:2027-04-08`, 'superseded'],
      ]);
    });

    it('does not announce a phase again when its start date shifts after it began', () => {
      // 1 February, in the preparation: the reflection is moved before the phase's start (19 Jan), which moves with it.
      const lastProcessed = at('2027-02-01T09:00:00+01:00');
      const previous = dev('2027-02-01T10:00:00+01:00');
      const schedule = dev('2027-02-01T10:00:00+01:00', move('development-oriented.critical-reflection', '2027-01-12'));
      expect(schedule.phases[0]!.startDate).toBe('2027-01-12');
      const run = notificationsDue({ schedule, partnershipId: P, lastProcessed, previous });
      expect(run.due).toEqual([]);
      expect(run.skipped.map((n) => [n.key.replace(`${P}:development-oriented.`, ''), n.reason])).toEqual([
        ['critical-reflection:deadline-in-7-days:2027-01-12', 'superseded'],
        ['critical-reflection:deadline-in-1-day:2027-01-12', 'superseded'],
        ['critical-reflection:deadline-passed:2027-01-12', 'stale'],
      ]);
    });

    it('announces a phase that had not begun before the change and has now', () => {
      // The visit is brought forward to today: the execution phase starts at 09:00 today.
      const base = { reviewTypeId: 'development-oriented', now: at('2027-04-07T10:00:00+02:00') } as const;
      const previous = computeSchedule({ ...base, visitDate: '2027-05-11' });
      const schedule = computeSchedule({ ...base, visitDate: '2027-04-07' });
      const run = notificationsDue({ schedule, partnershipId: P, lastProcessed: at('2027-04-07T09:30:00+02:00'), previous });
      expect(keys(run.due)).toEqual([`${P}:development-oriented.execution:phase-started:2027-04-07`]);
      // The preparation under its new dates is not a burst: its deadlines are all past their relevance.
      expect(new Set(run.skipped.map((n) => n.reason))).toEqual(new Set(['superseded', 'stale']));
      expect(run.skipped).toHaveLength(6 * 3);
    });

    it('without the previous schedule, treats everything up to lastProcessed as handled', () => {
      const schedule = dev('2027-04-07T10:00:00+02:00', move('development-oriented.programme', '2027-04-09'));
      const run = notificationsDue({ schedule, partnershipId: P, lastProcessed: at('2027-04-07T09:00:00+02:00') });
      expect(run.due).toEqual([]);
    });
  });

  for (const reviewTypeId of ['development-oriented', 'assessment-oriented'] as const) {
    it(`${reviewTypeId}: a job that runs at every next moment posts every moment once, in order, and skips none`, () => {
      const input = { reviewTypeId, visitDate: '2027-05-11' } as const;
      const all = keys(notificationMoments(computeSchedule({ ...input, now: at('2026-01-01T00:00:00Z') }), P));
      const posted: string[] = [];
      let last: Date | undefined;
      let now: Date | undefined = at('2026-12-01T00:00:00Z');
      for (let runs = 0; now && runs < 200; runs++) {
        const run = notificationsDue({ schedule: computeSchedule({ ...input, now }), partnershipId: P, lastProcessed: last });
        expect(run.skipped).toEqual([]);
        posted.push(...keys(run.due));
        last = now;
        now = run.next;
      }
      expect(posted).toEqual(all);
    });
  }

  it('two runs at the same moment (two instances) see the same keys, which the job claims once', () => {
    const input = (): NotificationRunInput => ({
      schedule: dev('2027-04-06T17:00:00+02:00'),
      partnershipId: P,
      lastProcessed: at('2027-04-06T09:00:00+02:00'),
    });
    const a = notificationsDue(input());
    const b = notificationsDue(input());
    expect(keys(a.due)).toEqual(keys(b.due));
    expect(a.due).toHaveLength(1);
  });
});
