import { describe, it, expect } from 'vitest';
import { framework } from '../../../src/domain/framework';

describe('assessment criteria (DUS-I bijlage 3)', () => {
  it('has the four criteria in source order', () => {
    expect(framework.assessment.criteria.map((c) => c.id)).toEqual(['concrete', 'coherence', 'practice', 'jointness']);
    expect(framework.assessment.criteria.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(framework.assessment.criteria.map((c) => c.name.en)).toEqual([
      'Concrete description',
      'Coherence with the other waarborgen',
      'Execution in practice',
      'Jointness of execution',
    ]);
    for (const c of framework.assessment.criteria) {
      expect(c.source).toEqual({ document: 'dusi-verslag-2024', section: 'bijlage 3 Beoordelingscriteria' });
    }
  });

  it('states that all four waarborgen must be judged sufficient', () => {
    const rule = framework.assessment.rules.find((r) => r.id === 'assessment.rule.all-four-sufficient');
    expect(rule?.text.nl).toMatch(/alle vier/);
  });

  it('lists the four factors the committee called decisive', () => {
    expect(framework.assessment.decisiveFactors).toHaveLength(4);
  });
});
