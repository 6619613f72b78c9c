// The drills' clock, the same way as the timeline's (src/scheduling/timeline-tick.ts):
// every instance ticks once a minute (node-cron) and asks the database which
// partnerships' drill plans are due at the injected clock's now; for each it
// schedules the `drills.run` job (singleton key per partnership while it waits).
// However many instances tick, and however often the queue hands a job out,
// each prompt goes out once: the run locks the plan row and claims every prompt
// key in the transaction that writes the prompt to the outbox.
import type { Clock } from '../core/clock';
import type { JobScheduler } from '../core/jobs';
import type { Logger } from '../core/logger';
import { DRILLS_JOB } from '../flows/drills';
import { schedulePartnershipTicks, tickPartnerships, type DuePartnerships } from './partnership-tick';

export type DueDrills = DuePartnerships;

/** One tick: schedules a run for every partnership whose drills are due at `now`; answers how many. */
export function tickDrills(due: DueDrills, jobs: JobScheduler, now: Date): Promise<number> {
  return tickPartnerships(DRILLS_JOB, due, jobs, now);
}

export function scheduleDrillTicks(due: DueDrills, jobs: JobScheduler, clock: Clock, logger: Logger, expression?: string): { stop(): void } {
  return schedulePartnershipTicks('drill', DRILLS_JOB, due, jobs, clock, logger, expression);
}
