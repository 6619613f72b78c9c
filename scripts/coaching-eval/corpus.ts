// The coaching's evaluation corpus (test/domain/coaching/eval): the shape of one
// hand-labelled answer, where the two halves live, and reading them checked.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { waarborgIdSchema } from '../../src/domain/framework';

export const evalDir = fileURLToPath(new URL('../../test/domain/coaching/eval/', import.meta.url));

/** The two halves: tune on dev, only measure on held-out (see the eval README). */
export const HALVES = { dev: `${evalDir}dev.json`, heldout: `${evalDir}heldout.json` } as const;

const nonEmpty = z.string().refine((s) => s.trim().length > 0, 'must not be empty');

export const corpusItemSchema = z
  .strictObject({
    id: z.string().regex(/^(ll|lo|or|kc)-\d{3}$/),
    waarborgId: waarborgIdSchema,
    lang: z.enum(['nl', 'en']),
    register: z.strictObject({
      role: z.enum(['student', 'schoolopleider', 'instituutsopleider', 'mentor', 'bestuurder', 'coordinator', 'schoolleider']),
      sector: z.enum(['po', 'vo', 'mbo']),
      length: z.enum(['short', 'medium', 'long']),
    }),
    text: nonEmpty,
    labels: z.strictObject({
      intention: z.boolean(),
      example: z.boolean(),
      partners: z.boolean(),
      /** The OTHER waarborgen the answer links to. */
      links: z.array(waarborgIdSchema),
    }),
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
