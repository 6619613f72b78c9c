// `status`: for everyone in the partnership, the phase, the next three
// deadlines and the progress (per waarborg and visit-day group, words, empty
// items, the readiness matrix, the selected vraagstukken). The same blocks make
// the Slack App Home and the Teams status card.
import { message } from '../../core/messages';
import type { Block, Locale } from '../../core/turn';
import type { Partnership } from '../../domain/partnership';
import { textsFor } from '../../texts';
import type { Command, FlowScope } from '../context';
import { currentPartnership } from '../partnership/current';
import { loadProgress, vraagstukkenBlocks } from './progress';
import { actionsBlock, nextDeadlinesBlock, phaseLine, progressBlocks } from './render';
import { regionStatus } from './region';
import { scheduleOf } from './schedule';

export const statusCommand: Command = {
  names: ['status', 'stand'],
  async run(ctx, args) {
    if (/^(regio|region)\b/i.test(args.trim())) return regionStatus(ctx, args);
    const found = await currentPartnership(ctx);
    if (!found.ok) return found.result;
    const blocks = await statusBlocks(ctx.scope, found.partnership, ctx.locale, ctx.now);
    return { messages: [message(...blocks, actionsBlock(ctx.texts, found.partnership, found.role))] };
  },
};

export async function statusBlocks(scope: FlowScope, partnership: Partnership, locale: Locale, now: Date): Promise<Block[]> {
  const texts = textsFor(locale);
  const t = texts.timeline;
  const settings = await scope.timelines.get(partnership.id);
  const schedule = scheduleOf(partnership, settings, now);
  const blocks: Block[] = [
    { type: 'heading', text: t.status.title(partnership.name) },
    { type: 'text', text: phaseLine(t, schedule) },
  ];
  if (schedule) blocks.push(nextDeadlinesBlock(t, schedule));
  blocks.push(...progressBlocks(texts, await loadProgress(scope, partnership, locale)));
  blocks.push(...(await vraagstukkenBlocks(scope, partnership, locale)));
  return blocks;
}
