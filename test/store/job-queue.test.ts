// The job queue: a key stands for one job while it waits or runs (a tick on
// three instances schedules one run, not three); jobs without a key never meet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger';
import type { Database } from '../../src/store/database';
import { openJobQueue, type JobQueue } from '../../src/store/job-queue';
import { uniqueId } from '../support/bot';
import { openTestDatabase, testBackends } from '../support/databases';

describe.each(testBackends)('job queue on %s', (backend) => {
  let db: Database;
  let jobs: JobQueue;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await openTestDatabase(backend));
    jobs = await openJobQueue(db, silentLogger);
  });
  afterAll(async () => {
    await jobs?.stop();
    await dispose();
  });

  const waiting = async (name: string) =>
    Number((await db.prisma.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM pgboss.job WHERE name = $1`, name))[0]!.n);

  it('schedules a key once while its job waits, and every job without a key', async () => {
    const name = `test.q${uniqueId('').toLowerCase()}`;
    const later = new Date(Date.now() + 3_600_000);
    const job = { name, platform: 'slack' as const, workspaceId: 'T1', data: {}, runAt: later };
    await jobs.schedule({ ...job, key: 'p1' });
    await jobs.schedule({ ...job, key: 'p1' });
    await jobs.schedule({ ...job, key: 'p2' });
    expect(await waiting(name)).toBe(2);
    await jobs.schedule(job);
    await jobs.schedule(job);
    expect(await waiting(name)).toBe(4);
  });
});
