import { describe, it, expect } from 'vitest';
import { framework } from '../../../src/domain/framework';

describe('self-evaluation requirements (DUS-I bijlage 3)', () => {
  it('has one requirement per waarborg, in order', () => {
    expect(framework.selfEvaluation.requirements.map((r) => r.waarborgId)).toEqual([
      'lerende-leraar',
      'leeromgeving',
      'organisatie',
      'kwaliteitscultuur',
    ]);
  });

  // Counted in the two columns of bijlage 3 (top-level bullets plus the trailing paragraph).
  it.each([
    ['lerende-leraar', 2, 4],
    ['leeromgeving', 4, 4],
    ['organisatie', 3, 8],
    ['kwaliteitscultuur', 3, 6],
  ] as const)('%s: %i basic-quality items and %i must-show items', (id, basic, show) => {
    const req = framework.selfEvaluation.requirements.find((r) => r.waarborgId === id)!;
    expect(req.basicQuality).toHaveLength(basic);
    expect(req.mustShow).toHaveLength(show);
    for (const item of [...req.basicQuality, ...req.mustShow]) {
      expect(item.source.document).toBe('dusi-verslag-2024');
      expect(item.source.section).toMatch(/^bijlage 3/);
    }
  });

  it('keeps the three sub-points of the first leeromgeving must-show item', () => {
    const lo = framework.selfEvaluation.requirements[1]!;
    expect(lo.mustShow[0]!.details).toHaveLength(3);
  });

  it('gives writing guidance, including the two helper questions', () => {
    const concrete = framework.selfEvaluation.guidance.find((g) => g.id === 'self-evaluation.guidance.concrete-examples');
    expect(concrete?.details?.map((d) => d.nl)).toEqual(['Wat ervaart de student?', 'Hoe werkt deze waarborg in de praktijk?']);
  });
});
