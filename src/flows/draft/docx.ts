// The draft as a Word document, in two versions. Both: a title page
// (partnership, Onderwijsregio, sectors, review type, visit date, date of the
// version), a reading guide, a table of contents, one section per waarborg
// starting on a new page (Heading 1, a Heading 2 per item), page numbers in the
// footer, a default font, spacing and the document language. The clean version
// stops there: it is ready to send. The working version adds, as Word comments
// on the headings, each item's source and status and each waarborg's summary,
// and a placeholder where no text was chosen yet.
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  HeadingLevel,
  type ICommentOptions,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TableOfContents,
  TextRun,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { DossierCheck } from '../../domain/dossier-check';
import type { Draft, DraftItem, DraftVariant } from '../../domain/draft';
import { textsFor } from '../../texts';
import { textStatus, waarborgStatus } from '../../texts/draft-status';
import type { DraftTexts } from '../../texts/sections/draft';
import { dossierAppendix } from './docx-appendix';

/** The style id of the comments' source and status lines (and for tests). */
export const STATUS_STYLE = 'DraftStatus';
export const PLACEHOLDER_STYLE = 'DraftPlaceholder';

const TOC_HEADING_STYLE = 'TOCHeading';
const FONT = 'Calibri';
/** Half-points. */
const BODY_SIZE = 22;

