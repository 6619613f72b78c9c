// A loop's pause that ends early when there is work: `wake()` from the code
// that just wrote a row, the poll interval otherwise (rows written by another
// instance, retries that came due).
import type { Clock } from '../clock';

export interface Wakeup {
  /** Ends the waits of up to `count` loops (all by default); with fewer waiting, the next wait returns at once. */
  wake(count?: number): void;
  /** Resolves on the next wake() or after `ms`, whichever is first. */
  wait(ms: number): Promise<void>;
  /** Ends every wait for good. */
  close(): void;
}

export function createWakeup(clock: Clock): Wakeup {
  let pending = false;
  let closed = false;
  const waiting = new Set<AbortController>();
  return {
    wake(count = Number.POSITIVE_INFINITY) {
      // Fewer waiting than work: a busy loop goes round again instead of waiting.
      if (waiting.size < count) pending = true;
      let woken = 0;
      for (const controller of [...waiting]) {
        if (woken++ >= count) break;
        // Out of the set at once, so the next wake(1) picks another waiter.
        waiting.delete(controller);
        controller.abort();
      }
    },
    async wait(ms) {
      if (closed) return;
      if (pending) {
        pending = false;
        return;
      }
      const controller = new AbortController();
      waiting.add(controller);
      try {
        await clock.sleep(ms, controller.signal);
      } finally {
        waiting.delete(controller);
      }
    },
    close() {
      closed = true;
      for (const controller of waiting) controller.abort();
    },
  };
}
