import { describe, it, expect } from 'vitest';
import { framework } from '../../../src/domain/framework';

const review = (id: string) => framework.reviews.find((r) => r.id === id)!;
const step = (reviewId: string, stepId: string) =>
  review(reviewId).phases.flatMap((p) => p.steps).find((s) => s.id === stepId)!;

describe('development-oriented peer review (Kwaliteitskader hoofdstuk 3)', () => {
  it('has the three phases in order', () => {
    expect(review('development-oriented').phases.map((p) => p.name.nl)).toEqual([
      'Voorbereidende fase',
      'Uitvoerende fase',
      'Afrondende fase',
    ]);
  });

  it('recurs every four years', () => {
    expect(review('development-oriented').timing?.every).toEqual({ amount: 4, unit: 'years' });
  });

  it('asks for the report within two weeks and action points for four years', () => {
    expect(step('development-oriented', 'development-oriented.wrap-up.report').timing?.within).toEqual({ amount: 2, unit: 'weeks' });
    expect(step('development-oriented', 'development-oriented.wrap-up.action-points').timing?.duration).toEqual({ amount: 4, unit: 'years' });
  });

  it('starts from a critical reflection and ends the preparation by sending it to the panel', () => {
    const prep = review('development-oriented').phases[0]!.steps;
    expect(prep[0]!.text.nl).toMatch(/kritische reflectie/);
    expect(prep.some((s) => /kritische reflectie en het programma/.test(s.text.nl))).toBe(true);
  });
});

describe('assessment-oriented peer review (DUS-I verslag)', () => {
  it('has a concept self-evaluation in January and a feedback conversation in January/February', () => {
    expect(step('assessment-oriented', 'assessment-oriented.preparation.concept').timing?.months).toEqual([1]);
    expect(step('assessment-oriented', 'assessment-oriented.preparation.feedback-conversation').timing?.months).toEqual([1, 2]);
  });

  it('has visit days in April/May with three 45-minute conversations, one per group', () => {
    expect(step('assessment-oriented', 'assessment-oriented.visit-day.visit').timing?.months).toEqual([4, 5]);
    const conversations = review('assessment-oriented').phases.flatMap((p) => p.steps).filter((s) => s.conversationGroupId);
    expect(conversations.map((s) => s.conversationGroupId)).toEqual(['students', 'teacher-educators', 'board-members']);
    for (const s of conversations) expect(s.timing?.duration).toEqual({ amount: 45, unit: 'minutes' });
  });

  it('submits a final dossier and ends with an assessment meeting and advice', () => {
    expect(step('assessment-oriented', 'assessment-oriented.preparation.final-dossier').text.nl).toMatch(/samenwerkingsovereenkomst/);
    expect(step('assessment-oriented', 'assessment-oriented.decision.assessment-meeting')).toBeDefined();
  });
});
