// `kies <item>` / `choose <item>` (coordinators): every contribution for the
// item with author, role and coaching flags, each with "use this" and "edit
// this", plus a button to edit the text that is in the draft now.
import { message } from '../../core/messages';
import type { Block } from '../../core/turn';
import { assessText } from '../../domain/draft';
import type { Partnership } from '../../domain/partnership';
import { textStatus } from '../../texts/draft-status';
import type { Command, StepResult, TurnContext } from '../context';
import { coordinator } from './access';
import { itemFromText, type FoundItem } from './item';
import { ACTIONS, FLOW, itemActionValue } from './names';

export const chooseCommand: Command = {
  names: ['kies', 'choose'],
  flow: FLOW,
  async run(ctx, args) {
    const access = await coordinator(ctx);
    if (!access.ok) return access.result;
    const named = itemFromText(ctx, args);
    if (!named.ok) return { messages: [named.reply] };
    return showChoices(ctx, access.partnership, named.found);
  },
};

export async function showChoices(ctx: TurnContext, partnership: Partnership, found: FoundItem): Promise<StepResult> {
  const texts = ctx.texts.draft;
  const entry = await ctx.scope.drafts.get(partnership.id, found.item.id);
  const contributions = (await ctx.scope.contributions.list(partnership.id, { itemId: found.item.id })).filter((c) => c.text.trim());
  const version = entry?.version ?? null;
  const hasText = Boolean(entry?.text.trim());

  const blocks: Block[] = [
    { type: 'heading', text: texts.choose.title(found.label) },
    { type: 'text', text: `**${found.label}** ${found.item.text[ctx.locale]}` },
    { type: 'text', text: hasText ? texts.choose.current(entry!.editorName, entry!.text.trim()) : texts.choose.nothingChosen },
    { type: 'text', text: contributions.length > 0 ? texts.choose.contributions(contributions.length) : texts.choose.noContributions },
  ];
  for (const contribution of contributions) {
    const status = textStatus(texts, assessText(contribution.text, found.waarborg.id));
    const value = itemActionValue({ itemId: found.item.id, contributionId: contribution.id, version });
    blocks.push({
      type: 'choices',
      text: texts.choose.contribution(contribution.authorName, ctx.texts.roles[contribution.role], status, contribution.text.trim()),
      choices: [
        { label: texts.choose.useThis, action: ACTIONS.use, value, style: 'primary' },
        { label: texts.choose.editThis, action: ACTIONS.edit, value },
      ],
    });
  }
  blocks.push({
    type: 'choices',
    choices: [
      {
        label: hasText ? texts.choose.editCurrent : texts.choose.writeOwn,
        action: ACTIONS.edit,
        value: itemActionValue({ itemId: found.item.id, contributionId: null, version }),
      },
    ],
  });
  return { messages: [message(...blocks)] };
}
