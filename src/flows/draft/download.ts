// `download docx|md` / `export docx|md`: the whole draft as a file. Every
// member may download it; without a format it asks with two buttons.
import { message } from '../../core/messages';
import { DRAFT_FORMATS, parseDraftFormat, type DraftFormat } from '../../domain/draft';
import type { Command, StepResult, TurnContext } from '../context';
import { member } from './access';
import { renderDraftFile } from './draft-file';
import { loadDraft } from './load';
import { ACTIONS, FLOW } from './names';

export const downloadCommand: Command = {
  names: ['download', 'export', 'downloaden', 'exporteer', 'exporteren'],
  flow: FLOW,
  async run(ctx, args) {
    const given = args.trim();
    const format = parseDraftFormat(given);
    if (format) return sendDraft(ctx, format);
    // Not a member: say so before asking anything.
    const access = await member(ctx);
    if (!access.ok) return access.result;
    return askFormat(ctx, given ? ctx.texts.draft.download.unknownFormat(given.slice(0, 40)) : ctx.texts.draft.download.prompt);
  },
};

export async function sendDraft(ctx: TurnContext, format: DraftFormat): Promise<StepResult> {
  const access = await member(ctx);
  if (!access.ok) return access.result;
  const texts = ctx.texts.draft;
  const draft = await loadDraft(ctx.scope, access.partnership, ctx.locale);
  const file = await renderDraftFile(draft, format);
  return {
    messages: [
      message(
        { type: 'text', text: texts.download.ready(format) },
        {
          type: 'file',
          ...file,
          title: `${texts.document.title[draft.partnership.reviewType]}: ${draft.partnership.name}`,
          source: { kind: 'draft', partnershipId: access.partnership.id, format, locale: ctx.locale },
        },
      ),
    ],
  };
}

export function askFormat(ctx: TurnContext, text: string): StepResult {
  const { button } = ctx.texts.draft.download;
  return {
    messages: [
      message({
        type: 'choices',
        text,
        choices: DRAFT_FORMATS.map((format) => ({ label: button[format], action: ACTIONS.download, value: format })),
      }),
    ],
  };
}

