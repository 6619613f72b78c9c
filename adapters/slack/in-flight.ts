// Listener work continues after Slack got its ack. Closing waits for it (up to
// a bound) so the database is not closed under a turn that is still replying.
export interface InFlight {
  track<T>(work: Promise<T>): Promise<T>;
  drain(timeoutMs: number): Promise<void>;
}

export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    track(work) {
      pending.add(work);
      const forget = () => pending.delete(work);
      work.then(forget, forget);
      return work;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([Promise.allSettled([...pending]), timeout]).finally(() => clearTimeout(timer));
    },
  };
}
