// `bezorging` / `delivery`: for coordinators, the bot's messages of the last
// week that did not arrive (a channel the bot left, an account that is gone),
// for whom, and why; and how many are still on their way.
import { message, say } from '../core/messages';
import type { Recipient } from '../core/delivery';
import type { Command } from './context';
import { currentPartnership } from './partnership/current';

const DAYS = 7;

export const deliveryCommand: Command = {
  names: ['bezorging', 'delivery', 'bezorgd', 'deliveries'],
  async run(ctx) {
    const t = ctx.texts.delivery;
    const found = await currentPartnership(ctx);
    if (!found.ok) return found.result;
    if (found.role !== 'coordinator') return { messages: [say(t.notCoordinator)] };
    const since = new Date(ctx.now.getTime() - DAYS * 24 * 60 * 60 * 1000);
    const report = await ctx.scope.deliveries.since(since);
    const who = (to: Recipient) =>
      to.kind === 'channel' ? t.channel(to.conversationId) : to.kind === 'person' ? t.person(to.name ?? to.userId) : t.reply(to.name ?? to.userId);
    const lines = report.failed.map((item) => `- ${t.when(item.at)}, ${who(item.to)}: ${t.reason(item.reason)}`);
    return {
      messages: [
        message(
          { type: 'heading', text: t.title },
          { type: 'text', text: lines.length === 0 ? t.allDelivered : `${t.intro(DAYS)}\n${lines.join('\n')}` },
          { type: 'text', text: t.waiting(report.waiting) },
        ),
      ],
    };
  },
};
