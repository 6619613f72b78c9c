// The draft as Markdown, in two versions like the .docx: a title block, a
// reading guide, a heading per waarborg, a subheading per item, then the chosen
// text. The working version adds source and status lines as blockquotes and a
// placeholder where nothing was chosen; the clean version has neither.
import type { Draft, DraftItem, DraftVariant } from '../../domain/draft';
import { textsFor } from '../../texts';
import { textStatus, waarborgStatus } from '../../texts/draft-status';
import type { DraftTexts } from '../../texts/sections/draft';

export function renderMarkdown(draft: Draft, variant: DraftVariant): string {
  const texts = textsFor(draft.locale).draft;
  const doc = texts.document;
  const working = variant === 'working';
  const { partnership } = draft;
  const title = doc.title[partnership.reviewType];
  const vraagstukken = draft.vraagstukken ?? [];
  const lines: string[] = [
    `# ${title}`,
    '',
    `**${partnership.name}**`,
    '',
    ...(working ? [`_${doc.workingMark}_`, ''] : []),
    `**${doc.partnership}:** ${partnership.name}  `,
    `**${doc.region}:** ${partnership.region}  `,
    `**${doc.sectors}:** ${partnership.sectors.map((sector) => doc.sectorNames[sector]).join(', ') || '-'}  `,
    `**${doc.review}:** ${doc.reviewType[partnership.reviewType]}  `,
    `**${doc.visitDate}:** ${partnership.visitDate ? doc.formatDate(partnership.visitDate) : doc.noVisitDate}  `,
    `**${doc.date}:** ${doc.formatDate(draft.date)}`,
    '',
    `## ${doc.readingGuideHeading}`,
  ];
  for (const paragraph of doc.readingGuide({ title, partnership: partnership.name, reviewType: partnership.reviewType, wordLimit: draft.wordLimit, vraagstukken: vraagstukken.length > 0 })) {
    lines.push('', paragraph);
  }
  for (const waarborg of draft.waarborgen) {
    lines.push('', `## ${doc.waarborgHeading(waarborg.number, waarborg.name)}`);
    if (working) lines.push('', `> ${doc.statusLine(waarborgStatus(texts, waarborg))}`);
    for (const item of waarborg.items) {
      lines.push('', `### ${item.label} ${item.text}`);
      if (item.details.length > 0) lines.push('', ...item.details.map((detail) => `- ${detail}`));
      if (working) lines.push('', `> ${doc.source(item.source.document, item.source.section)}  `, `> ${doc.statusLine(textStatus(texts, item))}`);
      const text = body(item, texts, working);
      if (text) lines.push('', text);
    }
  }
  if (vraagstukken.length > 0) {
    lines.push('', `## ${textsFor(draft.locale).timeline.vraagstuk.exportHeading}`, '', ...vraagstukken.map((text, i) => `${i + 1}. ${text.replace(/\s+/g, ' ').trim()}`));
  }
  return `${lines.join('\n')}\n`;
}

function body(item: DraftItem, texts: DraftTexts, working: boolean): string {
  if (item.state === 'chosen') return item.chosenText.replace(/\r\n?/g, '\n').trim();
  if (!working) return '';
  return `_${item.state === 'not-chosen' ? texts.document.notChosen(item.contributionCount) : texts.document.empty}_`;
}
