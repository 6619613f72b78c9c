// Exponential backoff with jitter: the n-th retry waits about base·2ⁿ, capped,
// spread over the upper half so that retries from many senders do not line up.
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  random?: () => number;
}

export function backoffMs(attempt: number, { baseMs, capMs, random = Math.random }: BackoffOptions): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
