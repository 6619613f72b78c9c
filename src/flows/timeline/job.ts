// `timeline.run`: one partnership's timeline, run now (src/flows/timeline/run.ts).
// Scheduled by the tick (src/scheduling/timeline-tick.ts) for each partnership
// whose next moment has come; running it twice, or on two instances at once,
// posts nothing twice (the settings lock and the notification keys).
import type { JobHandler } from '../../core/jobs';
import type { FlowScope } from '../context';
import { runTimeline } from './run';

export const TIMELINE_JOB = 'timeline.run';

export const timelineJob: JobHandler<FlowScope> = {
  name: TIMELINE_JOB,
  async run(ctx, data) {
    if (typeof data.partnershipId !== 'string') return;
    const report = await runTimeline(ctx.scope, ctx.outbox, ctx.job.platform, data.partnershipId, ctx.now);
    // The catch-up rule: what is no longer relevant is skipped, once, with a line in the log.
    for (const skipped of report.skipped) ctx.log.info('timeline notification skipped', { partnershipId: data.partnershipId, key: skipped.key, reason: skipped.reason });
  },
};
