// `drills.run`: one partnership's drills, run now (src/flows/drills/run.ts).
// Scheduled by the tick (src/scheduling/drill-tick.ts) for each partnership
// whose next slot has come; running it twice, or on two instances at once,
// sends nothing twice (the plan's lock and the prompt keys).
import type { JobHandler } from '../../core/jobs';
import type { FlowScope } from '../context';
import { runDrills } from './run';
import { DRILLS_JOB } from './job-names';
import { scheduleUnreachableReport } from './unreachable';

export const drillsJob: JobHandler<FlowScope> = {
  name: DRILLS_JOB,
  async run(ctx, data) {
    if (typeof data.partnershipId !== 'string') return;
    const report = await runDrills(ctx.scope, ctx.outbox, data.partnershipId, ctx.now);
    // A prompt the platform will not take is told to the coordinators (src/flows/drills/unreachable.ts).
    if (report.sent.length > 0) await scheduleUnreachableReport(ctx.jobs, ctx.job, data.partnershipId, ctx.now);
    // Prompts missed beyond the catch-up rule are skipped, once, with a line in the log.
    for (const skipped of report.skipped) ctx.log.info('drill prompt skipped', { partnershipId: data.partnershipId, key: skipped.key, reason: skipped.reason });
  },
};
