// Precision and recall per signal over one half of the eval corpus.
import { WAARBORG_IDS, type WaarborgId } from '../../src/domain/framework';
import type { Signals } from './signals';

export const TARGET = 0.9;

export interface Count {
  tp: number;
  fp: number;
  fn: number;
}

/** The rows of the table: three binary signals, "any link", and a link per waarborg. */
export const ROWS = ['intention', 'example', 'partners', 'link (any)', ...WAARBORG_IDS.map((id) => `link → ${id}` as const)] as const;
export type Row = (typeof ROWS)[number];

export interface Scored {
  expected: Signals;
  got: Signals;
}

function add(count: Count, expected: boolean, got: boolean): void {
  if (expected && got) count.tp++;
  else if (got) count.fp++;
  else if (expected) count.fn++;
}

export function countAll(items: readonly Scored[]): Record<Row, Count> {
  const counts = Object.fromEntries(ROWS.map((row) => [row, { tp: 0, fp: 0, fn: 0 }])) as Record<Row, Count>;
  for (const { expected, got } of items) {
    add(counts.intention, expected.intention, got.intention);
    add(counts.example, expected.example, got.example);
    add(counts.partners, expected.partners, got.partners);
    add(counts['link (any)'], expected.links.length > 0, got.links.length > 0);
    for (const id of WAARBORG_IDS) add(counts[`link → ${id}` as Row], expected.links.includes(id), got.links.includes(id));
  }
  return counts;
}

/** Undefined when there is nothing to divide by (no prediction, or no positive label). */
export const precision = ({ tp, fp }: Count): number | undefined => (tp + fp === 0 ? undefined : tp / (tp + fp));
export const recall = ({ tp, fn }: Count): number | undefined => (tp + fn === 0 ? undefined : tp / (tp + fn));

/** Meets the target: nothing wrongly claimed counts as full precision, nothing to find as full recall. */
export const meetsTarget = (count: Count): boolean => (precision(count) ?? 1) >= TARGET && (recall(count) ?? 1) >= TARGET;

/** Which signals an item got wrong, for the dev error list. */
export function wrongSignals({ expected, got }: Scored): Array<keyof Signals> {
  const same = (a: readonly WaarborgId[], b: readonly WaarborgId[]) => a.length === b.length && a.every((id) => b.includes(id));
  return (['intention', 'example', 'partners', 'links'] as const).filter((signal) =>
    signal === 'links' ? !same(expected.links, got.links) : expected[signal] !== got[signal],
  );
}
