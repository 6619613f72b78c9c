// Runs recorded turns: each slot claims the next turn that may run, decides it
// in one transaction with its outgoing messages, and goes on. A turn whose work
// throws is tried again after a pause, a few times, then marked failed and the
// person told: in English if they chose English, otherwise in Dutch, on every
// platform alike.
import type { Clock } from '../clock';
import { replyTarget } from '../engine';
import { errorFields, type Logger } from '../logger';
import { say } from '../messages';
import type { ClaimedTurn, FailurePlan, InboxRecorder, TurnRun } from '../ports';
import { orAfter } from '../timeouts';
import type { Locale, Turn } from '../turn';
import { backoffMs } from './backoff';
import { createWakeup } from './wakeup';

/** Claims the next turn that may run and decides it (the store's runInboxTurn with the engine's decide). */
export type RunNextTurn = (
  now: Date,
  options: { prepare?: (turn: Turn) => Promise<Turn>; onFailure: (claimed: ClaimedTurn, error: unknown) => FailurePlan },
) => Promise<TurnRun<unknown> | null>;

export interface InboxWorkerParts {
  runNext: RunNextTurn;
  /** Fills in what the receiver could not know at once (a Slack display name); may not throw. */
  prepare?: (turn: Turn) => Promise<Turn>;
  /** The sentence a person gets when their turn could not be run. */
  internalError: (locale: Locale) => string;
  clock: Clock;
  logger: Logger;
  /** Turns run at once in this process. */
  concurrency?: number;
  /** How often an idle slot looks for turns recorded elsewhere or due again. */
  pollMs?: number;
  /** Attempts before a turn is given up. */
  maxAttempts?: number;
  /** After a turn committed with outgoing messages (wakes the dispatcher). */
  onWritten?: () => void;
  random?: () => number;
  /**
   * The inbox of this process: a slot does not start a turn while it is writing
   * (for at most `ingestFirstMs`), so that under a burst the platform's acks go
   * first and the turns follow from the inbox.
   */
  ingest?: Pick<InboxRecorder, 'whenIdle'>;
  ingestFirstMs?: number;
}

export interface InboxWorker {
  start(): void;
  /** `count` new turns: that many slots look (one each), not every slot for one turn. */
  wake(count?: number): void;
  /** Stops claiming; resolves when the turns under way have ended (or after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}

export function createInboxWorker(parts: InboxWorkerParts): InboxWorker {
  const { runNext, prepare, clock, logger, concurrency = 4, pollMs = 1_000, maxAttempts = 3, random = Math.random, ingest, ingestFirstMs = 1_000 } = parts;
  const wakeup = createWakeup(clock);
  let running = false;
  const slots: Array<Promise<void>> = [];

  const onFailure = (claimed: ClaimedTurn, error: unknown): FailurePlan => {
    const attempt = claimed.attempts + 1;
    const giveUp = attempt >= maxAttempts;
    const { turn } = claimed;
    logger.error(giveUp ? 'turn failed; giving up' : 'turn failed; will try again', {
      inboxId: claimed.inboxId,
      platform: turn.platform,
      workspaceId: turn.workspaceId,
      eventId: turn.eventId,
      userId: turn.user.id,
      attempt,
      ...errorFields(error),
    });
    if (!giveUp) return { retryAt: new Date(clock.now().getTime() + backoffMs(attempt, { baseMs: 500, capMs: 10_000, random })) };
    return {
      retryAt: null,
      giveUp: async (outbox, personLocale) => {
        const locale: Locale = personLocale === 'en' ? 'en' : 'nl';
        await outbox.enqueue(replyTarget(claimed), [{ ...say(parts.internalError(locale)), private: true }], locale);
      },
    };
  };

  async function ingestFirst(): Promise<void> {
    const writing = ingest?.whenIdle();
    if (!writing) return;
    const timer = new AbortController();
    await Promise.race([writing, clock.sleep(ingestFirstMs, timer.signal)]);
    timer.abort();
  }

  async function runOnce(): Promise<'worked' | 'idle' | 'error'> {
    await ingestFirst();
    try {
      const ran = await runNext(clock.now(), { ...(prepare ? { prepare } : {}), onFailure });
      if (!ran) return 'idle';
      if (ran.written > 0) parts.onWritten?.();
      return 'worked';
    } catch (error) {
      // The database itself failed (claim, commit): the turn, if any, stays pending and is tried again.
      logger.error('inbox worker could not run a turn', errorFields(error));
      return 'error';
    }
  }

  async function slot(): Promise<void> {
    let failures = 0;
    while (running) {
      const outcome = await runOnce();
      if (outcome === 'worked') {
        failures = 0;
        continue;
      }
      failures = outcome === 'error' ? failures + 1 : 0;
      // A database that fails is asked less often; an idle one every poll.
      await wakeup.wait(outcome === 'error' ? backoffMs(failures, { baseMs: pollMs, capMs: 30_000, random }) : pollMs);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      for (let i = 0; i < concurrency; i++) slots.push(slot());
    },
    wake: (count = 1) => wakeup.wake(Math.max(1, Math.min(count, concurrency))),
    async stop(timeoutMs = 10_000) {
      running = false;
      wakeup.close();
      await orAfter(Promise.allSettled(slots), timeoutMs, undefined);
    },
  };
}
