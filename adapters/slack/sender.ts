// The Slack side of the dispatcher: one outgoing message → the Web API, and
// what happened in the dispatcher's terms. The Web API client does not retry or
// wait out a 429 itself here: the dispatcher does, paced, in the database.
import type { webApi } from '@slack/bolt';
import type { OutgoingMessage, PlatformSender, SendOutcome } from '../../src/core/outgoing';
import { readAddress, type SlackAddress } from './address';
import { textsFor } from '../../src/texts';
import { deliver, ResponseUrlError, type DeliverDeps } from './deliver';
import { LIMITS, renderMessage } from './render-blocks';

/** Platform errors that mean nobody is there to read it. */
const UNREACHABLE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'user_not_found',
  'users_not_found',
  'user_disabled',
  'cannot_dm_bot',
  'not_authed',
  'invalid_auth',
  'token_revoked',
  'token_expired',
  'team_access_not_granted',
  'team_not_found',
  'restricted_action',
  'ekm_access_denied',
]);
/** Platform errors worth another try. */
const TRANSIENT = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'timeout']);

export function createSlackSender(depsFor: (teamId: string) => DeliverDeps): PlatformSender {
  return {
    async send(message) {
      const deps = depsFor(message.workspaceId);
      try {
        if (message.target.kind === 'home') {
          await deps.client.views.publish({ user_id: message.target.userId, view: { type: 'home', blocks: homeBlocks(message.message, message.locale, deps) } });
          return { kind: 'sent' };
        }
        const to = await addressFor(deps.client, message);
        if (!to) return { kind: 'rejected', reason: 'no Slack address in the message target' };
        const useTrigger = message.target.kind === 'reply' && message.target.opensForm === true;
        const ts = await deliver(deps, to, message.message, message.locale, useTrigger);
        return { kind: 'sent', ...(ts ? { platformMessageId: ts } : {}) };
      } catch (error) {
        return classifySlackError(error);
      }
    },
  };
}

/** A home view holds up to 100 blocks (a message 50): the rendered message's blocks, cut there. */
function homeBlocks(message: OutgoingMessage['message'], locale: OutgoingMessage['locale'], deps: DeliverDeps) {
  const rendered = renderMessage(message, { openFormLabel: textsFor(locale).platform.openForm, formRef: deps.formRefs.save });
  return rendered.flatMap((part) => part.blocks).slice(0, LIMITS.blocksPerHomeView);
}

async function addressFor(client: webApi.WebClient, message: OutgoingMessage): Promise<SlackAddress | undefined> {
  const { target } = message;
  if (target.kind === 'home') return undefined;
  if (target.kind === 'reply') return readAddress(target.address);
  if (target.kind === 'conversation') return { channel: target.conversationId, userId: '', ...(target.threadId ? { threadTs: target.threadId } : {}) };
  // A DM: conversations.open gives the channel whether or not they wrote to the bot before.
  const opened = await client.conversations.open({ users: target.userId });
  const channel = opened.channel?.id;
  return channel ? { channel, userId: target.userId } : undefined;
}

function classifySlackError(error: unknown): SendOutcome {
  const e = error as { code?: string; data?: { error?: string }; retryAfter?: number; statusCode?: number; message?: string };
  if (error instanceof ResponseUrlError) {
    if (error.status === 429 || error.status >= 500) return { kind: 'retry', reason: error.message };
    return { kind: 'rejected', reason: error.message };
  }
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return { kind: 'retry', reason: 'rate limited (429)', afterMs: Math.max(1, e.retryAfter ?? 1) * 1000, throttled: true };
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'unknown_error';
      if (UNREACHABLE.has(code)) return { kind: 'unreachable', reason: code };
      if (TRANSIENT.has(code)) return { kind: 'retry', reason: code };
      return { kind: 'rejected', reason: code };
    }
    case 'slack_webapi_http_error':
      return (e.statusCode ?? 500) >= 500 ? { kind: 'retry', reason: `HTTP ${e.statusCode}` } : { kind: 'rejected', reason: `HTTP ${e.statusCode}` };
    case 'slack_webapi_request_error':
      return { kind: 'retry', reason: `network: ${e.message ?? 'request failed'}` };
    default:
      // fetch() to a response_url that did not answer, and anything unforeseen: try again, bounded by the dispatcher.
      return { kind: 'retry', reason: e.message ?? String(error) };
  }
}
