// An incoming Bot Framework activity → a core Turn, or the reason it is not one.
import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import type { Locale, Turn, TurnInput } from '../../src/core/turn';

export type Translation = { kind: 'turn'; turn: Turn } | { kind: 'ignore'; reason: string };

/** The tenant used when the local Agents Playground sends none (unauthenticated mode only). */
const LOCAL_TENANT = 'local';

export function activityToTurn(activity: Activity, options: { authenticated: boolean }): Translation {
  // The bot installed, or added to a personal chat, group chat or channel: a turn of the person
  // who did it, with no words. One install brings both activities; the welcome goes once per conversation.
  if (isInstall(activity) || botAdded(activity)) return turnOf(activity, options, { kind: 'joined' });
  if (activity.type !== ActivityTypes.Message) return { kind: 'ignore', reason: `activity type ${activity.type}` };
  return turnOf(activity, options, toInput(activity));
}

/** A conversationUpdate that adds the bot itself (another member joining is no reason to speak). */
function botAdded(activity: Activity): boolean {
  const botId = activity.recipient?.id;
  return activity.type === ActivityTypes.ConversationUpdate && botId !== undefined && (activity.membersAdded ?? []).some((member) => member.id === botId);
}

function isInstall(activity: Activity): boolean {
  return activity.type === ActivityTypes.InstallationUpdate && activity.action === 'add';
}

function turnOf(activity: Activity, options: { authenticated: boolean }, input: TurnInput): Translation {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const sentTenant = activity.conversation.tenantId ?? (typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined);
  const tenantId = sentTenant ?? (options.authenticated ? undefined : LOCAL_TENANT);
  if (!tenantId) return { kind: 'ignore', reason: 'no tenant id' };
  return {
    kind: 'turn',
    turn: {
      platform: 'teams',
      workspaceId: tenantId,
      eventId: `${activity.conversation.id}|${activity.id}`,
      user: { id: activity.from.aadObjectId ?? activity.from.id, name: activity.from.name ?? '', locale: toLocale(activity.locale) },
      place: placeOf(activity),
      input,
    },
  };
}

/**
 * A channel message's conversation id names its thread too ("19:…@thread.tacv2;messageid=17…").
 * The place is the channel, the thread is kept apart, and the stored reference points at the
 * channel itself, so that a later update is a new post there rather than a reply in an old thread.
 */
function placeOf(activity: Activity): Turn['place'] {
  const [channelId, threadId] = activity.conversation.id.split(';messageid=');
  const reference = TurnContext.getConversationReference(activity);
  return {
    conversationId: channelId!,
    kind: activity.conversation.conversationType === 'personal' ? 'dm' : 'channel',
    ...(threadId ? { threadId } : {}),
    // Teams hands the bot a channel or group chat message only when it is @mentioned.
    ...(activity.conversation.conversationType === 'personal' ? {} : { mentionOnly: true as const }),
    // Plain JSON for the database; it holds the serviceUrl a later proactive post needs.
    reference: JSON.parse(JSON.stringify({ ...reference, conversation: { ...reference.conversation, id: channelId } })) as Record<string, unknown>,
  };
}

export function toLocale(tag: string | undefined): Locale | undefined {
  const lower = tag?.toLowerCase();
  if (lower?.startsWith('en')) return 'en';
  if (lower?.startsWith('nl')) return 'nl';
  return undefined;
}

function toInput(activity: Activity): TurnInput {
  // An Adaptive Card Action.Submit arrives as a message whose value is its data plus the inputs.
  const value: unknown = activity.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const data = value as Record<string, unknown>;
    if (typeof data.action === 'string') return { kind: 'action', action: data.action, value: asText(data.value) };
    if (typeof data.form === 'string') {
      const values = Object.fromEntries(
        Object.entries(data)
          .filter(([key, field]) => key !== 'form' && (isPrimitive(field) || isPrimitiveList(field)))
          .map(([key, field]) => [key, Array.isArray(field) ? field.map(asText).join(',') : asText(field)]),
      );
      return { kind: 'form', form: data.form, values };
    }
  }
  return { kind: 'text', text: messageText(activity) };
}

/** The typed text without the bot's own @mention (channels and group chats include it). */
function messageText(activity: Activity): string {
  if (typeof activity.text !== 'string') return '';
  // removeRecipientMention rewrites the activity it is given: hand it a copy, and
  // only the mentions it can read (it throws on one without `mentioned` or `text`).
  const entities = (activity.entities ?? []).filter((entity) => entity.type !== 'mention' || isReadableMention(entity));
  const text = TurnContext.removeRecipientMention({ ...activity, entities }) ?? activity.text;
  return text.replace(/&nbsp;/g, ' ').trim();
}

function isReadableMention(entity: Record<string, unknown>): boolean {
  const mentioned = entity.mentioned as { id?: unknown } | null | undefined;
  return typeof entity.text === 'string' && entity.text !== '' && typeof mentioned === 'object' && mentioned !== null && typeof mentioned.id === 'string';
}

function isPrimitive(value: unknown): boolean {
  return value !== null && typeof value !== 'object';
}

/** Teams joins a multi-select's values with commas itself; other clients may send a list. */
function isPrimitiveList(value: unknown): value is unknown[] {
  return Array.isArray(value) && value.every(isPrimitive);
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : String(value);
}
