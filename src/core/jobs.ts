// Timed work. A job is a row (pg-boss, in the same database): scheduled inside
// the transaction that decided it, claimed by one instance when it is due,
// and run in a transaction of its own that also writes its outgoing messages
// and records the job as done, so that its effects happen once even when the
// queue delivers it twice (a crash after our commit, before the queue's).
import type { Logger } from './logger';
import type { OutboxWriter } from './ports';
import type { Platform } from './turn';

export interface JobSpec {
  /** A registered handler's name: letters, digits, dots and dashes. */
  name: string;
  platform: Platform;
  /** The platform's workspace (Slack team) or tenant (Teams) id the job works in. */
  workspaceId: string;
  data: Record<string, unknown>;
  /** Not before this moment; default now. */
  runAt?: Date;
  /** While a job with this key waits or runs, scheduling another with the same key does nothing. */
  key?: string;
}

/** What the outbox records as the origin of the messages one run of a job wrote. */
export function jobOrigin(name: string, jobId: string): string {
  return `${jobOriginPrefix(name)}${jobId}`;
}

/** The origin every run of one job shares: how its messages are found again (DeliveryReports.since). */
export function jobOriginPrefix(name: string): string {
  return `job:${name}:`;
}

export interface JobScheduler {
  schedule(job: JobSpec): Promise<void>;
}

export interface JobContext<Scope> {
  scope: Scope;
  outbox: OutboxWriter;
  jobs: JobScheduler;
  now: Date;
  job: { id: string; name: string; workspaceId: string; platform: Platform };
  /** The process's log, for what a job decides not to do (a stale reminder skipped). */
  log: Logger;
}

export interface JobHandler<Scope> {
  name: string;
  run(ctx: JobContext<Scope>, data: Record<string, unknown>): Promise<void>;
}
