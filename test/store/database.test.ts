import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsDir } from '../../adapters/bot';
import { openDatabase } from '../../src/store/database';
import { DatabaseInUseError } from '../../src/store/directory-lock';
import { TurnStore } from '../../src/store/turn-store';
import { createScratchDatabase, withPostgres } from '../support/databases';
import { startTcpProxy } from '../support/tcp-proxy';

describe('embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sob-embedded-'));
  const embeddedDir = join(dir, 'nested', 'db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates its folder, keeps data across a restart, and has exactly one owner', async () => {
    const first = await openDatabase({ embeddedDir, migrationsDir });
    await new TurnStore(first).withTenant('slack', 'T1', (scope) => scope.upsertPerson('U1', 'Anne'));
    await expect(openDatabase({ embeddedDir, migrationsDir })).rejects.toThrow(DatabaseInUseError);
    await first.close();

    const second = await openDatabase({ embeddedDir, migrationsDir });
    try {
      expect(await second.prisma.person.findMany({ select: { displayName: true } })).toEqual([{ displayName: 'Anne' }]);
      await second.ping();
    } finally {
      await second.close();
    }
    await expect(second.ping()).rejects.toThrow();
  });
});

describe('PostgreSQL database', () => {
  it('names the problem when the server cannot be reached', async () => {
    await expect(
      openDatabase({ url: 'postgresql://nobody@127.0.0.1:1/none', embeddedDir: '', migrationsDir }),
    ).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});

describe.skipIf(!withPostgres)('PostgreSQL database that stops answering (failover)', () => {
  const timeouts = { connectMs: 1_000, statementMs: 800, queryMs: 1_000, idleInTransactionMs: 2_000, closeMs: 1_000 };

  it('gives hung connections up within the timeouts, and recovers once the database answers again', async () => {
    const scratch = await createScratchDatabase();
    const proxy = await startTcpProxy('127.0.0.1', Number(new URL(scratch.url).port || 5432));
    const db = await openDatabase({ url: proxy.url(scratch.url), embeddedDir: '', migrationsDir, timeouts });
    try {
      // Fill the pool: ten connections, all open through the proxy.
      await Promise.all(Array.from({ length: 10 }, () => db.prisma.$queryRaw`SELECT pg_sleep(0.05)::text AS slept`));

      proxy.stall();
      const started = performance.now();
      const work = [
        ...Array.from({ length: 12 }, () => db.prisma.tenant.count()),
        db.prisma.$transaction(async (tx) => {
          await tx.tenant.count();
          await tx.person.count();
        }),
        db.ping(),
      ];
      const outcomes = await Promise.allSettled(work);
      const took = performance.now() - started;
      // Every one fails (nothing answers) instead of waiting for ever.
      expect(outcomes.map((outcome) => outcome.status)).toEqual(work.map(() => 'rejected'));
      expect(took).toBeLessThan(timeouts.queryMs + timeouts.connectMs + 3_000);

      proxy.resume();
      // The old connections never answer again; the pool must open new ones.
      await expect.poll(() => db.prisma.tenant.count().then(() => true, () => false), { timeout: 10_000, interval: 200 }).toBe(true);
      await expect(Promise.all(Array.from({ length: 12 }, () => db.prisma.tenant.count()))).resolves.toHaveLength(12);
      await db.prisma.$transaction(async (tx) => {
        await tx.tenant.count();
      });
      await db.ping();
      expect(proxy.accepted).toBeGreaterThan(10);
    } finally {
      const closing = performance.now();
      await db.close();
      expect(performance.now() - closing).toBeLessThan(timeouts.closeMs + 1_000);
      await proxy.close();
      await scratch.drop();
    }
  }, 60_000);

  it('replaces a connection once it has lived its lifetime (a database behind a moved address is left in time)', async () => {
    const scratch = await createScratchDatabase();
    const proxy = await startTcpProxy('127.0.0.1', Number(new URL(scratch.url).port || 5432));
    const db = await openDatabase({ url: proxy.url(scratch.url), embeddedDir: '', migrationsDir, timeouts: { ...timeouts, lifetimeMs: 1_000 } });
    try {
      await db.ping();
      const before = proxy.accepted;
      await db.ping();
      expect(proxy.accepted).toBe(before);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await db.ping();
      expect(proxy.accepted).toBe(before + 1);
    } finally {
      await db.close();
      await proxy.close();
      await scratch.drop();
    }
  }, 30_000);

  it('closes within its bound while queries hang', async () => {
    const scratch = await createScratchDatabase();
    const proxy = await startTcpProxy('127.0.0.1', Number(new URL(scratch.url).port || 5432));
    const db = await openDatabase({ url: proxy.url(scratch.url), embeddedDir: '', migrationsDir, timeouts: { ...timeouts, queryMs: 60_000, statementMs: 60_000 } });
    try {
      await db.ping();
      proxy.stall();
      const hung = Promise.allSettled(Array.from({ length: 10 }, () => db.prisma.tenant.count()));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const closing = performance.now();
      await db.close();
      expect(performance.now() - closing).toBeLessThan(timeouts.closeMs + 1_000);
      void hung;
    } finally {
      await proxy.close();
      await scratch.drop();
    }
  }, 30_000);
});
