// The status as a person's home view (Slack's App Home tab): published when
// they open it (the `home.opened` action the Slack adapter makes of
// app_home_opened) and for every member whenever the timeline posts or the
// coordinator changes it. Through the outbox like any post: a `home` target,
// which the Slack sender publishes with views.publish. Teams has no home view;
// its status is the `status` card.
import { say } from '../../core/messages';
import type { OutboxWriter } from '../../core/ports';
import type { Block, Locale, Platform } from '../../core/turn';
import type { Partnership, PartnerRole } from '../../domain/partnership';
import { textsFor } from '../../texts';
import type { Flow, FlowScope } from '../context';
import { statusBlocks } from './status';

export const HOME_OPENED_ACTION = 'home.opened';
/** The bot was added to a channel (Teams conversationUpdate): it greets it with how to start. */
export const GREET_ACTION = 'home.greet';

const localeOf = (locale: string | null | undefined): Locale => (locale === 'en' ? 'en' : 'nl');

async function homeBlocks(scope: FlowScope, partnership: Partnership | undefined, role: PartnerRole | undefined, locale: Locale, now: Date): Promise<Block[]> {
  const t = textsFor(locale);
  if (!partnership) return [{ type: 'text', text: t.partnership.noPartnership }];
  const blocks = await statusBlocks(scope, partnership, locale, now);
  if (role === 'coordinator') blocks.push({ type: 'text', text: t.timeline.planning.coordinatorHelp });
  return blocks;
}

async function publish(outbox: OutboxWriter, userId: string, blocks: Block[], locale: Locale): Promise<void> {
  await outbox.enqueue({ kind: 'home', conversationId: `home:${userId}`, userId }, [{ blocks }], locale);
}

/** Every Slack member's home view of this partnership, again (its status changed). */
export async function publishHomes(scope: FlowScope, outbox: OutboxWriter, platform: Platform, partnership: Partnership, now: Date): Promise<void> {
  if (platform !== 'slack') return;
  const members = await scope.partnerships.members(partnership.id);
  const byLocale = new Map<string, Block[]>();
  for (const member of members) {
    const locale = localeOf(member.locale);
    const key = `${locale}:${member.role === 'coordinator'}`;
    let blocks = byLocale.get(key);
    if (!blocks) byLocale.set(key, (blocks = await homeBlocks(scope, partnership, member.role, locale, now)));
    await publish(outbox, member.platformUserId, blocks, locale);
  }
}

export const homeFlow: Flow = {
  name: 'home',
  async resume(ctx, _state, input) {
    if (input.kind === 'action' && input.action === GREET_ACTION) return { messages: [say(ctx.texts.timeline.greeting)] };
    if (input.kind !== 'action' || input.action !== HOME_OPENED_ACTION || ctx.turn.platform !== 'slack') return { messages: [] };
    const [mine] = await ctx.scope.partnerships.forPerson(ctx.person.id);
    await publish(ctx.outbox, ctx.turn.user.id, await homeBlocks(ctx.scope, mine?.partnership, mine?.role, ctx.locale, ctx.now), ctx.locale);
    return { messages: [] };
  },
};
