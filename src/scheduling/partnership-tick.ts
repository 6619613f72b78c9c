// A once-a-minute clock on every instance (node-cron) that asks the database
// which partnerships have work due at the injected clock's now, and schedules
// one job per partnership (keyed, so several instances schedule one). The job
// itself makes each effect happen once (it locks its row and claims its keys).
// A tick decides by our clock, not by pg-boss's start_after (database time), so
// an injected clock and a restart after downtime behave alike.
import cron from 'node-cron';
import type { Clock } from '../core/clock';
import type { JobScheduler } from '../core/jobs';
import { errorFields, type Logger } from '../core/logger';
import type { Platform } from '../core/turn';

/** How many partnerships one tick schedules at most; the rest come on the next. */
const PER_TICK = 500;

export type DuePartnerships = (now: Date, limit: number) => Promise<Array<{ platform: Platform; workspaceId: string; partnershipId: string }>>;

/** One tick: schedules `job` for every partnership `due` names at `now`; answers how many. */
export async function tickPartnerships(job: string, due: DuePartnerships, jobs: JobScheduler, now: Date): Promise<number> {
  const found = await due(now, PER_TICK);
  for (const { platform, workspaceId, partnershipId } of found) {
    await jobs.schedule({ name: job, platform, workspaceId, data: { partnershipId }, key: `${job}:${partnershipId}` });
  }
  return found.length;
}

/** `what` names the tick in the log ("timeline", "drill"); `expression` says when (node-cron, default each minute). */
export function schedulePartnershipTicks(
  what: string,
  job: string,
  due: DuePartnerships,
  jobs: JobScheduler,
  clock: Clock,
  logger: Logger,
  expression = '* * * * *',
): { stop(): void } {
  const task = cron.schedule(
    expression,
    async () => {
      try {
        const scheduled = await tickPartnerships(job, due, jobs, clock.now());
        if (scheduled > 0) logger.debug(`${what} runs scheduled`, { scheduled });
      } catch (error) {
        logger.warn(`${what} tick failed`, errorFields(error));
      }
    },
    { name: `${what}-tick`, noOverlap: true },
  );
  return { stop: () => void task.stop() };
}
