import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { analyseAnswer, analyseRequest, type Analysis, type CueMatch } from '../../../src/domain/coaching';
import { loadCorpus } from './corpus';

/** Every match the analysis reports, to check offsets against the text. */
function allMatches(a: Analysis): CueMatch[] {
  return [
    ...a.intentions,
    ...a.partnerMentions,
    ...a.coherenceMentions,
    ...a.details,
    ...a.studentExamples.flatMap((e) => [e.student, ...e.signals]),
  ];
}

describe('analyseAnswer', () => {
  it('validates the context with zod', () => {
    expect(() => analyseAnswer('tekst', { waarborgId: 'leerklimaat' } as never)).toThrow(ZodError);
    expect(() => analyseAnswer('tekst', { waarborgId: 'organisatie', extra: 1 } as never)).toThrow(ZodError);
    expect(() => analyseAnswer(42 as never, { waarborgId: 'organisatie' })).toThrow(ZodError);
    expect(() => analyseAnswer('x'.repeat(8_001), { waarborgId: 'organisatie' })).toThrow(ZodError);
  });

  it('accepts unknown input through analyseRequest', () => {
    expect(analyseRequest({ text: 'We willen dit.', waarborgId: 'organisatie' }).intentions).toHaveLength(1);
    expect(() => analyseRequest({ text: 'We willen dit.' })).toThrow(ZodError);
  });

  it('is deterministic', () => {
    const text = 'Sinds 2022 voeren de schoolopleider en de instituutsopleider samen een driehoeksgesprek. Volgend jaar willen we meer.';
    expect(analyseAnswer(text, { waarborgId: 'leeromgeving' })).toEqual(analyseAnswer(text, { waarborgId: 'leeromgeving' }));
  });

  it('treats decomposed diacritics (NFD) like composed ones and reports offsets in the NFC text', () => {
    const nfd = 'We ambie\u0308ren een audit met de coo\u0308rdinator.';
    const a = analyseAnswer(nfd, { waarborgId: 'kwaliteitscultuur' });
    expect(a.text).toBe(nfd.normalize('NFC'));
    expect(a.intentions.map((i) => i.phrase)).toEqual(['ambiëren']);
    // The coördinator is in a plan ("ambiëren"), so not a partner who carries practice; still found.
    expect(a.partnerMentions.map((m) => m.role)).toEqual(['coordinator']);
  });

  it('reports offsets that slice back to the reported text, for the whole corpus', () => {
    for (const entry of loadCorpus()) {
      const a = analyseAnswer(entry.text, { waarborgId: entry.waarborgId });
      for (const m of allMatches(a)) {
        expect(a.text.slice(m.start, m.end), `${entry.id} ${m.cueId}`).toBe(m.text);
        const sentence = a.sentences[m.sentenceIndex]!;
        expect(m.start, `${entry.id} ${m.cueId}`).toBeGreaterThanOrEqual(sentence.start);
      }
      for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('stays fast on the longest answer a chat turn allows', () => {
    const corpus = loadCorpus();
    let text = '';
    for (let i = 0; text.length < 7_900; i++) text += `${corpus[i % corpus.length]!.text}\n`;
    text = text.slice(0, 8_000);
    const started = performance.now();
    const a = analyseAnswer(text, { waarborgId: 'organisatie' });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(a.sentences.length).toBeGreaterThan(50);
  });

  it('survives pathological input without catastrophic backtracking', () => {
    for (const text of ['student '.repeat(1_000), 'a'.repeat(8_000), 'we '.repeat(2_600), '"'.repeat(8_000), 'samen met de '.repeat(600)]) {
      const started = performance.now();
      analyseAnswer(text.slice(0, 8_000), { waarborgId: 'leeromgeving' });
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(1_000);
    }
  });
});
