import { describe, expect, it } from 'vitest';
import { analyseAnswer, type WaarborgId } from '../../../src/domain/coaching';
import { fold } from '../../../src/domain/coaching/normalise';
import { TIME_BUDGET } from '../../../src/domain/coaching/time-budget';

const run = (text: string, waarborgId: WaarborgId = 'organisatie') => analyseAnswer(text, { waarborgId });
const budget = (text: string) => TIME_BUDGET.exec(fold(text).lower)?.[0];

describe('time budget: a budget of time for a role is an arrangement the committee can picture (tuning round 7, h6)', () => {
  it.each<[string, string]>([
    ['Ik heb één uur per week voor mijn student.', 'een uur per week'],
    ['Iedere werkplekbegeleider krijgt 40 uur per student per jaar.', '40 uur per student per jaar'],
    ['De schoolopleider mag twee dagdelen per week aan het opleiden besteden.', 'twee dagdelen per week'],
    ['Every mentor gets one afternoon a month off.', 'one afternoon a month'],
    ['De schoolopleider is één dag in de twee weken bij ons.', 'een dag in de twee weken'],
  ])('the budget in %j', (text, expected) => {
    expect(budget(text)).toBe(expected);
  });
  it.each(['Elke twee weken komt de io langs.', 'We meet twice a year.', 'Het is een uur rijden.'])('no budget: %j', (text) => {
    expect(budget(text)).toBeUndefined();
  });
  it.each([
    'Als mentor krijg ik 25 uur per jaar, maar die gaan op aan invalwerk.',
    'As a principal I make sure every mentor gets one afternoon a month off for coaching the student.',
    // the content of "zorg dat" with a budget is an arrangement in place, not a norm
    'Als schoolleider zorg ik dat de werkplekbegeleiders een uur per week in hun rooster hebben voor de begeleiding.',
    'Elke instituutsopleider is gekoppeld aan twee scholen en is daar minstens een dagdeel per week.',
  ])('found: %j', (text) => {
    const a = run(text);
    expect(a.hasStudentExample).toBe(true);
    expect(a.studentExamples[0]!.signals.map((s) => s.cueId)).toContain('time.budget');
  });
  it.each([
    // no one who gets it, a plan, a negation, a norm without a budget
    'Het kost een uur per week.',
    'Volgend jaar willen we elke mentor twee uur per week geven.',
    'Mentoren krijgen geen uur per week voor de begeleiding.',
    'Ik zorg ervoor dat mentoren een training hebben gehad.',
  ])('not found: %j', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('time budget: a slot fixed for someone, by its period or its weekday (tuning round 8, h7)', () => {
  it.each<[string, string]>([
    ['Mijn praktijkopleider heeft een vast uur in de week voor mij.', 'een vast uur in de week'],
    ['Every LIO student has a fixed hour on Thursday with me.', 'a fixed hour on thursday'],
    ['We hebben een vaste dag per week op school.', 'een vaste dag per week'],
    ['Hier is er een vaste middag in de week voor studenten.', 'een vaste middag in de week'],
  ])('the slot in %j', (text, expected) => {
    expect(budget(text)).toBe(expected);
  });
  it.each(['We hebben een vast moment in de jaarplanning.', 'Ik geef een uur op maandag.', 'A fixed day at the partner school.'])('no slot: %j', (text) => {
    expect(budget(text)).toBeUndefined();
  });
  it('a fixed slot with who gets it is an example; a wish for one or none is not', () => {
    expect(run('Mijn praktijkopleider heeft een vast uur in de week voor mij, op woensdag het 3e uur.').hasStudentExample).toBe(true);
    expect(run('So every LIO student has a fixed hour on Thursday with me and with a senior teacher.', 'lerende-leraar').hasStudentExample).toBe(true);
    expect(run('Ik zou graag zien dat er meer ruimte komt voor de mentoren, een vaste middag per maand.').hasStudentExample).toBe(false);
    expect(run('Mentoren hebben geen vast uur in de week voor de begeleiding.').hasStudentExample).toBe(false);
  });
});
