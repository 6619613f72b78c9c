import { describe, expect, it } from 'vitest';
import {
  type AddedMilestone,
  computeSchedule,
  DEADLINE_TIME,
  DEFAULT_TIME_ZONE,
  EVENT_TIME,
  PHASE_START_TIME,
  type RejectedOverride,
  type RejectReason,
  type Schedule,
  type ScheduledMilestone,
  type ScheduledPhase,
  type ScheduleInput,
  type TimelineOverrides,
  type TimelineProgress,
} from '../../../src/domain/timeline';

/** An instant from a wall-clock time in Amsterdam, written with its offset for the reader. */
const at = (iso: string) => new Date(iso);

const dev = (over: Partial<ScheduleInput> = {}): Schedule =>
  computeSchedule({ reviewTypeId: 'development-oriented', visitDate: '2027-05-11', now: at('2027-01-01T12:00:00+01:00'), ...over });
const assessment = (over: Partial<ScheduleInput> = {}) =>
  computeSchedule({ reviewTypeId: 'assessment-oriented', visitDate: '2027-04-15', now: at('2027-01-01T12:00:00+01:00'), ...over });

const dates = (s: Schedule) => Object.fromEntries(s.milestones.map((m) => [m.id.split('.')[1], m.date]));

describe('computeSchedule: default dates', () => {
  it('dates the development-oriented review from a visit on Tuesday 11 May 2027', () => {
    expect(dates(dev())).toEqual({
      'critical-reflection': '2027-02-16',
      questions: '2027-03-02',
      participants: '2027-03-16',
      panel: '2027-03-16',
      programme: '2027-04-13',
      'send-to-panel': '2027-04-27',
      visit: '2027-05-11',
      'joint-close': '2027-05-11',
      report: '2027-05-25',
      'chair-comments': '2027-06-08',
      'final-report': '2027-06-22',
      'action-points': '2027-07-06',
      'next-review': '2031-05-11',
    });
  });

  it('dates the assessment-oriented review from a visit on 15 April 2027 into the months DUS-I names', () => {
    const d = dates(assessment());
    expect(d).toEqual({
      'concept-self-evaluation': '2027-01-15',
      'own-questions': '2027-01-28',
      'feedback-conversation': '2027-02-04',
      'final-dossier': '2027-03-04',
      'panel-pre-meeting': '2027-04-01',
      visit: '2027-04-15',
      'assessment-meeting': '2027-05-13',
      'advice-letter': '2027-05-27',
      'closing-conversation': '2027-06-10',
    });
    expect(d['concept-self-evaluation']!.slice(5, 7)).toBe('01'); // January
    expect(['01', '02']).toContain(d['feedback-conversation']!.slice(5, 7)); // January/February
  });

  it('puts deadlines at 17:00 and events at 09:00 local, the joint close at 16:00', () => {
    expect([DEADLINE_TIME, EVENT_TIME, PHASE_START_TIME, DEFAULT_TIME_ZONE]).toEqual(['17:00', '09:00', '09:00', 'Europe/Amsterdam']);
    const s = dev();
    expect(s.timeZone).toBe(DEFAULT_TIME_ZONE);
    const m = (id: string): ScheduledMilestone => s.milestones.find((x) => x.id === `development-oriented.${id}`)!;
    expect(m('critical-reflection')).toMatchObject({ time: '17:00', dueAt: at('2027-02-16T17:00:00+01:00') });
    expect(m('visit')).toMatchObject({ time: '09:00', dueAt: at('2027-05-11T09:00:00+02:00') });
    expect(m('joint-close')).toMatchObject({ time: '16:00', dueAt: at('2027-05-11T16:00:00+02:00') });
  });

  it('lists milestones by due instant and phases in order, each milestone with its phase', () => {
    const s = dev();
    const due = s.milestones.map((m) => m.dueAt.getTime());
    expect([...due].sort((a, b) => a - b)).toEqual(due);
    expect(s.phases.map((p) => [p.phaseId, p.startDate])).toEqual([
      ['development-oriented.preparation', '2027-01-19'],
      ['development-oriented.execution', '2027-05-11'],
      ['development-oriented.wrap-up', '2027-05-12'],
    ]);
    const wrapUp: ScheduledPhase = s.phases[2]!;
    expect(wrapUp.endsAt).toEqual(at('2031-05-11T09:00:00+02:00'));
    expect(s.milestones.every((m) => m.origin === 'default' && !m.moved && !m.done && m.definition)).toBe(true);
  });

  it('moves working-day milestones off weekends and holiday periods', () => {
    const s = dev({ holidays: [{ start: '2027-04-24', end: '2027-05-02' }] });
    expect(dates(s)['send-to-panel']).toBe('2027-04-20');
    expect(dates(s).programme).toBe('2027-04-13');
  });

  it('refuses a bad visit date, time zone or holiday period', () => {
    expect(() => dev({ visitDate: '2027-02-30' })).toThrow(/visit date/);
    expect(() => dev({ timeZone: 'Europe/Atlantis' })).toThrow(/time zone/);
    expect(() => dev({ holidays: [{ start: '2027-05-02', end: '2027-04-24' }] })).toThrow(/holiday/);
  });
});

