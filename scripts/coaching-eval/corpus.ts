// The coaching's evaluation corpus (test/domain/coaching/eval): the shape of one
// hand-labelled answer, where the two halves live, and reading them checked.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { waarborgIdSchema } from '../../src/domain/framework';

export const evalDir = fileURLToPath(new URL('../../test/domain/coaching/eval/', import.meta.url));

/** The corpus files, in the order they were made (the eval README tells their story). */
export const FILES = {
  /** The development half of the first split. */
  dev: `${evalDir}dev.json`,
  /** More development answers written after that split (ids `x-…`). */
  devExtra: `${evalDir}dev-extra.json`,
  /** The first split's held-out half, retired into dev once its figures had been read too often. */
  retiredHeldout: `${evalDir}retired-heldout.json`,
  /** The second held-out half (ids `h2-…`), measured once and then retired into dev. */
  retiredHeldout2: `${evalDir}retired-heldout-2.json`,
  /** The third held-out half (ids `h3-…`), measured once and then retired into dev. */
  retiredHeldout3: `${evalDir}retired-heldout-3.json`,
  /** More development answers by four new authors, written beside heldout-4 and apart from it (ids `d4-…`). */
  dev4: `${evalDir}dev-4.json`,
  /** The fourth held-out half's first file (ids `h4-…`), measured once and then retired into dev. */
  retiredHeldout4: `${evalDir}retired-heldout-4.json`,
  /** The fourth held-out half's second file (ids `h5-…`), measured once and then retired into dev. */
  retiredHeldout5: `${evalDir}retired-heldout-5.json`,
  /** The fifth held-out half (ids `h6-…`, labels settled by three labellers), measured once and then retired into dev. */
  retiredHeldout6: `${evalDir}retired-heldout-6.json`,
  /** The sixth held-out half (ids `h7-…`, labels settled by three labellers), measured once and then retired into dev. */
  retiredHeldout7: `${evalDir}retired-heldout-7.json`,
  /** The held-out half now (ids `h8-…`): 800 answers by four new authors, labels settled by three labellers; never tuned on. */
  heldout8: `${evalDir}heldout-8.json`,
} as const;

/** The two halves: tune on dev, only measure on held-out. */
const HALF_FILES = { dev: [FILES.dev, FILES.devExtra, FILES.retiredHeldout, FILES.retiredHeldout2, FILES.retiredHeldout3, FILES.dev4, FILES.retiredHeldout4, FILES.retiredHeldout5, FILES.retiredHeldout6, FILES.retiredHeldout7], heldout: [FILES.heldout8] } as const;
const namesOf = (files: readonly string[]) => files.map((file) => file.slice(evalDir.length)).join(' + ');
/** What each half is made of, as the evaluation prints it ("dev.json + dev-extra.json + …"). */
export const HALF_NAMES = { dev: namesOf(HALF_FILES.dev), heldout: namesOf(HALF_FILES.heldout) } as const;

/** The id prefix of each later file's items (the first split's two halves have none). */
export const ID_PREFIXES = ['x-', 'h2-', 'h3-', 'd4-', 'h4-', 'h5-', 'h6-', 'h7-', 'h8-'] as const;

const nonEmpty = z.string().refine((s) => s.trim().length > 0, 'must not be empty');

/** One answer's four labels, as its author or another labeller gave them. */
export const labelsSchema = z.strictObject({
  intention: z.boolean(),
  example: z.boolean(),
  partners: z.boolean(),
  /** The OTHER waarborgen the answer links to. */
  links: z.array(waarborgIdSchema),
});
export type Labels = z.infer<typeof labelsSchema>;

export const corpusItemSchema = z
  .strictObject({
    id: z.string().regex(new RegExp(String.raw`^(${ID_PREFIXES.join('|')})?(ll|lo|or|kc)-\d{3}$`)),
    waarborgId: waarborgIdSchema,
    lang: z.enum(['nl', 'en']),
    register: z.strictObject({
      role: z.enum(['student', 'schoolopleider', 'instituutsopleider', 'mentor', 'bestuurder', 'coordinator', 'schoolleider']),
      sector: z.enum(['po', 'vo', 'mbo']),
      length: z.enum(['short', 'medium', 'long']),
    }),
    text: nonEmpty,
    labels: labelsSchema,
    why: nonEmpty.optional(),
  })
  .refine((item) => !item.labels.links.includes(item.waarborgId), 'links name only other waarborgen')
  .refine((item) => new Set(item.labels.links).size === item.labels.links.length, 'links are listed once');
export type CorpusItem = z.infer<typeof corpusItemSchema>;

const corpusSchema = z
  .array(corpusItemSchema)
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'ids are unique');

export function readCorpus(file: string): CorpusItem[] {
  return corpusSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** One half as the evaluation sees it (dev is several files), ids unique across its files. */
export function readHalf(half: keyof typeof HALF_FILES): CorpusItem[] {
  return corpusSchema.parse(HALF_FILES[half].flatMap(readCorpus));
}
