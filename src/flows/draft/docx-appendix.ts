// The dossier check as an appendix of the working .docx: the matrix as a table
// (per waarborg × criterion a mark with the count, and which items do and do not
// show it), then per waarborg what is missing and every wish sentence in full,
// then every divergence. The same lines as the chat (dossier-lines.ts), as plain text.
import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DossierCheck } from '../../domain/dossier-check';
import type { Draft } from '../../domain/draft';
import { textsFor } from '../../texts';
import { divergenceLine, itemsById, missingLines, unchosenLine, wishLine } from './dossier-lines';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '8EAADB' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

export function dossierAppendix(draft: Draft, check: DossierCheck, clean: (text: string) => string): Array<Paragraph | Table> {
  const texts = textsFor(draft.locale);
  const t = texts.draft.dossierCheck;
  const items = itemsById(draft);
  const label = (id: string) => items.get(id)?.label ?? id;
  const text = (line: string, bold = false) => new Paragraph({ children: [new TextRun({ text: clean(plain(line)), bold })] });
  const cell = (lines: string[], bold = false) => new TableCell({ children: lines.map((line) => text(line, bold)) });

  const header = new TableRow({
    tableHeader: true,
    children: [cell([t.appendix.waarborgColumn], true), ...(check.waarborgen[0]?.cells ?? []).map((c) => cell([texts.draft.criteria[c.criterion]], true))],
  });
  const rows = check.waarborgen.map((w) => {
    const waarborg = draft.waarborgen.find((d) => d.id === w.waarborgId)!;
    const chosen = w.chosen.length;
    return new TableRow({
      children: [
        cell([texts.draft.document.waarborgHeading(waarborg.number, waarborg.name)], true),
        ...w.cells.map((c) =>
          cell(
            chosen === 0
              ? [t.cell(0, 0), t.appendix.noneChosen]
              : [
                  t.cell(c.met.length, chosen),
                  ...(c.met.length > 0 ? [t.appendix.metItems(c.met.map(label))] : []),
                  ...(c.unmet.length > 0 ? [t.appendix.unmetItems(c.unmet.map((m) => label(m.itemId)))] : []),
                ],
          ),
        ),
      ],
    });
  });

  const body: Array<Paragraph | Table> = [
    new Paragraph({ text: clean(t.appendix.heading), heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    text(t.appendix.intro),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: BORDERS, rows: [header, ...rows] }),
    text(t.legend),
  ];
  for (const w of check.waarborgen) {
    const waarborg = draft.waarborgen.find((d) => d.id === w.waarborgId)!;
    body.push(new Paragraph({ text: clean(texts.draft.document.waarborgHeading(waarborg.number, waarborg.name)), heading: HeadingLevel.HEADING_2 }));
    const missing = missingLines(texts, w, items);
    if (w.chosen.length > 0 && missing.length === 0) body.push(text(t.allMet));
    body.push(...missing.map((line) => text(line)));
    const unchosen = unchosenLine(texts, w, items);
    if (unchosen) body.push(text(unchosen));
    if (w.wishes.length > 0) body.push(text(t.wishesHeading, true), ...w.wishes.map((wish) => text(wishLine(texts, wish, items))));
  }
  body.push(new Paragraph({ text: clean(plain(t.divergencesHeading)), heading: HeadingLevel.HEADING_2 }), text(t.divergencesWhy));
  body.push(...(check.divergences.length === 0 ? [text(t.noDivergences)] : check.divergences.map((d) => text(divergenceLine(texts, d, items)))));
  return body;
}

/** The chat's Markdown emphasis left out: Word gets plain runs. */
function plain(line: string): string {
  return line.replace(/\*\*/g, '').replace(/^_(.*)_$/s, '$1');
}
