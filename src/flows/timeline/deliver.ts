// Where the timeline's posts go: the partnership's updates channel, or, while
// it has none (or the bot does not know that channel yet), each coordinator's
// direct messages, the first time with how to set the channel. Always through
// the outbox, in the transaction that decided the post.
import type { OutboxWriter } from '../../core/ports';
import type { Message } from '../../core/turn';
import type { Partnership } from '../../domain/partnership';
import type { TimelineSettings } from '../../domain/timeline/repository';
import { textsFor } from '../../texts';
import type { FlowScope } from '../context';

/** The timeline speaks Dutch in the channel (Dutch first; the channel is everyone's). */
export const CHANNEL_LOCALE = 'nl' as const;

export type Delivered = 'channel' | 'dm';

/** Posts `messages`; marks the hint as given in the settings when it went with them. */
export async function postUpdate(
  scope: FlowScope,
  outbox: OutboxWriter,
  partnership: Partnership,
  settings: TimelineSettings,
  messages: readonly Message[],
  now: Date,
): Promise<Delivered> {
  if (partnership.updatesChannelId && (await outbox.toConversation(partnership.updatesChannelId, messages, CHANNEL_LOCALE))) return 'channel';
  const t = textsFor(CHANNEL_LOCALE).timeline.notification;
  const coordinators = (await scope.partnerships.members(partnership.id)).filter((m) => m.role === 'coordinator');
  const hint = settings.channelHintAt === null;
  // One message per post: who it is for on top, the hint (the first time) under it.
  const [first, ...rest] = messages;
  if (!first) return 'dm';
  const own: Message[] = [{ ...first, blocks: [{ type: 'text', text: t.viaDm(partnership.name) }, ...first.blocks] }, ...rest];
  if (hint) {
    const last = own.pop()!;
    own.push({ ...last, blocks: [...last.blocks, { type: 'text', text: t.channelHint }] });
  }
  for (const coordinator of coordinators) await outbox.toPerson(coordinator.platformUserId, own, CHANNEL_LOCALE);
  if (hint) {
    const updated = await scope.timelines.update(partnership.id, { channelHintAt: now });
    settings.channelHintAt = updated.channelHintAt;
  }
  return 'dm';
}
