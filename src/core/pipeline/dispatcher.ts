// Delivers the outbox: claims what may go now (the database keeps each
// channel's pace, shared by every instance), hands each message to its
// platform's sender, and records the outcome: sent with the platform's id,
// again later (429, 5xx, network; a 429 holds its whole channel), or failed
// with the reason once the platform says nobody is there or time is up.
//
// The one window for a duplicate: the platform accepted a post and the process
// died before `markSent`. The message's lease then runs out and another
// dispatcher sends it again. `markSent` follows the send at once to keep it short.
import type { Clock } from '../clock';
import { errorFields, type Logger } from '../logger';
import type { OutgoingMessage, SendOutcome } from '../outgoing';
import type { OutboxStore, Pace } from '../ports';
import { orAfter } from '../timeouts';
import type { Platform } from '../turn';
import { backoffMs } from './backoff';
import { createWakeup } from './wakeup';

export interface DispatcherParts {
  store: OutboxStore;
  senders: Partial<Record<Platform, { send(message: OutgoingMessage): Promise<SendOutcome> }>>;
  clock: Clock;
  logger: Logger;
  pace?: Pace;
  /** Messages being sent at once by this process. */
  maxInFlight?: number;
  /** A claimed message not marked within this time is taken over by another dispatcher. */
  leaseMs?: number;
  /** A message still not delivered this long after it was decided is marked failed. */
  giveUpAfterMs?: number;
  pollMs?: number;
  random?: () => number;
}

export interface Dispatcher {
  start(): void;
  wake(): void;
  stop(timeoutMs?: number): Promise<void>;
}

const SLACK_PACE: Pace = { burst: 4, intervalMs: 1_000 };

export function createDispatcher(parts: DispatcherParts): Dispatcher {
  const {
    store,
    senders,
    clock,
    logger,
    pace = SLACK_PACE,
    maxInFlight = 16,
    leaseMs = 60_000,
    giveUpAfterMs = 60 * 60 * 1000,
    pollMs = 250,
    random = Math.random,
  } = parts;
  const wakeup = createWakeup(clock);
  const inFlight = new Set<Promise<void>>();
  let running = false;
  let loop: Promise<void> | undefined;

  async function deliver(message: OutgoingMessage): Promise<void> {
    const ids = { outboxId: message.id, platform: message.platform, workspaceId: message.workspaceId, target: message.target.kind, attempt: message.attempts + 1 };
    const sender = senders[message.platform];
    let outcome: SendOutcome;
    if (!sender) outcome = { kind: 'rejected', reason: `no sender for ${message.platform}` };
    else {
      try {
        outcome = await sender.send(message);
      } catch (error) {
        logger.warn('sender threw; will try again', { ...ids, ...errorFields(error) });
        outcome = { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
      }
    }
    const now = clock.now();
    try {
      if (outcome.kind === 'sent') {
        await store.markSent(message.id, now, outcome.platformMessageId, pace);
        return;
      }
      if (outcome.kind === 'retry') {
        const waitMs = outcome.afterMs ?? backoffMs(message.attempts, { baseMs: 1_000, capMs: 5 * 60_000, random });
        const at = new Date(now.getTime() + waitMs + (outcome.afterMs !== undefined ? Math.round(random() * 250) : 0));
        if (at.getTime() - message.createdAt.getTime() > giveUpAfterMs) {
          logger.error('outgoing message given up', { ...ids, reason: outcome.reason });
          await store.markFailed(message.id, now, `gave up: ${outcome.reason}`);
          return;
        }
        logger.warn('outgoing message delayed', { ...ids, reason: outcome.reason, retryInMs: at.getTime() - now.getTime() });
        await store.retryAt(message.id, at, outcome.reason, outcome.throttled ? at : undefined);
        return;
      }
      logger.warn(outcome.kind === 'unreachable' ? 'recipient unreachable' : 'outgoing message refused', { ...ids, reason: outcome.reason });
      await store.markFailed(message.id, now, `${outcome.kind}: ${outcome.reason}`);
    } catch (error) {
      // Not marked: the lease runs out and it is claimed again (sent: the duplicate window above).
      logger.error('could not record a delivery outcome', { ...ids, outcome: outcome.kind, ...errorFields(error) });
    }
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (running) {
      const room = maxInFlight - inFlight.size;
      let claimed: OutgoingMessage[] = [];
      if (room > 0) {
        try {
          claimed = await store.claim(clock.now(), { limit: room, leaseMs, pace });
          failures = 0;
        } catch (error) {
          failures++;
          logger.error('outbox claim failed', errorFields(error));
          await wakeup.wait(backoffMs(failures, { baseMs: pollMs, capMs: 30_000, random }));
          continue;
        }
      }
      for (const message of claimed) {
        const work = deliver(message).finally(() => {
          inFlight.delete(work);
          // A channel's next message may go now.
          wakeup.wake();
        });
        inFlight.add(work);
      }
      // Fewer than there was room for: nothing else may go now; a delivery that ends or a new row wakes us.
      if (claimed.length < Math.max(room, 1)) await wakeup.wait(pollMs);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    wake: () => wakeup.wake(),
    async stop(timeoutMs = 10_000) {
      running = false;
      wakeup.close();
      await orAfter(Promise.allSettled([loop, ...inFlight]), timeoutMs, undefined);
    },
  };
}
