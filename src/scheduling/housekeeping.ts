// Periodic clean-up. node-cron fires on every instance; the work is idempotent
// (deleting rows that have done their job), so no cross-instance lock is needed.
import cron from 'node-cron';
import { errorFields, type Logger } from '../core/logger';

/** Slack retries for minutes and Teams for less; a week is far beyond both, and leaves time to look back. */
const HANDLED_ROW_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** Removes rows that have done their job (src/store/turn-store.ts); answers how many of each kind. */
export interface Prunable {
  prune(olderThan: Date): Promise<Record<string, number>>;
}

export function scheduleHousekeeping(store: Prunable, logger: Logger): { stop(): void } {
  const task = cron.schedule(
    '17 * * * *',
    async () => {
      try {
        const removed = await store.prune(new Date(Date.now() - HANDLED_ROW_RETENTION_MS));
        logger.debug('pruned handled rows', removed);
      } catch (error) {
        logger.warn('housekeeping failed', errorFields(error));
      }
    },
    { name: 'housekeeping', noOverlap: true },
  );
  return { stop: () => void task.stop() };
}
