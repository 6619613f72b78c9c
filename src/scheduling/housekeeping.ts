// Periodic clean-up. node-cron fires on every instance; the work is idempotent
// (deleting old rows), so no cross-instance lock is needed for it.
import cron from 'node-cron';
import type { Logger } from '../core/logger';
import type { TurnStore } from '../store/turn-store';

/** Slack retries for minutes, Teams for less; a day is far beyond both. */
export const PROCESSED_EVENT_RETENTION_MS = 24 * 60 * 60 * 1000;

export function scheduleHousekeeping(store: TurnStore, logger: Logger): { stop(): void } {
  const task = cron.schedule('17 * * * *', async () => {
    try {
      const removed = await store.pruneProcessedEvents(new Date(Date.now() - PROCESSED_EVENT_RETENTION_MS));
      logger.debug('pruned processed events', { removed });
    } catch (error) {
      logger.warn('housekeeping failed', { error: String(error) });
    }
  }, { name: 'housekeeping', noOverlap: true });
  return { stop: () => void task.stop() };
}
