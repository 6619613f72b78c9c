// The coaching's evaluation corpus is split once (scripts/split-coaching-corpus.ts). The
// held-out half only means something while nobody changes it or tunes on it: these checks
// fail on any edit to either half, so a label found wrong is noted in the eval README instead.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CorpusItem, corpusItemSchema, HALVES, readCorpus } from '../../../scripts/coaching-eval/corpus';
import { WAARBORG_IDS } from '../../../src/domain/framework';

const SHA256 = {
  dev: '5f7a63fd933221eae64b039de515dfb6bbf775fb059ff0b32672c7d5279981f5',
  heldout: 'f703e4c3bd350e7f0ee995a036611506452da60db8cd0984377490004e587bb1',
} as const;

const halves = ['dev', 'heldout'] as const;
const read = (half: (typeof halves)[number]) => readCorpus(HALVES[half]);
const count = (items: readonly CorpusItem[], pick: (item: CorpusItem) => boolean) => items.filter(pick).length;

describe('the coaching eval split', () => {
  it.each(halves)('%s is unchanged since the split', (half) => {
    const sha = createHash('sha256').update(readFileSync(HALVES[half])).digest('hex');
    expect(sha).toBe(SHA256[half]);
  });

  it.each(halves)('every %s item is valid and the half holds at least 150', (half) => {
    const raw: unknown[] = JSON.parse(readFileSync(HALVES[half], 'utf8'));
    const invalid = raw.flatMap((item, i) => {
      const parsed = corpusItemSchema.safeParse(item);
      return parsed.success ? [] : [`#${i}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`];
    });
    expect(invalid).toEqual([]);
    expect(read(half).length).toBeGreaterThanOrEqual(150);
  });

  it('puts no id in both halves', () => {
    const dev = new Set(read('dev').map((item) => item.id));
    expect(read('heldout').filter((item) => dev.has(item.id)).map((item) => item.id)).toEqual([]);
  });

  it('gives both halves the same share of every waarborg and language, and positives for every signal', () => {
    const [dev, heldout] = [read('dev'), read('heldout')];
    for (const waarborgId of WAARBORG_IDS) {
      for (const lang of ['nl', 'en'] as const) {
        const inStratum = (item: CorpusItem) => item.waarborgId === waarborgId && item.lang === lang;
        expect(Math.abs(count(dev, inStratum) - count(heldout, inStratum)), `${waarborgId}/${lang}`).toBeLessThanOrEqual(1);
      }
    }
    for (const items of [dev, heldout]) {
      expect(count(items, (item) => item.labels.intention)).toBeGreaterThanOrEqual(30);
      expect(count(items, (item) => item.labels.example)).toBeGreaterThanOrEqual(30);
      expect(count(items, (item) => item.labels.partners)).toBeGreaterThanOrEqual(30);
      expect(count(items, (item) => item.labels.links.length > 0)).toBeGreaterThanOrEqual(30);
      for (const waarborgId of WAARBORG_IDS) expect(count(items, (item) => item.labels.links.includes(waarborgId))).toBeGreaterThanOrEqual(10);
    }
  });
});