/** `appendix`: the dossier check, as the last section (the working version's; see the README). */
export async function renderDocx(draft: Draft, variant: DraftVariant, appendix?: DossierCheck): Promise<Buffer> {
  const texts = textsFor(draft.locale).draft;
  const doc = texts.document;
  const title = doc.title[draft.partnership.reviewType];
  const working = variant === 'working';
  const comments: ICommentOptions[] = [];
  const now = new Date(`${draft.date}T12:00:00Z`);
  /**
   * A heading; in the working version with a comment holding `notes`. `alone`: nothing
   * follows it (an item without text in the clean version), so it is not kept with the
   * next paragraph: kept, a run of such headings was carried onto a page of its own,
   * ahead of the next waarborg's page, and the contents' page numbers were off.
   */
  const heading = (text: string, level: (typeof HeadingLevel)['HEADING_1' | 'HEADING_2'], notes: string[], pageBreakBefore = false, alone = false): Paragraph => {
    const run = new TextRun(clean(text));
    const keep = alone ? { keepNext: false } : {};
    if (!working || notes.length === 0) return new Paragraph({ heading: level, pageBreakBefore, ...keep, children: [run] });
    const id = comments.length;
    comments.push({
      id,
      author: doc.commentAuthor,
      initials: 'SO',
      date: now,
      children: notes.map((note) => new Paragraph({ text: clean(note), style: STATUS_STYLE })),
    });
    return new Paragraph({
      heading: level,
      pageBreakBefore,
      ...keep,
      children: [new CommentRangeStart(id), run, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })],
    });
  };

  const { partnership } = draft;
  const titlePage = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: clean(partnership.name), style: 'Subtitle' }),
    ...(working ? [new Paragraph({ children: [new TextRun({ text: doc.workingMark, italics: true })], style: PLACEHOLDER_STYLE })] : []),
    field(doc.partnership, partnership.name),
    field(doc.region, partnership.region),
    field(doc.sectors, partnership.sectors.map((sector) => doc.sectorNames[sector]).join(', ') || '-'),
    field(doc.review, doc.reviewType[partnership.reviewType]),
    field(doc.visitDate, partnership.visitDate ? doc.formatDate(partnership.visitDate) : doc.noVisitDate),
    field(doc.date, doc.formatDate(draft.date)),
  ];

  const vraagstukken = draft.vraagstukken ?? [];
  const guide = doc.readingGuide({
    title,
    partnership: partnership.name,
    reviewType: partnership.reviewType,
    wordLimit: draft.wordLimit,
    vraagstukken: vraagstukken.length > 0,
  });
  const front = [
    new Paragraph({ text: doc.readingGuideHeading, heading: HeadingLevel.HEADING_1 }),
    ...guide.map((text) => new Paragraph({ text: clean(text) })),
    // Not a heading: the table of contents does not list itself.
    new Paragraph({ text: doc.tocHeading, style: TOC_HEADING_STYLE, pageBreakBefore: true }),
    // Filled in with the headings and their pages as written, so it is right before Word updates it.
    new TableOfContents(doc.tocHeading, { hyperlink: true, headingStyleRange: '1-1' }),
  ];

  const body: Array<Paragraph | Table> = [];
  for (const waarborg of draft.waarborgen) {
    body.push(heading(doc.waarborgHeading(waarborg.number, waarborg.name), HeadingLevel.HEADING_1, [doc.statusLine(waarborgStatus(texts, waarborg))], true));
    for (const item of waarborg.items) {
      const notes = [doc.source(item.source.document, item.source.section), doc.statusLine(textStatus(texts, item))];
      const text = itemBody(item, doc, working);
      body.push(heading(`${item.label} ${[item.text, ...item.details].join(' ')}`, HeadingLevel.HEADING_2, notes, false, text.length === 0), ...text);
    }
  }
  if (vraagstukken.length > 0) {
    body.push(
      new Paragraph({ text: clean(textsFor(draft.locale).timeline.vraagstuk.exportHeading), heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
      ...vraagstukken.map((text, i) => new Paragraph({ text: clean(`${i + 1}. ${text}`) })),
    );
  }
  if (appendix) body.push(...dossierAppendix(draft, appendix, clean));

  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: clean(doc.footer(title, partnership.name)), size: 18, color: '6B6B6B' }), new TextRun({ children: [PageNumber.CURRENT], size: 18, color: '6B6B6B' })],
      }),
    ],
  });
  const heading1 = { run: { font: FONT, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } };

  const document = new Document({
    creator: partnership.name,
    title: `${title}: ${partnership.name}`,
    description: working ? doc.workingMark : undefined,
    ...(working ? { comments: { children: comments } } : {}),
    // The table of contents is written with its page numbers, so Word shows it as it is and does not ask to update.
    pageNumbers: estimatePageNumbers,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, language: { value: doc.language } },
          paragraph: { spacing: { after: 160, line: 276 } },
        },
        title: { run: { font: FONT, size: 52, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 2400, after: 240 } } },
        heading1,
        heading2: { run: { font: FONT, size: 26, bold: true, color: '2E5395' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 32, color: '2E5395' }, paragraph: { spacing: { after: 720 } } },
        { id: TOC_HEADING_STYLE, name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: heading1.run, paragraph: { spacing: { after: 240 } } },
        { id: STATUS_STYLE, name: 'Draft status', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '6B6B6B', size: 18 } },
        { id: PLACEHOLDER_STYLE, name: 'Draft placeholder', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: 'A33A3A' } },
      ],
    },
    // The title page is a section of its own, without page number; the rest is numbered.
    sections: [
      { children: titlePage },
      { properties: { page: { pageNumbers: { start: 1 } } }, footers: { default: footer }, children: [...front, ...body] },
    ],
  });
  return Packer.toBuffer(document);
}

function field(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(clean(value))] });
}

function itemBody(item: DraftItem, doc: DraftTexts['document'], working: boolean): Paragraph[] {
  if (item.state !== 'chosen') {
    // The clean version leaves the item without text: a placeholder is not for the committee.
    if (!working) return [];
    return [new Paragraph({ text: item.state === 'not-chosen' ? doc.notChosen(item.contributionCount) : doc.empty, style: PLACEHOLDER_STYLE })];
  }
  // One paragraph per paragraph of the text; single line breaks stay breaks.
  return clean(item.chosenText.replace(/\r\n?/g, '\n').trim())
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines = paragraph.split('\n');
      return new Paragraph({ children: lines.map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}) })) });
    });
}

/** XML 1.0 has no place for most control characters; a pasted one would corrupt the file. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
