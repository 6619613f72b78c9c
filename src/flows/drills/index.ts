// Commands, flows and the job of the drills: practice questions before the visit
// day, with feedback grounded in the framework and the partnership's draft.
import type { Command, Flow } from '../context';
import { practiceCommands } from './commands';
import { drillsFlow } from './flow';
import { mockCommands } from './mock-visit';
import { planCommands } from './plan-command';
import { questionCommands } from './questions';
import { readinessCommands } from './readiness';

export { answerInPromptThread } from './flow';
export { drillsJob } from './job';
export { DRILLS_JOB } from './job-names';
export { mockCloseJob } from './mock-visit';
export { unreachableJob } from './unreachable';
export { drillReadinessBlocks } from './readiness';

/** `fallbacks`: the commands whose words (`stop`, `pauze`, `hervat`) the drills share; theirs when the drill's arguments are not there. */
export function drillCommands(fallbacks: readonly Command[]): Command[] {
  return [...practiceCommands(fallbacks), ...questionCommands, ...readinessCommands, ...planCommands, ...mockCommands];
}
export const drillFlows: readonly Flow[] = [drillsFlow];
