// `drills.unreachable`: a drill prompt the platform would not deliver to a
// person (nobody there: the account gone, the app not installed, no chat with
// the bot in the tenant) is told to the coordinators, not skipped in silence.
// The run schedules it a while after it wrote prompts, when the dispatcher has
// tried them; each person is reported once a day, whichever instance runs it
// and however often: the report's key (`unreachable:<person>:<date>`) is
// claimed in drill_prompt in the transaction that writes the coordinator's DM.
import { jobOriginPrefix, type JobHandler, type JobScheduler } from '../../core/jobs';
import { say } from '../../core/messages';
import type { Locale, Platform } from '../../core/turn';
import { localDateOf } from '../../domain/timeline/zoned-time';
import { DEFAULT_TIME_ZONE } from '../../domain/timeline';
import { textsFor } from '../../texts';
import type { FlowScope } from '../context';
import { DRILLS_JOB, UNREACHABLE_JOB } from './job-names';

/** Long enough for the dispatcher's tries of the run's prompts. */
const AFTER_RUN_MS = 10 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
/** The outbox origin of the prompts: every run of the drills job. */
const PROMPTS = jobOriginPrefix(DRILLS_JOB);

/** After a run that wrote prompts: the report, once per partnership and hour. */
export async function scheduleUnreachableReport(jobs: JobScheduler, at: { platform: Platform; workspaceId: string }, partnershipId: string, now: Date): Promise<void> {
  await jobs.schedule({
    name: UNREACHABLE_JOB,
    platform: at.platform,
    workspaceId: at.workspaceId,
    data: { partnershipId },
    runAt: new Date(now.getTime() + AFTER_RUN_MS),
    key: `${UNREACHABLE_JOB}:${partnershipId}:${now.toISOString().slice(0, 13)}`,
  });
}

export const unreachableJob: JobHandler<FlowScope> = {
  name: UNREACHABLE_JOB,
  async run(ctx, data) {
    if (typeof data.partnershipId !== 'string') return;
    const partnershipId = data.partnershipId;
    const plan = await ctx.scope.drills.plan(partnershipId);
    const participants = await ctx.scope.drills.participants(partnershipId);
    const byUser = new Map(participants.map((p) => [p.platformUserId, p]));
    const today = localDateOf(ctx.now, plan?.timeZone ?? DEFAULT_TIME_ZONE);
    const report = await ctx.scope.deliveries.since(new Date(ctx.now.getTime() - DAY_MS), 200, PROMPTS);
    const reported = new Map<string, (locale: Locale) => string>();
    for (const f of report.failed) {
      if (f.to.kind !== 'person' || f.reason.kind !== 'unreachable') continue;
      const who = byUser.get(f.to.userId);
      if (!who || reported.has(who.personId)) continue;
      const key = `unreachable:${who.personId}:${today}`;
      if (!(await ctx.scope.drills.claimPrompt(partnershipId, { key, outcome: 'reported', questionIds: [], at: ctx.now }))) continue;
      const reason = f.reason;
      reported.set(who.personId, (locale) => `${who.displayName}: ${textsFor(locale).delivery.reason(reason)}`);
    }
    if (reported.size === 0) return;
    for (const coordinator of participants.filter((p) => p.role === 'coordinator')) {
      const locale: Locale = coordinator.locale === 'en' ? 'en' : 'nl';
      const lines = [...reported.values()].map((line) => line(locale));
      await ctx.outbox.toPerson(coordinator.platformUserId, [say(textsFor(locale).drills.unreachableReport(lines))], locale);
    }
    ctx.log.info('drill prompts not delivered, told the coordinators', { partnershipId, people: reported.size });
  },
};
