// Builds real Bot Framework activities as Teams sends them, and posts them to
// the running bot's /api/messages.
import { randomUUID } from 'node:crypto';
import type { RunningBot } from '../../../adapters/bot';

const BOT = { id: '28:samen-opleiden-bot', name: 'Samen Opleiden' };

export interface Chat {
  tenantId: string;
  conversationId: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
  serviceUrl: string;
  user: { id: string; name: string; aadObjectId: string };
  locale?: string;
}

export function personalChat(tenantId: string, serviceUrl: string, locale = 'nl-NL'): Chat {
  const aadObjectId = randomUUID();
  return {
    tenantId,
    conversationId: `a:personal-${randomUUID()}`,
    conversationType: 'personal',
    serviceUrl,
    user: { id: `29:${aadObjectId}`, name: 'Fatima de Vries', aadObjectId },
    locale,
  };
}

export function channelChat(tenantId: string, serviceUrl: string): Chat {
  const aadObjectId = randomUUID();
  return {
    tenantId,
    conversationId: `19:${randomUUID().replace(/-/g, '')}@thread.tacv2;messageid=1700000000000`,
    conversationType: 'channel',
    serviceUrl,
    user: { id: `29:${aadObjectId}`, name: 'Jan Bakker', aadObjectId },
    locale: 'nl-NL',
  };
}

export function messageActivity(chat: Chat, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    channelId: 'msteams',
    id: `${Date.now()}${Math.floor(Math.random() * 1e6)}`,
    timestamp: new Date().toISOString(),
    serviceUrl: chat.serviceUrl,
    from: chat.user,
    recipient: BOT,
    conversation: { id: chat.conversationId, conversationType: chat.conversationType, tenantId: chat.tenantId },
    channelData: { tenant: { id: chat.tenantId } },
    locale: chat.locale,
    ...extra,
  };
}

export function textActivity(chat: Chat, text: string): Record<string, unknown> {
  return messageActivity(chat, { text, textFormat: 'plain' });
}

/** A channel message that @mentions the bot, with the mention entity Teams adds. */
export function mentionActivity(chat: Chat, text: string): Record<string, unknown> {
  const mention = `<at>${BOT.name}</at>`;
  return messageActivity(chat, {
    text: `${mention} ${text}`,
    textFormat: 'plain',
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT.id, name: BOT.name } }],
  });
}

export async function postActivity(
  bot: RunningBot,
  activity: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  return { status: response.status, body: await response.text() };
}

/** The Adaptive Card of a recorded reply, when it carries one. */
export function cardOf(activity: Record<string, any>): Record<string, any> | undefined {
  const attachment = (activity.attachments as Array<Record<string, any>> | undefined)?.find(
    (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  return attachment?.content as Record<string, any> | undefined;
}

/** Every text a reply shows: its own text plus the text of each card element. */
export function visibleText(activity: Record<string, any>): string {
  const texts: string[] = typeof activity.text === 'string' ? [activity.text] : [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (typeof element.text === 'string') texts.push(element.text);
    if (typeof element.title === 'string') texts.push(element.title);
    Object.values(element).forEach(walk);
  };
  walk(cardOf(activity)?.body);
  return texts.join('\n');
}
