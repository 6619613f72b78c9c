// What leaves the bot: an outgoing message is a core Message with a target,
// stored in the outbox in the same transaction as the turn or job that decided
// it, and handed to the platform's sender by the dispatcher.
import type { Locale, Message, Platform } from './turn';

/** Where a reply to a turn goes, as the adapter that received the turn wrote it down. Opaque to the core. */
export type ReplyAddress = Record<string, unknown>;

export type Target =
  /** An answer to an incoming turn: the adapter's own address (thread, response_url, trigger). */
  | { kind: 'reply'; address: ReplyAddress; conversationId: string; userId: string; opensForm?: boolean }
  /**
   * A post to a channel or chat the bot was talked to in, with no incoming turn;
   * `threadId` puts it in one of its threads (Slack: the thread's thread_ts;
   * Teams: the reply chain's root message id).
   */
  | { kind: 'conversation'; conversationId: string; reference: Record<string, unknown>; threadId?: string }
  /**
   * A direct message to a person, with no incoming turn. `dm` is the stored
   * reference of their chat with the bot when they have one; `via` any other
   * reference in their workspace (Teams needs its serviceUrl to open a chat).
   */
  | { kind: 'person'; userId: string; dm?: Record<string, unknown>; via?: Record<string, unknown> }
  /**
   * A person's home view (Slack's App Home tab), replaced as a whole each time. Its
   * `conversationId` is `home:<userId>`, so one person's views go in order; a platform
   * without one refuses it.
   */
  | { kind: 'home'; conversationId: string; userId: string };

export interface OutgoingMessage {
  id: string;
  platform: Platform;
  /** The platform's workspace (Slack team) or tenant (Teams) id. */
  workspaceId: string;
  target: Target;
  message: Message;
  locale: Locale;
  /** How many times delivery was tried before, this one not counted. */
  attempts: number;
  createdAt: Date;
}

export type SendOutcome =
  | { kind: 'sent'; platformMessageId?: string }
  /** Worth trying again: a 429 (`afterMs` = its Retry-After), a 5xx, a network error. */
  | { kind: 'retry'; reason: string; afterMs?: number; throttled?: boolean }
  /** The platform says nobody is there: app not installed, removed from the channel, account gone. */
  | { kind: 'unreachable'; reason: string }
  /** The platform refused this message itself; sending it again cannot help. */
  | { kind: 'rejected'; reason: string };

/** One per platform, implemented in adapters/: renders and sends one outgoing message. */
export interface PlatformSender {
  send(message: OutgoingMessage): Promise<SendOutcome>;
}
