// The worker gives the inbox's writes the right of way: while the receiver is
// writing (the platform waits for its ack), no slot starts a turn; when the
// write ends, or after ingestFirstMs at the latest, the turns go on.
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger';
import { createInboxWorker, type RunNextTurn } from '../../../src/core/pipeline/inbox-worker';
import { manualClock, until } from '../../support/manual-clock';

/** An inbox whose write is under way until the test ends it. */
function writingInbox() {
  let idle: (() => void) | undefined;
  let writing: Promise<void> | null = null;
  return {
    whenIdle: () => writing,
    start() {
      writing = new Promise<void>((resolve) => {
        idle = resolve;
      });
    },
    finish() {
      writing = null;
      idle?.();
    },
  };
}

/** One turn waiting; each claim is counted. */
function oneTurn() {
  const state = { claims: 0, left: 1 };
  const runNext: RunNextTurn = async () => {
    state.claims++;
    if (state.left === 0) return null;
    state.left--;
    return { outcome: 'done', claimed: { inboxId: '1', attempts: 0 } as never, value: undefined, written: 0 };
  };
  return { state, runNext };
}

describe('inbox worker: acks first', () => {
  it('starts no turn while the inbox is writing, and runs it as soon as the write ends', async () => {
    const clock = manualClock();
    const inbox = writingInbox();
    inbox.start();
    const { state, runNext } = oneTurn();
    const worker = createInboxWorker({ runNext, internalError: () => '', clock, logger: silentLogger, concurrency: 2, ingest: inbox });
    worker.start();
    // Both slots wait for the write (and for nothing else: the clock does not move).
    await until(() => clock.sleeping === 2, 'both slots wait');
    expect(state.claims).toBe(0);
    inbox.finish();
    await until(() => state.left === 0, 'the turn ran');
    await worker.stop(1_000);
  });

  it('waits no longer than ingestFirstMs when the inbox never stops writing', async () => {
    const clock = manualClock();
    const inbox = writingInbox();
    inbox.start();
    const { state, runNext } = oneTurn();
    const worker = createInboxWorker({ runNext, internalError: () => '', clock, logger: silentLogger, concurrency: 1, ingest: inbox, ingestFirstMs: 500 });
    worker.start();
    await until(() => clock.sleeping === 1, 'the slot waits');
    clock.advance(499);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.claims).toBe(0);
    clock.advance(1);
    await until(() => state.left === 0, 'the turn ran while the inbox was still writing');
    await worker.stop(1_000);
  });

  it('claims at once when the inbox is idle', async () => {
    const clock = manualClock();
    const inbox = writingInbox();
    const { state, runNext } = oneTurn();
    const worker = createInboxWorker({ runNext, internalError: () => '', clock, logger: silentLogger, concurrency: 1, ingest: inbox });
    worker.start();
    await until(() => state.left === 0, 'the turn ran');
    await worker.stop(1_000);
  });
});

describe('inbox worker: one look per new turn', () => {
  it('wakes as many idle slots as turns were recorded, not all of them for one', async () => {
    const clock = manualClock();
    let claims = 0;
    const runNext: RunNextTurn = async () => {
      claims++;
      return null;
    };
    const worker = createInboxWorker({ runNext, internalError: () => '', clock, logger: silentLogger, concurrency: 4 });
    worker.start();
    // Each slot looks once at start, finds nothing and waits.
    await until(() => clock.sleeping === 4, 'all four slots wait');
    expect(claims).toBe(4);
    worker.wake(1);
    await until(() => claims === 5 && clock.sleeping === 4, 'one slot looked');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(claims).toBe(5);
    worker.wake(2);
    await until(() => claims === 7 && clock.sleeping === 4, 'two slots looked');
    worker.wake(50);
    await until(() => claims === 11 && clock.sleeping === 4, 'every slot looked, once');
    await worker.stop(1_000);
  });
});
