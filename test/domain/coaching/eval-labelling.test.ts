// The held-out half's labels (and the retired heldout-6's) are the majority of three labellers (scripts/coaching-eval/labellers.ts).
// These checks make that verifiable: every answer has an author's and a second labeller's labels,
// the third labeller answered exactly the questions the two disputed, and the labels in
// the file are what that majority gives, so no label can be set by hand afterwards.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILES, type Labels, readCorpus } from '../../../scripts/coaching-eval/corpus';
import { disputes, LABELLING_FILES, readLabels, readThird, SETTLED, settle } from '../../../scripts/coaching-eval/labellers';

const SHA256: Record<keyof typeof LABELLING_FILES, string> = {
  retiredHeldout4Second: '90a7a712e9ae727897d739da25b0fbf64905024d9658b6a6655b2b8ce33b3cf2',
  retiredHeldout5Second: '1fa408061817f1c22fa806459ac444f92568d4c54681a2d9bd4aff92f0c99fee',
  heldout6Author: 'a7495e325113a4b2afe0a176e20d3f1c4df0cf8ec5b125ee3e2d11f6900316ad',
  heldout6Second: 'a0e383eb90aac5a1bbba40eb3cd24965aa3012d8676c36da5c059180650a00ec',
  heldout6Third: '62c8c422a0d9866fad1b0f378ab5a0879bdb84e130eda9f56e2f8494399b0732',
  heldout7Author: 'f15fe34fe7a2dca18ab1088664c69a657955c560f1116b83ce816f117d28e30c',
  heldout7Second: '2509d0cc7f00b38aec0161a816822b23d65c35fff571ff85e2f304ebefc11aef',
  heldout7Third: '4325b64698dccdfdb1e7cd950e5a931ea3c4e63040706e6bf932edcef9749286',
  heldout8Author: 'f8df4c05c514a4f98edb1b7b720233cc8653400ecb87cb9ec6bbe8d16c87540d',
  heldout8Second: '2db5269e1e246303e31859c03b45152393cf3313ea0e975a154a28f3cfb286e8',
  heldout8Third: '3910be6653ef8389945d3185def9b1046c9f4ea6dde8e6161f9755f08a0d95e6',
};

const labels = (over: Partial<Labels> = {}): Labels => ({ intention: false, example: true, partners: true, links: ['organisatie'], ...over });

describe('settling labels by three labellers', () => {
  it('keeps what author and second agree on, with no third answer needed', () => {
    expect(settle('x', labels(), labels(), undefined)).toEqual(labels());
    expect(disputes(labels(), labels())).toEqual({ signals: [], links: [] });
  });

  it('takes the third answer where the two differ, signal by signal and link by link', () => {
    const author = labels({ example: true, links: ['organisatie', 'leeromgeving'] });
    const second = labels({ example: false, links: ['organisatie', 'kwaliteitscultuur'] });
    expect(disputes(author, second)).toEqual({ signals: ['example'], links: ['leeromgeving', 'kwaliteitscultuur'] });
    const settled = settle('x', author, second, { example: false, links: { leeromgeving: false, kwaliteitscultuur: true } });
    expect(settled).toEqual(labels({ example: false, links: ['organisatie', 'kwaliteitscultuur'] }));
    expect(settle('x', author, second, { example: true, links: { leeromgeving: true, kwaliteitscultuur: false } })).toEqual(labels({ example: true, links: ['leeromgeving', 'organisatie'] }));
  });

  it('refuses a dispute that has no third answer', () => {
    expect(() => settle('h6-ll-001', labels({ partners: true }), labels({ partners: false }), {})).toThrow('h6-ll-001: partners is in dispute');
    expect(() => settle('x', labels({ links: [] }), labels(), { links: {} })).toThrow('the link to organisatie');
  });
});

describe('the labelling files', () => {
  it.each(Object.keys(LABELLING_FILES) as (keyof typeof LABELLING_FILES)[])('%s is unchanged', (file) => {
    expect(createHash('sha256').update(readFileSync(LABELLING_FILES[file])).digest('hex')).toBe(SHA256[file]);
  });

  it.each([
    ['retired-heldout-4', FILES.retiredHeldout4, LABELLING_FILES.retiredHeldout4Second],
    ['retired-heldout-5', FILES.retiredHeldout5, LABELLING_FILES.retiredHeldout5Second],
    ['retired-heldout-6', FILES.retiredHeldout6, LABELLING_FILES.heldout6Second],
    ['retired-heldout-7', FILES.retiredHeldout7, LABELLING_FILES.heldout7Second],
    ['heldout-8', FILES.heldout8, LABELLING_FILES.heldout8Second],
  ])('a second labeller labelled every answer of %s, and nothing else', (_, corpus, second) => {
    expect(Object.keys(readLabels(second)).sort()).toEqual(readCorpus(corpus).map((item) => item.id).sort());
  });

  it.each(Object.keys(SETTLED) as (keyof typeof SETTLED)[])('gives %s the majority of its three labellers, the third answering exactly the disputes', (file) => {
    const items = readCorpus(FILES[file]);
    const author = readLabels(SETTLED[file].author);
    const second = readLabels(SETTLED[file].second);
    const third = readThird(SETTLED[file].third);
    expect(Object.keys(author).sort()).toEqual(items.map((item) => item.id).sort());
    for (const item of items) {
      const a = author[item.id]!;
      const b = second[item.id]!;
      const asked = disputes(a, b);
      const answered = third[item.id] ?? {};
      expect(Object.keys(answered).filter((k) => k !== 'links').sort(), item.id).toEqual([...asked.signals].sort());
      expect(Object.keys(answered.links ?? {}).sort(), item.id).toEqual([...asked.links].sort());
      const settled = settle(item.id, a, b, third[item.id]);
      expect({ ...item.labels, links: [...item.labels.links].sort() }, item.id).toEqual({ ...settled, links: [...settled.links].sort() });
    }
    expect(Object.keys(third).filter((id) => !(id in author))).toEqual([]);
  });
});
