// The drills' job names, apart from their handlers: the unreachable report finds the
// prompts by the run job's name, and the run job schedules the report.

export const DRILLS_JOB = 'drills.run';
export const UNREACHABLE_JOB = 'drills.unreachable';
