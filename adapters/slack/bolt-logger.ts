// Bolt and its Web API client log through this bridge into our JSON logger.
// Bolt's own level is left at debug: our logger decides what is written.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/core/logger';

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.DEBUG;
  let name = 'slack';
  const emit =
    (at: LogLevel) =>
    (...parts: unknown[]) => {
      if (rank[at] < rank[level]) return;
      const errors = parts.filter((part): part is Error => part instanceof Error);
      const message = parts
        .filter((part) => !(part instanceof Error))
        .map((part) => (typeof part === 'string' ? part : safeJson(part)))
        .join(' ');
      logger[at](message || errors[0]?.message || '(empty)', {
        source: name,
        ...(errors.length > 0 ? { error: errors.map(String).join('; ') } : {}),
      });
    };
  return {
    debug: emit(LogLevel.DEBUG),
    info: emit(LogLevel.INFO),
    warn: emit(LogLevel.WARN),
    error: emit(LogLevel.ERROR),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
