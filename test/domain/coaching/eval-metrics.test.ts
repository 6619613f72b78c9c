// The eval's arithmetic and its mapping of the analysis onto the four signals
// (scripts/coaching-eval): the printed figures are only as good as these.
import { describe, expect, it } from 'vitest';
import { countAll, meetsTarget, precision, recall, type Scored, wrongSignals } from '../../../scripts/coaching-eval/metrics';
import { type Signals, signalsOf } from '../../../scripts/coaching-eval/signals';
import type { Analysis } from '../../../src/domain/coaching';

const s = (intention: boolean, example: boolean, partners: boolean, links: Signals['links'] = []): Signals => ({ intention, example, partners, links });

describe('eval metrics', () => {
  const items: Scored[] = [
    { expected: s(true, true, false, ['organisatie']), got: s(true, false, false, ['organisatie', 'leeromgeving']) },
    { expected: s(false, true, true), got: s(true, true, true) },
    { expected: s(true, false, true, ['leeromgeving']), got: s(false, false, false) },
    { expected: s(false, false, false), got: s(false, false, false) },
  ];

  it('counts true positives, false positives and false negatives per signal and per linked waarborg', () => {
    const counts = countAll(items);
    expect(counts.intention).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts.example).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(counts.partners).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(counts['link (any)']).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(counts['link → organisatie']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts['link → leeromgeving']).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts['link → lerende-leraar']).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('computes precision and recall, undefined when there is nothing to divide by', () => {
    expect(precision({ tp: 9, fp: 1, fn: 3 })).toBeCloseTo(0.9);
    expect(recall({ tp: 9, fp: 1, fn: 3 })).toBeCloseTo(0.75);
    expect(precision({ tp: 0, fp: 0, fn: 2 })).toBeUndefined();
    expect(recall({ tp: 0, fp: 2, fn: 0 })).toBeUndefined();
  });

  it('meets the 90 % target only when both precision and recall reach it', () => {
    expect(meetsTarget({ tp: 9, fp: 1, fn: 1 })).toBe(true);
    expect(meetsTarget({ tp: 9, fp: 0, fn: 2 })).toBe(false);
    expect(meetsTarget({ tp: 8, fp: 2, fn: 0 })).toBe(false);
    expect(meetsTarget({ tp: 0, fp: 0, fn: 1 })).toBe(false);
    expect(meetsTarget({ tp: 0, fp: 0, fn: 0 })).toBe(true);
  });

  it('names the signals an item got wrong; links compare as sets', () => {
    expect(wrongSignals(items[0]!)).toEqual(['example', 'links']);
    expect(wrongSignals({ expected: s(false, false, false, ['organisatie', 'leeromgeving']), got: s(false, false, false, ['leeromgeving', 'organisatie']) })).toEqual([]);
  });
});

describe('signalsOf', () => {
  const analysis = (over: Partial<Analysis>): Analysis =>
    ({ intentions: [], hasStudentExample: false, partnersNamed: [], linkedWaarborgen: [], ...over }) as unknown as Analysis;

  it('maps intention hits, the example signal and the linked waarborgen', () => {
    const got = signalsOf(analysis({ intentions: [{} as Analysis['intentions'][number]], hasStudentExample: true, linkedWaarborgen: ['organisatie'] }));
    expect(got).toEqual({ intention: true, example: true, partners: false, links: ['organisatie'] });
  });

  it('counts as partners only roles that carry the work, not the student or a joint word', () => {
    expect(signalsOf(analysis({ partnersNamed: ['student', 'joint'] })).partners).toBe(false);
    expect(signalsOf(analysis({ partnersNamed: ['student', 'schoolopleider'] })).partners).toBe(true);
  });
});
