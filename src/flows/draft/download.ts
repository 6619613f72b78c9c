// `download [werkversie|working] [docx|md]` / `export …`: the whole draft as a file.
// Plain `download` is the clean Word file, ready to send, with buttons for the
// working version (sources, statuses, flags) and Markdown under it. The old
// forms (`download docx`, `download md`) still work. Every member may download it.
import { message } from '../../core/messages';
import type { Choice } from '../../core/turn';
import { parseDraftRequest, type DraftRequest } from '../../domain/draft';
import type { Command, StepResult, TurnContext } from '../context';
import { member } from './access';
import { draftFile } from './load';
import { ACTIONS, FLOW } from './names';

export const downloadCommand: Command = {
  names: ['download', 'export', 'downloaden', 'exporteer', 'exporteren'],
  flow: FLOW,
  async run(ctx, args) {
    const given = args.trim();
    const request = parseDraftRequest(given);
    if (request) return sendDraft(ctx, request, { offerOthers: given === '' });
    // Not a member: say so before asking anything.
    const access = await member(ctx);
    if (!access.ok) return access.result;
    return askFormat(ctx, ctx.texts.draft.download.unknownFormat(given.slice(0, 40)));
  },
};

export async function sendDraft(ctx: TurnContext, request: DraftRequest, { offerOthers = false } = {}): Promise<StepResult> {
  const access = await member(ctx);
  if (!access.ok) return access.result;
  const texts = ctx.texts.draft;
  const { draft, file } = await draftFile(ctx.scope, access.partnership, request, ctx.locale);
  const document = texts.document.title[draft.partnership.reviewType];
  const sent = message(
    { type: 'text', text: texts.download.ready(request.format, request.variant, document) },
    {
      type: 'file',
      ...file,
      title: `${document}: ${draft.partnership.name}`,
      source: { kind: 'draft', partnershipId: access.partnership.id, format: request.format, variant: request.variant, locale: ctx.locale },
    },
  );
  return { messages: offerOthers ? [sent, ...askFormat(ctx, texts.download.others, ['working', 'md']).messages] : [sent] };
}

type Option = 'clean' | 'working' | 'md';
const OPTIONS: Record<Option, string> = { clean: 'docx clean', working: 'docx working', md: 'md clean' };

/** The download buttons: the clean Word file, the working one, Markdown. */
export function downloadChoices(ctx: TurnContext, options: readonly Option[] = ['clean', 'working', 'md']): Choice[] {
  const { button } = ctx.texts.draft.download;
  return options.map((option) => ({ label: button[option], action: ACTIONS.download, value: OPTIONS[option] }));
}

export function askFormat(ctx: TurnContext, text: string, options?: readonly Option[]): StepResult {
  return { messages: [message({ type: 'choices', text, choices: downloadChoices(ctx, options) })] };
}
