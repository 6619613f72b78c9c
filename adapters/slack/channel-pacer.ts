// Slack lets an app post about one message per second per channel, with short
// bursts (https://api.slack.com/methods/chat.postMessage#rate_limiting). A token
// bucket per channel keeps to that, so a busy channel (phase updates, a burst of
// replies) waits a little here instead of drawing 429s. The Web API client still
// waits out a 429's Retry-After should one come.
export interface ChannelPacer {
  /** Resolves when a message may be posted to `channel`. */
  take(channel: string): Promise<void>;
}

export interface PacerOptions {
  /** Messages that may go at once before pacing starts. */
  burst?: number;
  perSecond?: number;
  /** Channels remembered; idle ones are forgotten first. */
  maxChannels?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createChannelPacer({
  burst = 4,
  perSecond = 1,
  maxChannels = 10_000,
  now = () => performance.now(),
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}: PacerOptions = {}): ChannelPacer {
  // The time at which each channel's bucket is empty again if nothing more is taken.
  const busyUntil = new Map<string, number>();
  const interval = 1000 / perSecond;
  return {
    async take(channel) {
      const at = now();
      // A bucket holds `burst` tokens: it may run up to (burst - 1) intervals ahead of now.
      const start = Math.max(busyUntil.get(channel) ?? at, at);
      const wait = start - at - (burst - 1) * interval;
      busyUntil.delete(channel);
      if (busyUntil.size >= maxChannels) busyUntil.delete(busyUntil.keys().next().value!);
      busyUntil.set(channel, start + interval);
      if (wait > 0) await sleep(wait);
    },
  };
}
