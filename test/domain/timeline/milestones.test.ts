import { describe, expect, it } from 'vitest';
import { framework } from '../../../src/domain/framework';
import { applyOffset, getTimeline, timelines } from '../../../src/domain/timeline';

const review = (id: string) => framework.reviews.find((r) => r.id === id)!;
const frameworkIds = new Set(
  framework.reviews.flatMap((r) => [r.id, ...r.phases.flatMap((p) => [p.id, ...p.steps.map((s) => s.id)])]),
);

describe('development-oriented milestones (Kwaliteitskader hoofdstuk 3)', () => {
  const timeline = getTimeline('development-oriented');
  const byPhase = (phase: string) => timeline.milestones.filter((m) => m.phaseId === `development-oriented.${phase}`).map((m) => m.id);

  it('has the six preparation steps of § 3.2, the visit with its joint close, and the five wrap-up milestones', () => {
    expect(byPhase('preparation')).toEqual([
      'development-oriented.critical-reflection',
      'development-oriented.questions',
      'development-oriented.participants',
      'development-oriented.panel',
      'development-oriented.programme',
      'development-oriented.send-to-panel',
    ]);
    expect(byPhase('execution')).toEqual(['development-oriented.visit', 'development-oriented.joint-close']);
    expect(byPhase('wrap-up')).toEqual([
      'development-oriented.report',
      'development-oriented.chair-comments',
      'development-oriented.final-report',
      'development-oriented.action-points',
      'development-oriented.next-review',
    ]);
    expect(timeline.milestones).toHaveLength(13);
  });

  it('takes its numbers from the source where it has them: the report within two weeks, the next review in four years', () => {
    const m = (id: string) => timeline.milestones.find((x) => x.id === `development-oriented.${id}`)!;
    const reportStep = review('development-oriented').phases[2]!.steps.find((s) => s.id === 'development-oriented.wrap-up.report')!;
    expect(m('report').offset).toEqual({ amount: reportStep.timing!.within!.amount, unit: reportStep.timing!.within!.unit });
    expect(m('report')).toMatchObject({ kind: 'deadline', offsetBasis: 'source' });
    expect(m('next-review').offset).toEqual(review('development-oriented').timing!.every);
    expect(m('next-review')).toMatchObject({ kind: 'event', offsetBasis: 'source' });
    expect(m('visit').offset).toEqual({ amount: 0, unit: 'calendar-days' });
    expect(m('joint-close')).toMatchObject({ offset: { amount: 0 }, time: '16:00' });
  });

  it('sends reflection and programme to the panel ten working days before the visit (our default)', () => {
    const send = timeline.milestones.find((x) => x.id === 'development-oriented.send-to-panel')!;
    expect(send).toMatchObject({ offset: { amount: -10, unit: 'working-days' }, offsetBasis: 'default' });
    expect(send.deliverables).toEqual(['critical-reflection', 'programme']);
  });

  it('orders the preparation as the source does: reflection, vraagstukken, participants and panel, programme, sending', () => {
    const dates = timeline.milestones
      .filter((m) => m.phaseId === 'development-oriented.preparation')
      .map((m) => applyOffset('2027-05-11', m.offset, []));
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('assessment-oriented milestones (DUS-I verslag hoofdstuk 2 and 4)', () => {
  const timeline = getTimeline('assessment-oriented');

  it('has concept, own questions, feedback conversation, final dossier, pre-meeting, visit day, assessment meeting, letter, closing conversation', () => {
    expect(timeline.milestones.map((m) => [m.id.replace('assessment-oriented.', ''), m.kind])).toEqual([
      ['concept-self-evaluation', 'deadline'],
      ['own-questions', 'deadline'],
      ['feedback-conversation', 'event'],
      ['final-dossier', 'deadline'],
      ['panel-pre-meeting', 'event'],
      ['visit', 'event'],
      ['assessment-meeting', 'event'],
      ['advice-letter', 'event'],
      ['closing-conversation', 'event'],
    ]);
  });

  it('asks for the three parts of the final dossier', () => {
    const dossier = timeline.milestones.find((m) => m.id === 'assessment-oriented.final-dossier')!;
    expect(dossier.deliverables).toEqual(['self-evaluation', 'id-document', 'cooperation-agreement']);
  });

  it('holds the visit day with its three 45-minute conversations', () => {
    const visit = timeline.milestones.find((m) => m.id === 'assessment-oriented.visit')!;
    const steps = review('assessment-oriented').phases.flatMap((p) => p.steps).filter((s) => visit.stepIds.includes(s.id));
    const conversations = steps.filter((s) => s.conversationGroupId);
    expect(conversations.map((s) => s.conversationGroupId)).toEqual(['students', 'teacher-educators', 'board-members']);
    for (const s of conversations) expect(s.timing?.duration).toEqual({ amount: 45, unit: 'minutes' });
    expect(visit.offset).toEqual({ amount: 0, unit: 'calendar-days' });
  });

  it('prepares the own questions before the feedback conversation', () => {
    const at = (id: string) => timeline.milestones.find((m) => m.id === `assessment-oriented.${id}`)!.offset.amount;
    expect(at('own-questions')).toBeLessThan(at('feedback-conversation'));
    expect(at('feedback-conversation')).toBeLessThan(at('final-dossier'));
    expect(at('final-dossier')).toBeLessThan(at('panel-pre-meeting'));
  });
});

describe('both timelines', () => {
  it('cover both review types, with the framework phases in order', () => {
    expect(timelines.map((t) => t.reviewTypeId)).toEqual(framework.reviews.map((r) => r.id));
    for (const t of timelines) expect(t.phases.map((p) => p.phaseId)).toEqual(review(t.reviewTypeId).phases.map((p) => p.id));
  });

  it('put each milestone in a phase of its review and link it to steps of that phase', () => {
    for (const t of timelines) {
      const phases = review(t.reviewTypeId).phases;
      for (const m of t.milestones) {
        const phase = phases.find((p) => p.id === m.phaseId);
        expect(phase, m.id).toBeDefined();
        expect(m.stepIds.length, m.id).toBeGreaterThan(0);
        for (const stepId of m.stepIds) expect(phase!.steps.map((s) => s.id), `${m.id} → ${stepId}`).toContain(stepId);
      }
    }
  });

  it('cite the source document of their review type', () => {
    const document = { 'development-oriented': 'kwaliteitskader', 'assessment-oriented': 'dusi-verslag-2024' } as const;
    for (const t of timelines) {
      for (const m of t.milestones) {
        expect(m.source.document, m.id).toBe(document[t.reviewTypeId]);
        expect(m.source.section.length, m.id).toBeGreaterThan(0);
      }
    }
  });

  it('have unique ids that are no framework id (the ids double as text codes and notification keys)', () => {
    const ids = timelines.flatMap((t) => t.milestones.map((m) => m.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(frameworkIds.has(id), id).toBe(false);
      expect(id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });

  it('date every deadline and event before or after the visit with a whole amount', () => {
    for (const t of timelines) {
      for (const m of t.milestones) {
        expect(Number.isInteger(m.offset.amount), m.id).toBe(true);
        expect(['source', 'default']).toContain(m.offsetBasis);
      }
    }
  });

  it('throws for an unknown review type', () => {
    expect(() => getTimeline('nope' as never)).toThrow(RangeError);
  });
});