describe('computeSchedule: the current phase, done and overdue at now', () => {
  it('is not started before the preparation, then runs through the phases, then is finished', () => {
    const phaseAt = (iso: string): [TimelineProgress, string | undefined] => {
      const s = dev({ now: at(iso) });
      return [s.progress, s.currentPhaseId];
    };
    expect(phaseAt('2027-01-19T08:59:00+01:00')).toEqual(['not-started', undefined]);
    expect(phaseAt('2027-01-19T09:00:00+01:00')).toEqual(['in-progress', 'development-oriented.preparation']);
    expect(phaseAt('2027-05-11T08:59:00+02:00')).toEqual(['in-progress', 'development-oriented.preparation']);
    expect(phaseAt('2027-05-11T12:00:00+02:00')).toEqual(['in-progress', 'development-oriented.execution']);
    expect(phaseAt('2027-05-12T09:00:00+02:00')).toEqual(['in-progress', 'development-oriented.wrap-up']);
    expect(phaseAt('2031-05-11T09:00:00+02:00')).toEqual(['finished', undefined]);
  });

  it('marks a deadline overdue from its due instant until it is done; events never', () => {
    const reflection = (over: Partial<ScheduleInput>) =>
      dev(over).milestones.find((m) => m.id === 'development-oriented.critical-reflection')!;
    expect(reflection({ now: at('2027-02-16T16:59:00+01:00') }).overdue).toBe(false);
    expect(reflection({ now: at('2027-02-16T17:00:00+01:00') }).overdue).toBe(true);
    const doneAt = at('2027-02-18T10:00:00+01:00');
    const overrides = { done: [{ milestoneId: 'development-oriented.critical-reflection', at: doneAt }] };
    expect(reflection({ now: at('2027-02-17T10:00:00+01:00'), overrides })).toMatchObject({ done: false, overdue: true });
    expect(reflection({ now: at('2027-02-18T10:00:00+01:00'), overrides })).toMatchObject({ done: true, doneAt, overdue: false });
    const late = dev({ now: at('2027-12-01T12:00:00+01:00') });
    expect(late.milestones.filter((m) => m.kind === 'event').every((m) => !m.overdue)).toBe(true);
  });
});

