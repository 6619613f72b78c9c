// `npm run eval:coaching [-- --dev | --errors dev]`: runs the coaching analysis (the public entry
// the flows use) on both halves of the eval corpus and prints precision and recall per signal.
// `--dev` prints the dev half only, so tuning never shows held-out figures; `--errors dev` (dev
// half only too) also lists the dev items it gets wrong, with the words that triggered them.
// There is deliberately no way to list held-out errors: that half gives figures only.
import { analyseAnswer } from '../../src/domain/coaching';
import { type CorpusItem, FILES, HALF_NAMES, readCorpus, readHalf } from './corpus';
import { LABELLING_FILES, type LabelsById, readLabels } from './labellers';
import { countAll, meetsTarget, precision, ROWS, recall, type Scored, TARGET, wrongSignals } from './metrics';
import { signalsOf, triggersOf } from './signals';

const USAGE = 'usage: npm run eval:coaching [-- --dev] [-- --errors dev]';

type Options = { errors: boolean; heldout: boolean };

/** `--dev` and `--errors dev` in any order; either one leaves the held-out half out. */
function parseArgs(args: readonly string[]): Options {
  const rest = [...args];
  let dev = false;
  let errors = false;
  while (rest.length > 0) {
    const arg = rest.shift();
    if (arg === '--dev') dev = true;
    else if (arg === '--errors' && rest[0] === 'dev') {
      rest.shift();
      errors = true;
    } else if (arg === '--errors') throw new Error(`only the dev half's errors can be listed; the held-out half gives figures only\n${USAGE}`);
    else throw new Error(`unknown arguments: ${args.join(' ')}\n${USAGE}`);
  }
  return { errors, heldout: !dev && !errors };
}

const score = (item: CorpusItem) => {
  const analysis = analyseAnswer(item.text, { waarborgId: item.waarborgId });
  return { item, analysis, expected: item.labels, got: signalsOf(analysis) };
};

const pct = (value: number | undefined) => (value === undefined ? 'n/a' : `${(value * 100).toFixed(1)} %`);

function table(title: string, scored: readonly Scored[], withTarget: boolean): string {
  const counts = countAll(scored);
  const head = ['signal'.padEnd(28), 'TP'.padStart(4), 'FP'.padStart(4), 'FN'.padStart(4), 'precision'.padStart(10), 'recall'.padStart(8)];
  if (withTarget) head.push(`  ≥ ${TARGET * 100} %`);
  const lines = [title, head.join(' ')];
  for (const row of ROWS) {
    const c = counts[row];
    const cells = [row.padEnd(28), String(c.tp).padStart(4), String(c.fp).padStart(4), String(c.fn).padStart(4), pct(precision(c)).padStart(10), pct(recall(c)).padStart(8)];
    if (withTarget) cells.push(meetsTarget(c) ? '  yes' : '  NO');
    lines.push(cells.join(' '));
  }
  if (withTarget) {
    const met = ROWS.filter((row) => meetsTarget(counts[row])).length;
    lines.push(`held-out target (≥ ${TARGET * 100} % precision and recall for every signal): ${met === ROWS.length ? 'met' : `NOT met (${met} of ${ROWS.length} rows)`}`);
  }
  return lines.join('\n');
}

/** The same rows per language (Dutch, English), so English answers can be seen to be read as well as Dutch ones. */
function languageTable(title: string, scored: ReadonlyArray<ReturnType<typeof score>>): string {
  const langs = ['nl', 'en'] as const;
  const groups = langs.map((lang) => scored.filter((s) => s.item.lang === lang));
  const counts = groups.map(countAll);
  const cell = (c: { tp: number; fp: number; fn: number }) => `${pct(precision(c)).padStart(8)} ${pct(recall(c)).padStart(8)} ${`(${c.tp + c.fn})`.padStart(5)}`;
  const lines = [title, ['signal'.padEnd(28), ...langs.map((lang, i) => `${lang} (${groups[i]!.length})`.padEnd(23))].join(' '), [''.padEnd(28), ...langs.map(() => `${'prec.'.padStart(8)} ${'recall'.padStart(8)} ${'(pos)'.padStart(5)}`)].join(' ')];
  for (const row of ROWS) lines.push([row.padEnd(28), ...counts.map((c) => cell(c[row]).padEnd(23))].join(' '));
  return lines.join('\n');
}

