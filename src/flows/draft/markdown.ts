// The draft as Markdown: title block, a heading per waarborg, a subheading per
// item, then the chosen text. Source and status lines are blockquotes, so a
// coordinator sees them at a glance and can strip them before handing it in.
import type { Draft, DraftItem } from '../../domain/draft';
import { textsFor } from '../../texts';
import { textStatus, waarborgStatus } from '../../texts/draft-status';
import type { DraftTexts } from '../../texts/sections/draft';

export function renderMarkdown(draft: Draft): string {
  const texts = textsFor(draft.locale).draft;
  const doc = texts.document;
  const lines: string[] = [
    `# ${doc.title[draft.partnership.reviewType]}`,
    '',
    `_${doc.draftMark}_`,
    '',
    `**${doc.partnership}:** ${draft.partnership.name}  `,
    `**${doc.region}:** ${draft.partnership.region}  `,
    `**${doc.review}:** ${doc.reviewType[draft.partnership.reviewType]}  `,
    `**${doc.date}:** ${doc.formatDate(draft.date)}`,
  ];
  for (const waarborg of draft.waarborgen) {
    lines.push('', `## ${doc.waarborgHeading(waarborg.number, waarborg.name)}`, '', `> ${doc.statusLine(waarborgStatus(texts, waarborg))}`);
    for (const item of waarborg.items) {
      lines.push('', `### ${item.label} ${item.text}`, '');
      if (item.details.length > 0) lines.push(...item.details.map((detail) => `- ${detail}`), '');
      lines.push(`> ${doc.source(item.source.document, item.source.section)}  `, `> ${doc.statusLine(textStatus(texts, item))}`, '', body(item, texts));
    }
  }
  const vraagstukken = draft.vraagstukken ?? [];
  if (vraagstukken.length > 0) {
    lines.push('', `## ${textsFor(draft.locale).timeline.vraagstuk.exportHeading}`, '', ...vraagstukken.map((text, i) => `${i + 1}. ${text.replace(/\s+/g, ' ').trim()}`));
  }
  return `${lines.join('\n')}\n`;
}

function body(item: DraftItem, texts: DraftTexts): string {
  if (item.state === 'chosen') return item.chosenText.replace(/\r\n?/g, '\n').trim();
  return `_${item.state === 'not-chosen' ? texts.document.notChosen(item.contributionCount) : texts.document.empty}_`;
}
