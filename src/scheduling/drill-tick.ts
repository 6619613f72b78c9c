// The drills' clock, the same way as the timeline's (src/scheduling/timeline-tick.ts):
// every instance ticks once a minute (node-cron) and asks the database which
// partnerships' drill plans are due at the injected clock's now; for each it
// schedules the `drills.run` job (singleton key per partnership while it waits).
// However many instances tick, and however often the queue hands a job out,
// each prompt goes out once: the run locks the plan row and claims every prompt
// key in the transaction that writes the prompt to the outbox.
import cron from 'node-cron';
import type { Clock } from '../core/clock';
import type { JobScheduler } from '../core/jobs';
import { errorFields, type Logger } from '../core/logger';
import type { Platform } from '../core/turn';
import { DRILLS_JOB } from '../flows/drills';

/** How many partnerships one tick schedules at most; the rest come on the next. */
const PER_TICK = 500;

export type DueDrills = (now: Date, limit: number) => Promise<Array<{ platform: Platform; workspaceId: string; partnershipId: string }>>;

/** One tick: schedules a run for every partnership whose drills are due at `now`; answers how many. */
export async function tickDrills(due: DueDrills, jobs: JobScheduler, now: Date): Promise<number> {
  const plans = await due(now, PER_TICK);
  for (const { platform, workspaceId, partnershipId } of plans) {
    await jobs.schedule({ name: DRILLS_JOB, platform, workspaceId, data: { partnershipId }, key: `${DRILLS_JOB}:${partnershipId}` });
  }
  return plans.length;
}

export function scheduleDrillTicks(due: DueDrills, jobs: JobScheduler, clock: Clock, logger: Logger): { stop(): void } {
  const task = cron.schedule(
    '* * * * *',
    async () => {
      try {
        const scheduled = await tickDrills(due, jobs, clock.now());
        if (scheduled > 0) logger.debug('drill runs scheduled', { scheduled });
      } catch (error) {
        logger.warn('drill tick failed', errorFields(error));
      }
    },
    { name: 'drill-tick', noOverlap: true },
  );
  return { stop: () => void task.stop() };
}
