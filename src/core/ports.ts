// The interfaces the core needs from the outside. The store (src/store)
// implements the database ones, adapters/ the platform senders; the core names
// neither Prisma nor a platform.
import type { JsonObject } from './json';
import type { Expected, Versioned } from './versioned';
import type { OutgoingMessage, ReplyAddress, Target } from './outgoing';
import type { Locale, Message, Turn } from './turn';

/** An incoming turn as the receiver records it, before the platform gets its acknowledgement. */
export interface InboxEntry {
  turn: Turn;
  replyTo: ReplyAddress;
  receivedAt: Date;
}

export type Recorded = 'recorded' | 'duplicate';

/** Raised when the inbox cannot take an entry now (database slow or gone): refuse, so the platform retries. */
export class InboxUnavailableError extends Error {}

/** Raised for one entry that cannot be stored at all (it cannot be written as JSON): refuse it as a bad request. */
export class InboxEntryError extends Error {}

export interface InboxRecorder {
  /** Resolves once the entry is durable (or was already there); rejects with InboxUnavailableError. */
  record(entry: InboxEntry): Promise<Recorded>;
  /** Entries waiting to be written; the receiver refuses new ones above its bound. */
  readonly waiting: number;
  /** Resolves when nothing waits to be written nor is being written; null when that is so now. */
  whenIdle(): Promise<void> | null;
}

/** A recorded turn a worker has claimed. */
export interface ClaimedTurn {
  inboxId: string;
  turn: Turn;
  replyTo: ReplyAddress;
  /** Earlier attempts that failed. */
  attempts: number;
}

/** What to do with a turn whose work threw: run it again at `retryAt`, or give it up (null) and tell the person. */
export interface FailurePlan {
  retryAt: Date | null;
  giveUp?: (outbox: OutboxWriter, personLocale: string | null) => Promise<void>;
}

export type TurnRun<T> =
  | { outcome: 'done'; claimed: ClaimedTurn; value: T; written: number }
  | { outcome: 'retry' | 'failed'; claimed: ClaimedTurn; error: unknown; written: number };

/** The person a turn comes from, as the store knows them in the turn's workspace. */
export interface PersonRecord {
  id: string;
  platformUserId: string;
  displayName: string;
  locale: string | null;
}

/** A person's open conversation with one flow at one place, as stored. */
export interface FlowState {
  flow: string;
  step: string;
  data: Record<string, unknown>;
  /** The row's version when it was read: a save names it and lands only if nobody wrote in between. */
  version?: number;
}

/**
 * What the engine needs of the scope a turn runs in (one transaction, one
 * workspace): the outbox for the replies and the person's flow state. The
 * flows ask more of it; the engine passes the whole scope on to them as it is.
 */
export interface TurnScope {
  readonly outbox: OutboxWriter;
  /**
   * Saves the conversation state at a place. `expected` is what the turn read
   * (no state, or its version): a conflict means another writer came in
   * between, and the turn is to be run again on what is there now.
   */
  saveState(personId: string, placeKey: string, state: { flow: string; step: string; data: JsonObject }, expected?: Expected): Promise<Versioned<number, null>>;
  /** Ends `flow`'s conversation at this place; another flow's open conversation there stays. */
  clearState(personId: string, placeKey: string, flow: string, expected?: Expected): Promise<Versioned<number, null>>;
}

/** Writes outgoing messages in the transaction of the turn or job that decides them. */
export interface OutboxWriter {
  /** Messages to a conversation or person; ids in order. */
  enqueue(target: Target, messages: readonly Message[], locale: Locale): Promise<string[]>;
  /**
   * A post to a channel or chat the bot knows (someone talked to it there), in its
   * thread `threadId` when given (a turn's place.threadId); false when it knows none by that id.
   */
  toConversation(conversationId: string, messages: readonly Message[], locale: Locale, threadId?: string): Promise<boolean>;
  /** A direct message to a person, by their platform user id, whether or not they chatted with the bot before. */
  toPerson(platformUserId: string, messages: readonly Message[], locale: Locale): Promise<void>;
}

export interface OutboxStore {
  /**
   * Takes up to `limit` messages that may go now: the oldest undelivered one
   * of each channel, when that channel's pace allows, or one whose sender
   * died (lease over). Marks them sending until `now + leaseMs`.
   */
  claim(now: Date, options: { limit: number; leaseMs: number; pace: Pace }): Promise<OutgoingMessage[]>;
  /** Delivered: the channel's pace moves on from `now` (pacing on send time, not claim time). */
  markSent(id: string, now: Date, platformMessageId: string | undefined, pace: Pace): Promise<void>;
  /** Back to pending until `at`; `blockChannelUntil` holds the whole channel (a 429). */
  retryAt(id: string, at: Date, reason: string, blockChannelUntil?: Date): Promise<void>;
  markFailed(id: string, now: Date, reason: string): Promise<void>;
}

/** Per channel: `burst` posts at once, then one per `intervalMs`. */
export interface Pace {
  intervalMs: number;
  burst: number;
}

