// The consistency view of one waarborg: per minimum item what students, teacher
// educators and board members wrote, side by side, with silent groups and
// possible contradictions pointed out (the check is src/domain/consistency).
import { cutAtWord, hasWords } from '../../core/text';
import type { Block } from '../../core/turn';
import { answersByItem, checkItem, type Contradiction, type GroupAnswer, type ItemCheck } from '../../domain/consistency';
import type { Waarborg } from '../../domain/framework';
import { CONVERSATION_GROUPS, type Partnership } from '../../domain/partnership';
import type { StepResult, TurnContext } from '../context';

/** Quotes per group per item; the rest is counted, so a long list stays readable in chat. */
const QUOTES_PER_GROUP = 3;
const EXCERPT_LENGTH = 300;
const EVIDENCE_LENGTH = 160;

/** A short quote of what someone wrote: one line, so a quoted "- " never becomes a list item of the view. */
function excerpt(text: string, max: number = EXCERPT_LENGTH): string {
  return cutAtWord(text.replace(/\s+/g, ' ').trim(), max);
}

export async function consistencyView(ctx: TurnContext, partnership: Partnership, waarborg: Waarborg): Promise<StepResult> {
  const t = ctx.texts.partnership.consistency;
  const name = waarborg.name[ctx.locale];
  const contributions = await ctx.scope.contributions.list(partnership.id, { waarborgId: waarborg.id });
  const head: Block[] = [
    { type: 'heading', text: t.title(name) },
    { type: 'text', text: t.why },
  ];
  if (contributions.length === 0) return { messages: [{ blocks: [...head, { type: 'text', text: t.nothingYet(name) }] }] };

  const byItem = answersByItem(contributions);
  const items = waarborg.minimumItems.map((item, index) => {
    const answers = byItem.get(item.id) ?? [];
    return { number: index + 1, text: item.text[ctx.locale], answers, check: checkItem({ waarborgId: waarborg.id, itemId: item.id, answers }) };
  });
  const known = new Set(waarborg.minimumItems.map((item) => item.id));
  // Answers filed under the waarborg but no minimum item are shown too, without a check.
  const other = [...byItem].filter(([itemId]) => !known.has(itemId)).flatMap(([, answers]) => answers);

  const flagged = items
    .filter((i) => i.check.silentGroups.length > 0 || i.check.contradictions.length > 0)
    .map((i) => ({ number: i.number, silent: i.check.silentGroups.length > 0, contradiction: i.check.contradictions.length > 0 }));
  const blocks: Block[] = [
    ...head,
    { type: 'text', text: t.summary(flagged) },
    ...items.map((i): Block => ({ type: 'text', text: itemText(ctx, t.item(i.number, i.text), i.answers, i.check) })),
  ];
  if (other.length > 0) blocks.push({ type: 'text', text: itemText(ctx, `**${t.otherItems}**`, other) });
  blocks.push({ type: 'text', text: t.caveat });
  return { messages: [{ blocks }] };
}

function itemText(ctx: TurnContext, title: string, answers: readonly GroupAnswer[], check?: ItemCheck): string {
  const t = ctx.texts.partnership.consistency;
  const { groups } = ctx.texts.partnership.names;
  const lines = [title];
  for (const group of CONVERSATION_GROUPS) {
    const mine = answers.filter((a) => a.group === group && hasWords(a.text));
    if (mine.length === 0) lines.push(t.silentAnswer(groups[group]));
    for (const answer of mine.slice(0, QUOTES_PER_GROUP)) lines.push(t.answer(groups[group], answer.author, excerpt(answer.text)));
    if (mine.length > QUOTES_PER_GROUP) lines.push(t.more(groups[group], mine.length - QUOTES_PER_GROUP));
  }
  const flags = [
    ...(check && check.silentGroups.length > 0 ? [t.silent(check.silentGroups.map((g) => groups[g]))] : []),
    ...(check?.contradictions ?? []).map((c) => contradictionText(ctx, c)),
  ];
  // A blank line ends the list, so a flag is not read as part of the last quote (Teams markdown).
  return [lines.join('\n'), ...flags].join('\n\n');
}

function contradictionText(ctx: TurnContext, c: Contradiction): string {
  const { groups } = ctx.texts.partnership.names;
  return ctx.texts.partnership.consistency.contradiction({
    kind: c.kind,
    terms: c.terms.map((term) => ctx.texts.partnership.consistency.keyTerms[term.id]),
    inPlace: { group: groups[c.inPlace.group], author: c.inPlace.author, quote: excerpt(c.inPlace.sentence, EVIDENCE_LENGTH) },
    other: { group: groups[c.other.group], author: c.other.author, quote: excerpt(c.other.sentence, EVIDENCE_LENGTH), cue: c.other.cue ?? '' },
  });
}