function errorList(scored: ReadonlyArray<ReturnType<typeof score>>): string {
  const wrong = scored.filter((s) => wrongSignals(s).length > 0);
  const blocks = wrong.map((s) => {
    const triggers = triggersOf(s.analysis);
    const lines = [`${s.item.id} (${s.item.waarborgId}, ${s.item.lang})`, ...s.item.text.split('\n').map((line) => `  | ${line}`)];
    for (const signal of wrongSignals(s)) {
      const show = (v: boolean | readonly string[]) => (typeof v === 'boolean' ? String(v) : `[${v.join(', ')}]`);
      lines.push(`  ${signal}: expected ${show(s.expected[signal])}, got ${show(s.got[signal])}`);
      lines.push(`    triggered by: ${triggers[signal].join('; ') || '(nothing)'}`);
    }
    if (s.item.why) lines.push(`  label note: ${s.item.why}`);
    return lines.join('\n');
  });
  return [`dev errors: ${wrong.length} of ${scored.length} answers`, ...blocks].join('\n\n');
}

/** Labels of one labeller (`other`) scored against another's (`reference`), as if the other were a rule. */
function against(items: readonly CorpusItem[], reference: (item: CorpusItem) => CorpusItem['labels'], other: LabelsById): Scored[] {
  return items.map((item) => {
    const got = other[item.id];
    if (!got) throw new Error(`${item.id} has no second label`);
    return { expected: reference(item), got };
  });
}

const AGREEMENT_NOTE =
  'precision = of what the second labeller marked, the share the reference marked too; recall = of what the reference marked, the share the second labeller marked';

function main(): void {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const dev = readHalf('dev').map(score);
  console.log(table(`dev (${dev.length} answers: ${HALF_NAMES.dev}; tune on this half)`, dev, false));
  console.log();
  console.log(languageTable('dev by language (precision, recall, labelled positives)', dev));
  // The settled files' labels are the majority; their authors' own labels are the reference here, as for 4 and 5.
  const authorsOfSettled = { ...readLabels(LABELLING_FILES.heldout6Author), ...readLabels(LABELLING_FILES.heldout7Author) };
  const settledRetired = [...readCorpus(FILES.retiredHeldout6), ...readCorpus(FILES.retiredHeldout7)].map((item) => ({ ...item, labels: authorsOfSettled[item.id] ?? item.labels }));
  const retired = [...readCorpus(FILES.retiredHeldout4), ...readCorpus(FILES.retiredHeldout5), ...settledRetired];
  const secondOnRetired = {
    ...readLabels(LABELLING_FILES.retiredHeldout4Second),
    ...readLabels(LABELLING_FILES.retiredHeldout5Second),
    ...readLabels(LABELLING_FILES.heldout6Second),
    ...readLabels(LABELLING_FILES.heldout7Second),
  };
  console.log();
  console.log(table(`two labellers on dev (${retired.length} answers: retired-heldout-4 to 7; a second labeller against the authors)`, against(retired, (item) => item.labels, secondOnRetired), false));
  console.log(AGREEMENT_NOTE);
  if (options.heldout) {
    const heldoutItems = readHalf('heldout');
    const heldout = heldoutItems.map(score);
    console.log();
    console.log(table(`held-out (${heldout.length} answers: ${HALF_NAMES.heldout}, labels settled by three labellers; never tune on this half)`, heldout, true));
    console.log();
    console.log(languageTable('held-out by language (precision, recall, labelled positives)', heldout));
    const authors = readLabels(LABELLING_FILES.heldout8Author);
    const authorOf = (item: CorpusItem) => {
      const labels = authors[item.id];
      if (!labels) throw new Error(`${item.id} has no author label`);
      return labels;
    };
    console.log();
    console.log(table('held-out, the rules against the authors\' labels alone (as every earlier held-out half was labelled)', heldout.map((s) => ({ expected: authorOf(s.item), got: s.got })), false));
    console.log();
    console.log(table('held-out, two labellers: the second against the authors', against(heldoutItems, authorOf, readLabels(LABELLING_FILES.heldout8Second)), false));
    console.log(AGREEMENT_NOTE);
  }
  if (options.errors) {
    console.log();
    console.log(errorList(dev));
  }
}

main();
