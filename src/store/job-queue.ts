// The job queue, on pg-boss in our own database (its tables in schema
// `pgboss`): PostgreSQL with its own pool, or the embedded PGlite through
// pg-boss's adapter. Jobs scheduled during a turn or job are written through
// that transaction (fromPrisma), so they exist exactly when the decision does.
import { randomUUID } from 'node:crypto';
import { fromPglite, fromPrisma, PgBoss, type Job } from 'pg-boss';
import type { JobHandler, JobScheduler, JobSpec } from '../core/jobs';
import { errorFields, type Logger } from '../core/logger';
import type { Platform } from '../core/turn';
import type { Database } from './database';
import type { Prisma } from './generated/client';
import type { JobsWithin, TenantScope, TurnStore } from './turn-store';

type Tx = Prisma.TransactionClient;

interface Payload {
  platform: Platform;
  workspaceId: string;
  data: Record<string, unknown>;
}

export interface JobQueue extends JobScheduler, JobsWithin {
  /** Starts working the handlers' queues. */
  work(handlers: ReadonlyArray<JobHandler<TenantScope>>, store: TurnStore, options: { now: () => Date; afterRun: () => void }): Promise<void>;
  stop(): Promise<void>;
}

export async function openJobQueue(db: Database, logger: Logger): Promise<JobQueue> {
  const connection = db.jobConnection();
  const boss =
    connection.kind === 'postgresql'
      ? new PgBoss({ connectionString: connection.url, max: 3, schema: 'pgboss', application_name: 'samen-opleiden-bot jobs' })
      : new PgBoss({ db: fromPglite(connection.pglite), backend: 'pglite', schema: 'pgboss' });
  boss.on('error', (error) => logger.error('job queue error', errorFields(error)));
  await boss.start();
  const created = new Set<string>();
  const ensureQueue = async (name: string) => {
    if (created.has(name)) return;
    // `exclusive`: one job per singleton key while it waits or runs (a standard queue would take
    // the same key twice). A job given no key gets one of its own, so keyless jobs never meet.
    await boss.createQueue(name, { policy: 'exclusive', retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 300 });
    const made = await boss.getQueue(name);
    // A queue made by an older version keeps its policy (pg-boss does not change it): say so once.
    if (made && made.policy !== 'exclusive') logger.warn('job queue does not deduplicate by key; recreate it to fix', { queue: name, policy: made.policy });
    created.add(name);
  };
  const send = async (job: JobSpec, tx?: Tx) => {
    await ensureQueue(job.name);
    const payload: Payload = { platform: job.platform, workspaceId: job.workspaceId, data: job.data };
    await boss.send(job.name, payload, {
      ...(job.runAt ? { startAfter: job.runAt } : {}),
      singletonKey: job.key ?? `once:${randomUUID()}`,
      ...(tx ? { db: fromPrisma(tx) } : {}),
    });
  };

  return {
    schedule: (job) => send(job),
    within: (tx) => ({ schedule: (job) => send(job, tx) }),
    async work(handlers, store, { now, afterRun }) {
      for (const handler of handlers) {
        await ensureQueue(handler.name);
        await boss.work<Payload>(handler.name, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]: Job<Payload>[]) => {
          if (!job) return;
          const { platform, workspaceId, data } = job.data;
          const ran = await store.runJob({ platform, workspaceId, jobId: job.id, name: handler.name }, (ctx) => handler.run(ctx, data), now(), logger);
          if (ran === 'duplicate') logger.info('job already done', { job: handler.name, jobId: job.id });
          afterRun();
        });
      }
    },
    stop: () => boss.stop({ graceful: true, timeout: 5_000 }),
  };
}