describe('computeSchedule: the coordinator’s changes', () => {
  it('moves a milestone to another date, leaving the others where they were', () => {
    const s = dev({ overrides: { moved: [{ milestoneId: 'development-oriented.programme', date: '2027-04-20' }] } });
    const programme = s.milestones.find((m) => m.id === 'development-oriented.programme')!;
    expect(programme).toMatchObject({ date: '2027-04-20', defaultDate: '2027-04-13', moved: true, dueAt: at('2027-04-20T17:00:00+02:00') });
    expect({ ...dates(s), programme: '2027-04-13' }).toEqual(dates(dev()));
  });

  it('keeps the list in date order after a move, and a move back to the default date is no move', () => {
    const s = dev({ overrides: { moved: [{ milestoneId: 'development-oriented.questions', date: '2027-02-01' }] } });
    expect(s.milestones[0]!.id).toBe('development-oriented.questions');
    const back = dev({
      overrides: {
        moved: [
          { milestoneId: 'development-oriented.questions', date: '2027-02-01' },
          { milestoneId: 'development-oriented.questions', date: '2027-03-02' },
        ],
      },
    });
    expect(back.milestones.find((m) => m.id === 'development-oriented.questions')).toMatchObject({ date: '2027-03-02', moved: false });
  });

  it('starts the first phase no later than its earliest milestone', () => {
    const s = dev({ overrides: { moved: [{ milestoneId: 'development-oriented.critical-reflection', date: '2027-01-05' }] } });
    expect(s.phases[0]!.startDate).toBe('2027-01-05');
  });

  it('adds the coordinator’s own milestones in a phase, which can be moved and marked done like the others', () => {
    const rehearsalInput: AddedMilestone = {
      id: 'own.rehearsal',
      phaseId: 'development-oriented.preparation',
      kind: 'deadline',
      date: '2027-05-03',
      title: 'Generale repetitie',
    };
    const s = dev({
      now: at('2027-05-04T12:00:00+02:00'),
      overrides: {
        added: [
          rehearsalInput,
          { id: 'own.lunch', phaseId: 'development-oriented.execution', kind: 'event', date: '2027-05-11', time: '12:30', title: 'Lunch' },
        ],
        moved: [{ milestoneId: 'own.rehearsal', date: '2027-05-06' }],
      },
    });
    const rehearsal = s.milestones.find((m) => m.id === 'own.rehearsal')!;
    expect(rehearsal).toMatchObject({ origin: 'added', title: 'Generale repetitie', date: '2027-05-06', moved: true, time: '17:00', overdue: false });
    expect(rehearsal.definition).toBeUndefined();
    const lunch = s.milestones.find((m) => m.id === 'own.lunch')!;
    expect(lunch.dueAt).toEqual(at('2027-05-11T12:30:00+02:00'));
    const order = s.milestones.map((m) => m.id);
    expect(order.indexOf('own.rehearsal')).toBe(order.indexOf('development-oriented.visit') - 1);
    expect(order.indexOf('own.lunch')).toBe(order.indexOf('development-oriented.joint-close') - 1);
  });

  it('leaves out, with a reason, changes it cannot apply, and applies the rest', () => {
    const overrides: TimelineOverrides = {
      moved: [
        { milestoneId: 'development-oriented.gone', date: '2027-04-01' },
        { milestoneId: 'development-oriented.programme', date: '2027-04-31' },
      ],
      done: [{ milestoneId: 'own.unknown', at: at('2027-01-01T00:00:00Z') }],
      added: [
        { id: 'Own Thing', phaseId: 'development-oriented.preparation', kind: 'deadline', date: '2027-04-01', title: 'x' },
        { id: 'development-oriented.report', phaseId: 'development-oriented.wrap-up', kind: 'deadline', date: '2027-04-01', title: 'x' },
        { id: 'development-oriented.preparation', phaseId: 'development-oriented.preparation', kind: 'event', date: '2027-04-01', title: 'x' },
        { id: 'own.a', phaseId: 'assessment-oriented.decision', kind: 'deadline', date: '2027-04-01', title: 'x' },
        { id: 'own.b', phaseId: 'development-oriented.preparation', kind: 'deadline', date: '1 april', title: 'x' },
        { id: 'own.c', phaseId: 'development-oriented.preparation', kind: 'event', date: '2027-04-01', time: '25:00', title: 'x' },
        { id: 'own.ok', phaseId: 'development-oriented.preparation', kind: 'event', date: '2027-04-01', title: 'ok' },
        { id: 'own.ok', phaseId: 'development-oriented.preparation', kind: 'event', date: '2027-04-02', title: 'again' },
      ],
    };
    const s = dev({ overrides });
    const reason = (r: RejectedOverride): RejectReason => r.reason;
    expect(s.rejected.map(reason)).toContain('unknown-milestone');
    expect(s.rejected).toEqual([
      { override: 'added', milestoneId: 'Own Thing', reason: 'invalid-id' },
      { override: 'added', milestoneId: 'development-oriented.report', reason: 'duplicate-id' },
      { override: 'added', milestoneId: 'development-oriented.preparation', reason: 'duplicate-id' },
      { override: 'added', milestoneId: 'own.a', reason: 'unknown-phase' },
      { override: 'added', milestoneId: 'own.b', reason: 'invalid-date' },
      { override: 'added', milestoneId: 'own.c', reason: 'invalid-time' },
      { override: 'added', milestoneId: 'own.ok', reason: 'duplicate-id' },
      { override: 'moved', milestoneId: 'development-oriented.gone', reason: 'unknown-milestone' },
      { override: 'moved', milestoneId: 'development-oriented.programme', reason: 'invalid-date' },
      { override: 'done', milestoneId: 'own.unknown', reason: 'unknown-milestone' },
    ]);
    expect(s.milestones.find((m) => m.id === 'own.ok')).toMatchObject({ title: 'ok', date: '2027-04-01' });
    expect(dates(s).programme).toBe('2027-04-13');
    expect(s.milestones).toHaveLength(14);
  });
});
