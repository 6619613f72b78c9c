// The time the core works with. Production uses the system clock; tests inject
// one they move by hand, so nothing waits on real time.
export interface Clock {
  now(): Date;
  /** Resolves after `ms` of this clock's time (a test clock resolves when moved past it). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};
