// The timeline settings and notification keys of one partnership, inside its
// tenant: defaults until stored, a lock that makes the row, changes that read
// back as written, and a key that is claimed once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database';
import { TurnStore, type TenantScope } from '../../src/store/turn-store';
import { uniqueId } from '../support/bot';
import { openTestDatabase, testBackends } from '../support/databases';
import { seedPartnership } from '../support/partnerships';

describe.each(testBackends)('timeline store on %s', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let store: TurnStore;
  beforeAll(async () => {
    ({ db, dispose } = await openTestDatabase(backend));
    store = new TurnStore(db);
  });
  afterAll(() => dispose());

  const inTenant = <T>(tenant: string, work: (scope: TenantScope) => Promise<T>) => store.withTenant('slack', tenant, work);
  const seed = (tenant: string) =>
    seedPartnership(db, { platform: 'slack', workspaceId: tenant }, [{ userId: 'U1', name: 'Coby', role: 'coordinator' }], { visitDate: '2027-04-15' });

  it('gives defaults until stored; lock makes the row, update writes what it is given and reads it back', async () => {
    const tenant = uniqueId('T');
    const { partnershipId } = await seed(tenant);
    const before = await inTenant(tenant, (scope) => scope.timelines.get(partnershipId));
    expect(before).toMatchObject({ timeZone: 'Europe/Amsterdam', holidays: [], overrides: { moved: [], done: [], added: [] }, digest: { weekday: 1, time: '09:00' }, lastProcessed: null });
    expect(await db.prisma.timelineSettings.count({ where: { partnershipId } })).toBe(0);

    const at = new Date('2027-01-04T08:00:00.000Z');
    const saved = await inTenant(tenant, async (scope) => {
      await scope.timelines.lock(partnershipId);
      return scope.timelines.update(partnershipId, {
        timeZone: 'America/Curacao',
        holidays: [{ start: '2027-02-15', end: '2027-02-19' }],
        overrides: {
          moved: [{ milestoneId: 'assessment-oriented.final-dossier', date: '2027-03-10' }],
          done: [{ milestoneId: 'assessment-oriented.own-questions', at }],
          added: [{ id: 'own.rehearsal', phaseId: 'assessment-oriented.preparation', kind: 'deadline', date: '2027-04-01', title: 'Generale repetitie' }],
        },
        digest: { weekday: 5, time: '16:30' },
        lastProcessed: at,
        nextRunAt: new Date('2027-01-08T08:00:00.000Z'),
        basis: { reviewTypeId: 'assessment-oriented', visitDate: '2027-04-15', timeZone: 'America/Curacao', holidays: [], moved: [], added: [] },
      });
    });
    expect(saved).toMatchObject({ timeZone: 'America/Curacao', digest: { weekday: 5, time: '16:30' }, lastProcessed: at });
    expect(saved.overrides.done[0]!.at).toEqual(at);
    expect(await inTenant(tenant, (scope) => scope.timelines.get(partnershipId))).toEqual(saved);
  });

  it('claims a notification key once, and sees nothing of another tenant', async () => {
    const tenant = uniqueId('T');
    const other = uniqueId('T');
    const { partnershipId } = await seed(tenant);
    await seed(other);
    const record = { key: `${partnershipId}:x:deadline-passed:2027-01-15`, kind: 'deadline-passed', outcome: 'posted', at: new Date() };
    expect(await inTenant(tenant, (scope) => scope.timelines.claim(partnershipId, record))).toBe(true);
    expect(await inTenant(tenant, (scope) => scope.timelines.claim(partnershipId, { ...record, outcome: 'skipped:stale' }))).toBe(false);
    expect((await inTenant(tenant, (scope) => scope.timelines.notifications(partnershipId))).map((n) => n.outcome)).toEqual(['posted']);
    // Another tenant can neither claim, lock nor read this partnership's timeline.
    expect(await inTenant(other, (scope) => scope.timelines.claim(partnershipId, { ...record, key: 'other' }))).toBe(false);
    await expect(inTenant(other, (scope) => scope.timelines.lock(partnershipId))).rejects.toThrow(/not found/);
    expect(await inTenant(other, (scope) => scope.timelines.notifications(partnershipId))).toEqual([]);
  });

  it('finds the timelines due: never run, next moment come, or a visit date or review type changed since the last run', async () => {
    const tenant = uniqueId('T');
    const { partnershipId } = await seed(tenant);
    const { partnershipId: undated } = await seedPartnership(db, { platform: 'slack', workspaceId: tenant }, [{ userId: 'U2', name: 'Dirk', role: 'coordinator' }], { name: 'Zonder datum' });
    const now = new Date('2027-01-04T08:00:00.000Z');
    const due = async () => (await store.timelinesDue(now, 10_000)).filter((d) => d.workspaceId === tenant).map((d) => d.partnershipId);
    // Never run (no settings row): due; a partnership without a visit date never is.
    expect(await due()).toEqual([partnershipId]);
    expect(await due()).not.toContain(undated);
    const ran = (nextRunAt: Date | null, basis = { reviewTypeId: 'assessment-oriented' as const, visitDate: '2027-04-15', timeZone: 'Europe/Amsterdam', holidays: [], moved: [], added: [] }) =>
      inTenant(tenant, async (scope) => {
        await scope.timelines.lock(partnershipId);
        await scope.timelines.update(partnershipId, { lastProcessed: now, nextRunAt, basis });
      });
    await ran(new Date('2027-01-08T16:00:00.000Z'));
    expect(await due()).toEqual([]);
    await ran(new Date('2027-01-04T08:00:00.000Z'));
    expect(await due()).toEqual([partnershipId]);
    // Finished (no next moment): not due, until the visit date changes (the partnership form) or the review type.
    await ran(null);
    expect(await due()).toEqual([]);
    await db.prisma.partnership.update({ where: { id: partnershipId }, data: { visitDate: new Date('2027-04-22T00:00:00.000Z') } });
    expect(await due()).toEqual([partnershipId]);
    await ran(null, { reviewTypeId: 'assessment-oriented', visitDate: '2027-04-22', timeZone: 'Europe/Amsterdam', holidays: [], moved: [], added: [] });
    expect(await due()).toEqual([]);
    await db.prisma.partnership.update({ where: { id: partnershipId }, data: { reviewType: 'development' } });
    expect(await due()).toEqual([partnershipId]);
  });
});

