import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ASSESSMENT_CRITERION_IDS, waarborgIdSchema } from '../../../src/domain/framework';
import { FOLLOW_UP_IDS, PARTNER_ROLE_IDS, fold } from '../../../src/domain/coaching';

/**
 * The labelled corpus (`corpus.json`): realistic answers in the register of a
 * partnership's self-evaluation, each with what the rules should find. Add entries
 * there; every test that iterates the corpus picks them up.
 *
 * Labels:
 * - `intentions`: the intention phrases in text order, folded (lower case, no
 *   diacritics, single spaces), exactly as far as the phrase should reach;
 * - `hasStudentExample`; `partners` (set of role ids, `joint` for a joint word);
 * - `coherence`: the other waarborgen the answer links to (set);
 * - `criteria`: the criteria it covers (set); `followUps`: the ids in order.
 */
export const corpusEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  waarborgId: waarborgIdSchema,
  lang: z.enum(['nl', 'en']),
  text: z.string().min(1),
  expect: z.strictObject({
    intentions: z.array(z.string().min(1)),
    hasStudentExample: z.boolean(),
    partners: z.array(z.enum(PARTNER_ROLE_IDS)),
    coherence: z.array(waarborgIdSchema),
    criteria: z.array(z.enum(ASSESSMENT_CRITERION_IDS)),
    followUps: z.array(z.enum(FOLLOW_UP_IDS)).max(2),
  }),
  note: z.string().optional(),
});
export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

const corpusSchema = z
  .array(corpusEntrySchema)
  .min(30)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    for (const [i, e] of entries.entries()) {
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${e.id}`, path: [i, 'id'] });
      seen.add(e.id);
      if (e.expect.coherence.includes(e.waarborgId)) {
        ctx.addIssue({ code: 'custom', message: `${e.id}: coherence cannot name the waarborg answered`, path: [i, 'expect', 'coherence'] });
      }
    }
  });

export function loadCorpus(): CorpusEntry[] {
  const raw: unknown = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8'));
  return corpusSchema.parse(raw);
}

/** How labels compare with phrases the analysis returns. */
export function normalisePhrase(phrase: string): string {
  return fold(phrase).lower.replace(/\s+/g, ' ').trim();
}
