// A loop's pause that ends early when there is work: `wake()` from the code
// that just wrote a row, the poll interval otherwise (rows written by another
// instance, retries that came due).
import type { Clock } from '../clock';

export interface Wakeup {
  wake(): void;
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
    wake() {
      if (waiting.size === 0) pending = true;
      for (const controller of waiting) controller.abort();
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
