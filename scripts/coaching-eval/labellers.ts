// More than one labeller: the second opinions on the eval corpus, and how the held-out half's
// labels are settled. One author's label is one reading of a borderline answer; the held-out
// half (since heldout-6) is therefore labelled three times over: its author, a second labeller who
// never saw the author's labels, and, only where those two differ, a third who saw neither
// and answered just the questions in dispute. The file's labels are the majority of the three,
// and a test checks that they are. The retired heldout-4/5 files got a second labeller too,
// so the evaluation can print how far two careful people agree: the ceiling for any rule.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type WaarborgId, waarborgIdSchema } from '../../src/domain/framework';
import { evalDir, type Labels, labelsSchema } from './corpus';

const labellingDir = `${evalDir}labelling/`;

export const LABELLING_FILES = {
  /** A second labeller's labels for retired-heldout-4.json (whose own labels are its author's). */
  retiredHeldout4Second: `${labellingDir}retired-heldout-4-second.json`,
  /** The same for retired-heldout-5.json. */
  retiredHeldout5Second: `${labellingDir}retired-heldout-5-second.json`,
  /** retired-heldout-6 (the fifth held-out half): the labels its authors gave while writing. */
  heldout6Author: `${labellingDir}heldout-6-author.json`,
  /** retired-heldout-6: a second labeller's, given without seeing the author's. */
  heldout6Second: `${labellingDir}heldout-6-second.json`,
  /** retired-heldout-6: a third labeller's answers to the questions the first two answered differently. */
  heldout6Third: `${labellingDir}heldout-6-third.json`,
  /** retired-heldout-7 (the sixth held-out half): its authors' labels. */
  heldout7Author: `${labellingDir}heldout-7-author.json`,
  /** retired-heldout-7: the second labeller's. */
  heldout7Second: `${labellingDir}heldout-7-second.json`,
  /** retired-heldout-7: the third labeller's answers to the disputes. */
  heldout7Third: `${labellingDir}heldout-7-third.json`,
  /** heldout-8, the held-out half now: its authors' labels. */
  heldout8Author: `${labellingDir}heldout-8-author.json`,
  /** heldout-8: the second labeller's. */
  heldout8Second: `${labellingDir}heldout-8-second.json`,
  /** heldout-8: the third labeller's answers to the disputes. */
  heldout8Third: `${labellingDir}heldout-8-third.json`,
} as const;

/** The corpus files whose labels were settled by three labellers, with their three files. */
export const SETTLED = {
  retiredHeldout6: { author: LABELLING_FILES.heldout6Author, second: LABELLING_FILES.heldout6Second, third: LABELLING_FILES.heldout6Third },
  retiredHeldout7: { author: LABELLING_FILES.heldout7Author, second: LABELLING_FILES.heldout7Second, third: LABELLING_FILES.heldout7Third },
  heldout8: { author: LABELLING_FILES.heldout8Author, second: LABELLING_FILES.heldout8Second, third: LABELLING_FILES.heldout8Third },
} as const;

const labelsById = z.record(z.string(), labelsSchema);
export type LabelsById = z.infer<typeof labelsById>;

/** A third labeller answers only what is in dispute: a signal, or whether one waarborg is linked. */
const thirdAnswers = z.strictObject({
  intention: z.boolean().optional(),
  example: z.boolean().optional(),
  partners: z.boolean().optional(),
  links: z.partialRecord(waarborgIdSchema, z.boolean()).optional(),
});
const thirdById = z.record(z.string(), thirdAnswers);
export type ThirdById = z.infer<typeof thirdById>;

export const readLabels = (file: string): LabelsById => labelsById.parse(JSON.parse(readFileSync(file, 'utf8')));
export const readThird = (file: string): ThirdById => thirdById.parse(JSON.parse(readFileSync(file, 'utf8')));

const SIGNALS = ['intention', 'example', 'partners'] as const;

/** The questions two labellers answered differently: the binary signals, and each waarborg one linked and the other did not. */
export function disputes(a: Labels, b: Labels): { signals: Array<(typeof SIGNALS)[number]>; links: WaarborgId[] } {
  const links = [...new Set([...a.links, ...b.links])].filter((id) => a.links.includes(id) !== b.links.includes(id));
  return { signals: SIGNALS.filter((signal) => a[signal] !== b[signal]), links };
}

/**
 * The majority of three: where author and second agree, that; where they differ, the third's
 * answer. Throws when a dispute has no third answer, so an unsettled label cannot slip through.
 */
export function settle(id: string, author: Labels, second: Labels, third: ThirdById[string] | undefined): Labels {
  const { signals, links } = disputes(author, second);
  const answer = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${id}: ${what} is in dispute and has no third answer`);
    return value;
  };
  const settled = { ...author, links: author.links.filter((l) => second.links.includes(l)) };
  for (const signal of signals) settled[signal] = answer(third?.[signal], signal);
  const linked = links.filter((l) => answer(third?.links?.[l], `the link to ${l}`));
  // Keep the framework's order of waarborgen, whatever order the labellers wrote them in.
  const keep = new Set([...settled.links, ...linked]);
  return { ...settled, links: waarborgIdSchema.options.filter((l) => keep.has(l)) };
}
