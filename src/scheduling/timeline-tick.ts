// The timeline's clock. Every instance ticks once a minute (node-cron) and asks
// the database which partnerships' timelines are due at the injected clock's
// now (a visit date and no run yet, a next moment that has come, or a visit
// date or review type changed since the last run, e.g. through the partnership
// form); for each it schedules the `timeline.run` job. However many instances
// tick, and however often the queue hands a job out, each notification is
// posted once: the run locks the partnership's timeline row and claims every
// notification key in the transaction that writes its post. A tick decides by
// our clock, not by pg-boss's start_after (database time), so an injected
// clock and a restart after downtime behave alike: the next tick catches up
// under the one catch-up rule.
import type { Clock } from '../core/clock';
import type { JobScheduler } from '../core/jobs';
import type { Logger } from '../core/logger';
import type { Platform } from '../core/turn';
import { TIMELINE_JOB } from '../flows/timeline/job';
import { schedulePartnershipTicks, tickPartnerships } from './partnership-tick';

export interface DueTimelines {
  timelinesDue(now: Date, limit: number): Promise<Array<{ platform: Platform; workspaceId: string; partnershipId: string }>>;
}

/** One tick: schedules a run for every partnership whose timeline is due at `now`; answers how many. */
export function tickTimelines(store: DueTimelines, jobs: JobScheduler, now: Date): Promise<number> {
  return tickPartnerships(TIMELINE_JOB, (at, limit) => store.timelinesDue(at, limit), jobs, now);
}

export function scheduleTimelineTicks(store: DueTimelines, jobs: JobScheduler, clock: Clock, logger: Logger, expression?: string): { stop(): void } {
  return schedulePartnershipTicks('timeline', TIMELINE_JOB, (at, limit) => store.timelinesDue(at, limit), jobs, clock, logger, expression);
}
