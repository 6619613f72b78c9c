// The status as a person's home view (Slack's App Home tab), with buttons for
// the planning and, for the coordinator, the weekly digest now. Published
// through the outbox (a `home` target the Slack sender publishes with
// views.publish) when the person opens the tab (home.ts) and for every member
// whenever the timeline posts or the coordinator changes it (run.ts).
import type { OutboxWriter } from '../../core/ports';
import type { Block, Locale, Platform } from '../../core/turn';
import type { Partnership, PartnerRole } from '../../domain/partnership';
import { textsFor } from '../../texts';
import type { FlowScope } from '../context';
import { actionsBlock } from './render';
import { statusBlocks } from './status';

export const HOME_OPENED_ACTION = 'home.opened';

const localeOf = (locale: string | null | undefined): Locale => (locale === 'en' ? 'en' : 'nl');

export async function homeBlocks(scope: FlowScope, partnership: Partnership | undefined, role: PartnerRole | undefined, locale: Locale, now: Date): Promise<Block[]> {
  const t = textsFor(locale);
  if (!partnership) return [{ type: 'text', text: t.partnership.noPartnership }];
  const blocks = await statusBlocks(scope, partnership, locale, now);
  blocks.push(actionsBlock(t, partnership, role));
  if (role === 'coordinator') blocks.push({ type: 'text', text: t.timeline.planning.coordinatorHelp });
  return blocks;
}

export async function publish(outbox: OutboxWriter, userId: string, blocks: Block[], locale: Locale): Promise<void> {
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

/** Home views are refreshed at most this often while people keep answering (one refresh, not one per answer). */
const HOME_REFRESH_DELAY_MS = 5 * 60_000;

/** The partnership's progress changed (an answer): its members' home views are published by a run within five minutes. */
export async function homesChanged(scope: FlowScope, platform: Platform, partnershipId: string, now: Date): Promise<void> {
  if (platform !== 'slack') return;
  await scope.timelines.homesStale(partnershipId, now, new Date(now.getTime() + HOME_REFRESH_DELAY_MS));
}
