// The Teams side of the dispatcher: one outgoing message → the Bot Framework
// connector. A reply or a channel post continues the conversation whose
// reference was stored when someone last talked to the bot there; a direct
// message to someone who never chatted with the bot opens a personal chat
// first, with the tenant, bot and serviceUrl of another conversation in their
// tenant. The connector client itself waits out a 429's Retry-After.
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { PlatformSender, SendOutcome } from '../../src/core/outgoing';
import { textsFor } from '../../src/texts';
import type { DownloadLinks } from '../http/downloads';
import { readAddress } from './address';
import { renderMessages } from './render-messages';

export interface TeamsSenderParts {
  adapter: CloudAdapter;
  /** The bot's app id ('' in the local unauthenticated mode). */
  appId: string;
  links?: DownloadLinks;
}

export function createTeamsSender({ adapter, appId, links }: TeamsSenderParts): PlatformSender {
  return {
    async send(message) {
      const activities = renderMessages([message.message], textsFor(message.locale), {
        fileLink: (file) => links?.linkFor({ platform: 'teams', tenantId: message.workspaceId }, file),
      });
      if (activities.length === 0) return { kind: 'sent' };
      // Replies under the post (a digest's details): in a channel in the post's own thread, elsewhere after it.
      const thread = renderMessages(message.message.thread ?? [], textsFor(message.locale), {});
      const inChannelThread = message.target.kind === 'conversation' && !message.target.threadId && thread.length > 0 && isChannel(message.target.reference);
      const ids: string[] = [];
      const logic = (replyToId?: string) => async (context: TurnContext) => {
        // The SDK makes every post a reply to the turn's activity: for a continued
        // conversation that is a made-up id, so a reply names the real one and a
        // post names none (a new message in the chat or channel).
        context.activity.id = replyToId as string;
        for (const activity of inChannelThread ? activities : [...activities, ...thread]) {
          const sent = await context.sendActivity(activity);
          if (sent?.id) ids.push(sent.id);
        }
      };
      try {
        const { target } = message;
        if (target.kind === 'home') return { kind: 'rejected', reason: 'Teams has no home view' };
        if (target.kind === 'reply') {
          const address = readAddress(target.address);
          if (!address) return { kind: 'rejected', reason: 'no Teams conversation reference in the reply address' };
          await adapter.continueConversationAsync(appId, address.reference, logic(address.replyToId));
        } else if (target.kind === 'conversation') {
          const reference = target.reference as Partial<ConversationReference>;
          // Into an existing reply chain (answering its root post), or a new post.
          const where = target.threadId && reference.conversation ? inReplyChain(reference, target.threadId) : reference;
          await adapter.continueConversationAsync(appId, where, logic(target.threadId));
          const top = ids[0];
          if (inChannelThread && top && reference.conversation) {
            await adapter.continueConversationAsync(appId, inReplyChain(reference, top), async (context) => {
              context.activity.id = top;
              for (const activity of thread) await context.sendActivity(activity);
            });
          }
        } else if (target.dm) {
          await adapter.continueConversationAsync(appId, target.dm as Partial<ConversationReference>, logic());
        } else {
          const via = target.via as Partial<ConversationReference> | undefined;
          if (!via?.serviceUrl || !via.bot) return { kind: 'unreachable', reason: 'no conversation with the bot in this tenant yet' };
          const tenantId = via.conversation?.tenantId ?? message.workspaceId;
          await adapter.createConversationAsync(
            appId,
            via.channelId ?? 'msteams',
            via.serviceUrl,
            undefined as unknown as string,
            { isGroup: false, bot: via.bot, members: [{ id: target.userId, name: '' }], tenantId, channelData: { tenant: { id: tenantId } }, activity: undefined as never },
            logic(),
          );
        }
        return { kind: 'sent', ...(ids[0] ? { platformMessageId: ids[0] } : {}) };
      } catch (error) {
        return classifyTeamsError(error);
      }
    },
  };
}

/** A channel thread is the conversation `<channel>;messageid=<its first post>`. */
function inReplyChain(reference: Partial<ConversationReference>, rootId: string): Partial<ConversationReference> {
  const conversation = reference.conversation!;
  return { ...reference, conversation: { ...conversation, id: `${conversation.id.split(';')[0]};messageid=${rootId}` } };
}

function isChannel(reference: Record<string, unknown>): boolean {
  const conversation = (reference as Partial<ConversationReference>).conversation;
  return conversation?.conversationType === 'channel';
}

const NOBODY_THERE = /\b(UserNotFound|ConversationNotFound|BotNotInConversationRoster|BotDisabledByAdmin|ConversationBlockedByUser)\b/;

function classifyTeamsError(error: unknown): SendOutcome {
  const e = error as { statusCode?: number; code?: string; message?: string; response?: { headers?: { get?(name: string): string | undefined } } };
  const status = e.statusCode;
  const reason = `${status ? `HTTP ${status} ` : ''}${e.code ?? ''} ${e.message ?? ''}`.trim();
  if (status === 429) {
    const seconds = Number(e.response?.headers?.get?.('retry-after'));
    return { kind: 'retry', reason, throttled: true, ...(Number.isFinite(seconds) && seconds > 0 ? { afterMs: seconds * 1000 } : {}) };
  }
  // Removed from the team or channel, app uninstalled, the conversation or the person gone
  // (some of which the connector answers with a 500 and the code alone).
  if (status === 401 || status === 403 || status === 404 || NOBODY_THERE.test(reason)) return { kind: 'unreachable', reason };
  if (status !== undefined && status >= 400 && status < 500) return { kind: 'rejected', reason };
  return { kind: 'retry', reason: reason || String(error) };
}
