// The coaching's evaluation corpus: a development half to tune on and a held-out half that is
// never tuned on. The held-out half only means something while nobody changes it, so every
// file is pinned: these checks fail on any edit, and a label found wrong is noted in the eval
// README instead. The files and their story: test/domain/coaching/eval/README.md.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CorpusItem, corpusItemSchema, FILES, ID_PREFIXES, readCorpus, readHalf } from '../../../scripts/coaching-eval/corpus';
import { WAARBORG_IDS } from '../../../src/domain/framework';

const SHA256: Record<keyof typeof FILES, string> = {
  dev: '5f7a63fd933221eae64b039de515dfb6bbf775fb059ff0b32672c7d5279981f5',
  devExtra: '7657ce20736bd86ed588909d9ed03c2045aa2fa1ad681ce434ec8f6b2c8c1aa4',
  retiredHeldout: 'f703e4c3bd350e7f0ee995a036611506452da60db8cd0984377490004e587bb1',
  retiredHeldout2: 'c3eaec632f863b44716f4ebe15c1b4343c9329b7e6c80db4afcc42725a39073e',
  retiredHeldout3: '88717a54a15da0cebf7d04727724a2fe71b2f1592c675d9d598ff29defd395c7',
  dev4: 'c7cae21108f369922c3ce96aaadf45c2183f7b80dd1e0e76fa4718ae8bebe9bf',
  retiredHeldout4: '44c97612aa74c8d3abb6a99ad9e216f84c60f451e88fd35dda1b30f1c893e4f7',
  retiredHeldout5: '7b62d7858a3ae5b7b85d4f9ff7b4c52015b570e0c2f59aecd80446119b04eac1',
  retiredHeldout6: 'bee03b12775eaf0427ac5c040922f0249cd69b8964005eeb50b59d062ebca84d',
  retiredHeldout7: '4b321585f549b82f43ee27df0216f538cd1ad7f5e6141b2a27e416a5f941b82f',
  heldout8: '963bb1208b1cc9a4a9c40d6dfa47a102371d6544d46229d1527845079687eac0',
};

/** The id prefix each file's items carry ('' for the first split's two halves). */
const PREFIX: Record<keyof typeof FILES, string> = { dev: '', devExtra: 'x-', retiredHeldout: '', retiredHeldout2: 'h2-', retiredHeldout3: 'h3-', dev4: 'd4-', retiredHeldout4: 'h4-', retiredHeldout5: 'h5-', retiredHeldout6: 'h6-', retiredHeldout7: 'h7-', heldout8: 'h8-' };

const files = Object.keys(FILES) as (keyof typeof FILES)[];
const count = (items: readonly CorpusItem[], pick: (item: CorpusItem) => boolean) => items.filter(pick).length;
const prefixOf = (id: string) => ID_PREFIXES.find((prefix) => id.startsWith(prefix)) ?? '';

describe('the coaching eval corpus', () => {
  it.each(files)('%s is unchanged', (file) => {
    expect(createHash('sha256').update(readFileSync(FILES[file])).digest('hex')).toBe(SHA256[file]);
  });

  it.each(files)('every %s item is valid, carries its file id prefix, and the file holds at least 150', (file) => {
    const raw: unknown[] = JSON.parse(readFileSync(FILES[file], 'utf8'));
    const invalid = raw.flatMap((item, i) => {
      const parsed = corpusItemSchema.safeParse(item);
      return parsed.success ? [] : [`#${i}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`];
    });
    expect(invalid).toEqual([]);
    const items = readCorpus(FILES[file]);
    expect(items.filter((item) => prefixOf(item.id) !== PREFIX[file]).map((item) => item.id)).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(150);
  });

  it('reads dev as ten files and held-out as one, with no id in both halves', () => {
    const dev = readHalf('dev');
    const heldout = readHalf('heldout');
    expect(dev.length).toBe(files.filter((file) => file !== 'heldout8').reduce((n, file) => n + readCorpus(FILES[file]).length, 0));
    expect(heldout.length).toBe(readCorpus(FILES.heldout8).length);
    const devIds = new Set(dev.map((item) => item.id));
    expect(heldout.filter((item) => devIds.has(item.id)).map((item) => item.id)).toEqual([]);
  });

  it('gives the held-out half every waarborg and both languages, and positives for every signal', () => {
    const heldout = readHalf('heldout');
    for (const waarborgId of WAARBORG_IDS) {
      expect(count(heldout, (item) => item.waarborgId === waarborgId), waarborgId).toBeGreaterThanOrEqual(100);
      expect(count(heldout, (item) => item.waarborgId === waarborgId && item.lang === 'en'), `${waarborgId}/en`).toBeGreaterThanOrEqual(20);
    }
    expect(count(heldout, (item) => item.labels.intention)).toBeGreaterThanOrEqual(30);
    expect(count(heldout, (item) => item.labels.example)).toBeGreaterThanOrEqual(30);
    expect(count(heldout, (item) => item.labels.partners)).toBeGreaterThanOrEqual(30);
    expect(count(heldout, (item) => item.labels.links.length > 0)).toBeGreaterThanOrEqual(30);
    for (const waarborgId of WAARBORG_IDS) expect(count(heldout, (item) => item.labels.links.includes(waarborgId)), waarborgId).toBeGreaterThanOrEqual(10);
  });
});
