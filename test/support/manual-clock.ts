// A clock that moves only when a test moves it: `sleep` resolves once the
// clock has been advanced past its end. Database round trips still take real
// time, so tests wait for outcomes with `until`, never for a duration.
import type { Clock } from '../../src/core/clock';

export interface ManualClock extends Clock {
  advance(ms: number): void;
  /** Sleeps not yet over. */
  readonly sleeping: number;
}

export function manualClock(start = new Date('2027-03-01T08:00:00.000Z')): ManualClock {
  let now = start.getTime();
  const sleepers = new Set<{ at: number; wake(): void }>();
  return {
    now: () => new Date(now),
    sleep(ms, signal) {
      return new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        const sleeper = {
          at: now + ms,
          wake() {
            sleepers.delete(sleeper);
            resolve();
          },
        };
        sleepers.add(sleeper);
        signal?.addEventListener('abort', () => sleeper.wake(), { once: true });
      });
    },
    advance(ms) {
      now += ms;
      for (const sleeper of [...sleepers]) if (sleeper.at <= now) sleeper.wake();
    },
    get sleeping() {
      return sleepers.size;
    },
  };
}

/** Resolves once `check` holds; fails after `timeoutMs` of real time with `what`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
