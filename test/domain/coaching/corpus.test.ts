import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '../../../src/domain/coaching';
import { loadCorpus, normalisePhrase } from './corpus';
import { addBinary, addMultiset, emptyCounts, score, type Counts } from './metrics';

const corpus = loadCorpus();
const sorted = (xs: readonly string[]) => [...xs].sort();

describe('labelled corpus', () => {
  it('has at least 30 Dutch and a few English answers for all four waarborgen', () => {
    expect(corpus.filter((e) => e.lang === 'nl').length).toBeGreaterThanOrEqual(30);
    expect(corpus.filter((e) => e.lang === 'en').length).toBeGreaterThanOrEqual(3);
    expect(new Set(corpus.map((e) => e.waarborgId)).size).toBe(4);
  });

  it('has hits and non-hits for every rule', () => {
    const both = (f: (e: (typeof corpus)[number]) => boolean) => [corpus.some(f), corpus.some((e) => !f(e))];
    expect(both((e) => e.expect.intentions.length > 0)).toEqual([true, true]);
    expect(both((e) => e.expect.hasStudentExample)).toEqual([true, true]);
    expect(both((e) => e.expect.partners.length > 0)).toEqual([true, true]);
    expect(both((e) => e.expect.coherence.length > 0)).toEqual([true, true]);
    for (const c of ['concrete', 'coherence', 'practice', 'jointness'] as const) {
      expect(both((e) => e.expect.criteria.includes(c))).toEqual([true, true]);
    }
    expect(both((e) => e.expect.followUps.length === 0)).toEqual([true, true]);
  });

  describe.each(corpus)('$id ($waarborgId)', (entry) => {
    const a = analyseAnswer(entry.text, { waarborgId: entry.waarborgId });

    it('finds the labelled intentions', () => {
      expect(a.intentions.map((i) => normalisePhrase(i.phrase))).toEqual(entry.expect.intentions);
    });
    it('decides on the student example', () => {
      expect(a.hasStudentExample).toBe(entry.expect.hasStudentExample);
    });
    it('names the labelled partners', () => {
      expect(sorted(a.partnersNamed)).toEqual(sorted(entry.expect.partners));
    });
    it('links the labelled waarborgen', () => {
      expect(sorted(a.linkedWaarborgen)).toEqual(sorted(entry.expect.coherence));
      expect(a.coherenceMentioned).toBe(entry.expect.coherence.length > 0);
    });
    it('covers the labelled criteria', () => {
      expect(sorted(a.criteria.map((c) => c.id))).toEqual(sorted(entry.expect.criteria));
    });
    it('asks the labelled follow-ups in order', () => {
      expect(a.followUps.map((f) => f.id)).toEqual(entry.expect.followUps);
    });
  });
});

describe('precision and recall per rule over the corpus', () => {
  const rules = {
    intentions: emptyCounts(),
    'intention sentences (any hit)': emptyCounts(),
    'student example': emptyCounts(),
    partners: emptyCounts(),
    coherence: emptyCounts(),
    'criterion concrete': emptyCounts(),
    'criterion coherence': emptyCounts(),
    'criterion practice': emptyCounts(),
    'criterion jointness': emptyCounts(),
    'follow-ups': emptyCounts(),
  } satisfies Record<string, Counts>;

  for (const entry of corpus) {
    const a = analyseAnswer(entry.text, { waarborgId: entry.waarborgId });
    addMultiset(rules.intentions, entry.expect.intentions, a.intentions.map((i) => normalisePhrase(i.phrase)));
    addBinary(rules['intention sentences (any hit)'], entry.expect.intentions.length > 0, a.intentions.length > 0);
    addBinary(rules['student example'], entry.expect.hasStudentExample, a.hasStudentExample);
    addMultiset(rules.partners, entry.expect.partners, a.partnersNamed);
    addMultiset(rules.coherence, entry.expect.coherence, a.linkedWaarborgen);
    for (const c of ['concrete', 'coherence', 'practice', 'jointness'] as const) {
      addBinary(rules[`criterion ${c}`], entry.expect.criteria.includes(c), a.criteria.some((x) => x.id === c));
    }
    addMultiset(rules['follow-ups'], entry.expect.followUps, a.followUps.map((f) => f.id));
  }

  const table = Object.entries(rules).map(([rule, counts]) => {
    const { precision, recall } = score(counts);
    return { rule, ...counts, precision: Number(precision.toFixed(3)), recall: Number(recall.toFixed(3)) };
  });
  // The report, visible in the test output.
  const pad = (v: string | number, n: number) => String(v).padStart(n);
  console.log(
    [
      `coaching corpus: ${corpus.length} labelled answers (${corpus.filter((e) => e.lang === 'en').length} English)`,
      `${'rule'.padEnd(30)} ${pad('tp', 4)} ${pad('fp', 3)} ${pad('fn', 3)} ${pad('precision', 9)} ${pad('recall', 6)}`,
      ...table.map((r) => `${r.rule.padEnd(30)} ${pad(r.tp, 4)} ${pad(r.fp, 3)} ${pad(r.fn, 3)} ${pad(r.precision.toFixed(3), 9)} ${pad(r.recall.toFixed(3), 6)}`),
    ].join('\n'),
  );

  it.each(table)('$rule: precision and recall are 100% (tp $tp, fp $fp, fn $fn)', (row) => {
    expect(row.precision).toBe(1);
    expect(row.recall).toBe(1);
  });
});
