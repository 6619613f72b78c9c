// `concept [waarborg]` / `draft [waarborg]`: the draft in chat. Without a
// waarborg: one line per waarborg (words against the limit, items chosen and
// empty, flags). With one: every item with its status and chosen text.
import { message, say } from '../../core/messages';
import type { Block, Choice } from '../../core/turn';
import type { Draft, DraftItem, DraftWaarborg } from '../../domain/draft';
import { findWaarborg } from '../../domain/framework';
import type { PartnerRole } from '../../domain/partnership';
import { textStatus, waarborgStatus } from '../../texts/draft-status';
import type { Command, StepResult, TurnContext } from '../context';
import { member } from './access';
import { downloadChoices } from './download';
import { loadDraft } from './load';
import { ACTIONS, FLOW } from './names';

export const overviewCommand: Command = {
  names: ['concept', 'draft'],
  flow: FLOW,
  async run(ctx, args) {
    const given = args.trim();
    const waarborg = given ? findWaarborg(given) : undefined;
    if (given && !waarborg) return { messages: [say(ctx.texts.draft.errors.unknownWaarborg(given.slice(0, 40)))] };
    return waarborg ? showWaarborg(ctx, waarborg.id) : showOverview(ctx);
  },
};

async function showOverview(ctx: TurnContext): Promise<StepResult> {
  const access = await member(ctx);
  if (!access.ok) return access.result;
  const texts = ctx.texts.draft;
  const draft = await loadDraft(ctx.scope, access.partnership, ctx.locale);
  const example = exampleName(draft);
  const lines = draft.waarborgen.map((w) => texts.overview.waarborgLine(heading(ctx, w), waarborgStatus(texts, w)));
  const choices: Choice[] = [
    ...draft.waarborgen.map((w) => ({ label: heading(ctx, w), action: ACTIONS.show, value: w.id })),
    ...downloadChoices(ctx),
  ];
  const blocks: Block[] = [
    { type: 'heading', text: texts.overview.title(texts.document.title[draft.partnership.reviewType], draft.partnership.name) },
    { type: 'text', text: lines.join('\n\n') },
    { type: 'choices', text: texts.overview.hint(example), choices },
  ];
  if (access.role === 'coordinator') blocks.push({ type: 'text', text: texts.overview.coordinatorHint(example) });
  return { messages: [message(...blocks)] };
}

export async function showWaarborg(ctx: TurnContext, waarborgId: string): Promise<StepResult> {
  const access = await member(ctx);
  if (!access.ok) return access.result;
  const texts = ctx.texts.draft;
  const draft = await loadDraft(ctx.scope, access.partnership, ctx.locale);
  const waarborg = draft.waarborgen.find((w) => w.id === waarborgId);
  if (!waarborg) return { messages: [say(texts.errors.unknownWaarborg(waarborgId.slice(0, 40)))] };
  const blocks: Block[] = [
    { type: 'heading', text: heading(ctx, waarborg) },
    { type: 'text', text: waarborgStatus(texts, waarborg) },
    ...waarborg.items.map((item) => itemBlock(ctx, item, access.role)),
  ];
  if (access.role === 'coordinator') blocks.push({ type: 'text', text: texts.waarborg.hint(texts.chooseCommand(waarborg.name, 1)) });
  return { messages: [message(...blocks)] };
}

function itemBlock(ctx: TurnContext, item: DraftItem, role: PartnerRole): Block {
  const texts = ctx.texts.draft;
  const status =
    item.state === 'chosen'
      ? texts.waarborg.chosen(item.editorName ?? '', textStatus(texts, item))
      : item.state === 'not-chosen'
        ? texts.waarborg.notChosen(item.contributionCount)
        : texts.waarborg.empty;
  const text = [`**${item.label}** ${item.text}`, status, ...(item.state === 'chosen' ? ['', item.chosenText.trim()] : [])].join('\n');
  if (role !== 'coordinator') return { type: 'text', text };
  return { type: 'choices', text, choices: [{ label: texts.waarborg.chooseButton(item.label), action: ACTIONS.choose, value: item.id }] };
}

function heading(ctx: TurnContext, waarborg: DraftWaarborg): string {
  return ctx.texts.draft.document.waarborgHeading(waarborg.number, waarborg.name);
}

/** A waarborg name to show in the examples of the hints: the second one reads naturally in both languages. */
function exampleName(draft: Draft): string {
  return (draft.waarborgen[1] ?? draft.waarborgen[0])!.name.toLowerCase();
}

