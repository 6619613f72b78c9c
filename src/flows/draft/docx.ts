// The draft as a Word document: a title page (partnership, Onderwijsregio,
// review type, date), then per waarborg a Heading 1 and per item a Heading 2
// with the chosen text under it. Source and status lines use their own
// paragraph style ("Draft status"), so Word can select and delete them all at once.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Draft, DraftItem } from '../../domain/draft';
import { textsFor } from '../../texts';
import { textStatus, waarborgStatus } from '../../texts/draft-status';
import type { DraftTexts } from '../../texts/sections/draft';

/** The style id of source and status lines, for stripping (and for tests). */
export const STATUS_STYLE = 'DraftStatus';
export const PLACEHOLDER_STYLE = 'DraftPlaceholder';

export async function renderDocx(draft: Draft): Promise<Buffer> {
  const texts = textsFor(draft.locale).draft;
  const doc = texts.document;
  const title = doc.title[draft.partnership.reviewType];

  const titlePage = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: doc.draftMark, italics: true })] }),
    field(doc.partnership, draft.partnership.name),
    field(doc.region, draft.partnership.region),
    field(doc.review, doc.reviewType[draft.partnership.reviewType]),
    field(doc.date, doc.formatDate(draft.date)),
  ];

  const body: Paragraph[] = [];
  for (const waarborg of draft.waarborgen) {
    body.push(
      new Paragraph({ text: clean(doc.waarborgHeading(waarborg.number, waarborg.name)), heading: HeadingLevel.HEADING_1 }),
      status(doc.statusLine(waarborgStatus(texts, waarborg))),
    );
    for (const item of waarborg.items) {
      const heading = [item.text, ...item.details].join(' ');
      body.push(
        new Paragraph({ text: clean(`${item.label} ${heading}`), heading: HeadingLevel.HEADING_2 }),
        status(doc.source(item.source.document, item.source.section)),
        status(doc.statusLine(textStatus(texts, item))),
        ...itemBody(item, texts.document),
      );
    }
  }

  const vraagstukken = draft.vraagstukken ?? [];
  if (vraagstukken.length > 0) {
    body.push(
      new Paragraph({ text: clean(textsFor(draft.locale).timeline.vraagstuk.exportHeading), heading: HeadingLevel.HEADING_1 }),
      ...vraagstukken.map((text, i) => new Paragraph({ text: clean(`${i + 1}. ${text}`) })),
    );
  }

  const document = new Document({
    creator: draft.partnership.name,
    title: `${title}: ${draft.partnership.name}`,
    styles: {
      paragraphStyles: [
        { id: STATUS_STYLE, name: 'Draft status', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '6B6B6B', size: 18 } },
        { id: PLACEHOLDER_STYLE, name: 'Draft placeholder', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: 'A33A3A' } },
      ],
    },
    // Two sections: the title page stands on its own page.
    sections: [{ children: titlePage }, { children: body }],
  });
  return Packer.toBuffer(document);
}

function field(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(clean(value))] });
}

function status(text: string): Paragraph {
  return new Paragraph({ text: clean(text), style: STATUS_STYLE });
}

function itemBody(item: DraftItem, doc: DraftTexts['document']): Paragraph[] {
  if (item.state !== 'chosen') {
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
