// Every timed job the bot has (phase updates, reminders, drills register here).
// A job runs with no incoming turn: it reads and writes through its scope and
// posts through its outbox (ctx.outbox.toConversation / toPerson).
import type { JobHandler } from '../core/jobs';
import type { FlowScope } from './context';
import { drillsJob, mockCloseJob, unreachableJob } from './drills';
import { timelineJob } from './timeline/job';

export const jobs: ReadonlyArray<JobHandler<FlowScope>> = [timelineJob, drillsJob, mockCloseJob, unreachableJob];
