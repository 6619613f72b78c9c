import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database';
import { TurnStore } from '../../src/store/turn-store';
import { uniqueId } from '../support/bot';
import { openTestDatabase, type Backend } from '../support/databases';

describe.each<Backend>(['postgresql', 'embedded'])('TurnStore on %s', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let store: TurnStore;

  beforeAll(async () => {
    ({ db, dispose } = await openTestDatabase(backend));
    store = new TurnStore(db);
  });
  afterAll(() => dispose());

  it('runs a turn once per event id, however often it is delivered', async () => {
    const team = uniqueId('T');
    const first = await store.runTurn('slack', team, 'Ev1', async (scope) => scope.upsertPerson('U1', 'Anne'));
    const again = await store.runTurn('slack', team, 'Ev1', async () => 'must not run');
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ duplicate: true });
    const tenant = await db.prisma.tenant.findFirstOrThrow({ where: { externalId: team } });
    expect(await db.prisma.processedEvent.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it('lets exactly one of several concurrent deliveries of one event through', async () => {
    const team = uniqueId('T');
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => store.runTurn('slack', team, 'EvSame', async (scope) => scope.upsertPerson('U1', 'Anne'))),
    );
    expect(outcomes.filter((outcome) => !outcome.duplicate)).toHaveLength(1);
    expect(await db.prisma.person.count({ where: { tenant: { externalId: team } } })).toBe(1);
  });

  it('rolls back the event claim when the turn fails, so a retry is handled', async () => {
    const team = uniqueId('T');
    await expect(store.runTurn('slack', team, 'EvFail', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const retry = await store.runTurn('slack', team, 'EvFail', async () => 'handled');
    expect(retry).toEqual({ duplicate: false, value: 'handled' });
  });

  it('keeps tenants apart: same user id and place in two workspaces are two people with their own state', async () => {
    const [teamA, teamB] = [uniqueId('T'), uniqueId('T')];
    const a = await store.runTurn('slack', teamA, 'E1', async (scope) => {
      const person = await scope.upsertPerson('U1', 'Anne');
      await scope.saveState(person.id, 'D1:', { flow: 'language', step: 'choose', data: { n: 1 } });
      return person;
    });
    const b = await store.runTurn('slack', teamB, 'E1', async (scope) => {
      const person = await scope.upsertPerson('U1', 'Bram');
      return { person, state: await scope.loadState(person.id, 'D1:') };
    });
    if (a.duplicate || b.duplicate) throw new Error('unexpected duplicate');
    expect(b.value.person.id).not.toBe(a.value.id);
    expect(b.value.state).toBeNull();
    // Even with the other tenant's person id, a scope sees nothing of it.
    const crossed = await store.withTenant('slack', teamB, (scope) => scope.loadState(a.value.id, 'D1:'));
    expect(crossed).toBeNull();
    const own = await store.withTenant('slack', teamA, (scope) => scope.loadState(a.value.id, 'D1:'));
    expect(own).toEqual({ flow: 'language', step: 'choose', data: { n: 1 } });
  });

  it('treats a Slack workspace and a Teams tenant with the same id as different tenants', async () => {
    const id = uniqueId('X');
    await store.runTurn('slack', id, 'E1', (scope) => scope.upsertPerson('U1', 'A'));
    await store.runTurn('teams', id, 'E1', (scope) => scope.upsertPerson('U1', 'A'));
    expect(await db.prisma.tenant.count({ where: { externalId: id } })).toBe(2);
  });

  it('stores the conversation reference and updates it when it changes', async () => {
    const team = uniqueId('T');
    await store.withTenant('teams', team, (scope) => scope.saveConversation('a:1', 'dm', { serviceUrl: 'https://one.example/' }));
    await store.withTenant('teams', team, (scope) => scope.saveConversation('a:1', 'dm', { serviceUrl: 'https://two.example/' }));
    const found = await store.withTenant('teams', team, (scope) => scope.findConversation('a:1'));
    expect(found).toEqual({ kind: 'dm', reference: { serviceUrl: 'https://two.example/' } });
  });

  it('keeps a person display name and locale', async () => {
    const team = uniqueId('T');
    const person = await store.withTenant('slack', team, (scope) => scope.upsertPerson('U9', 'Old name'));
    await store.withTenant('slack', team, (scope) => scope.setLocale(person.id, 'en'));
    const again = await store.withTenant('slack', team, (scope) => scope.upsertPerson('U9', 'New name'));
    expect(again).toMatchObject({ id: person.id, displayName: 'New name', locale: 'en' });
  });

  it('prunes processed events older than the retention window only', async () => {
    const team = uniqueId('T');
    await store.runTurn('slack', team, 'old', async () => undefined);
    await store.runTurn('slack', team, 'new', async () => undefined);
    const tenant = await db.prisma.tenant.findFirstOrThrow({ where: { externalId: team } });
    await db.prisma.processedEvent.update({
      where: { tenantId_eventId: { tenantId: tenant.id, eventId: 'old' } },
      data: { receivedAt: new Date(Date.now() - 2 * 24 * 3600 * 1000) },
    });
    await store.pruneProcessedEvents(new Date(Date.now() - 24 * 3600 * 1000));
    const left = await db.prisma.processedEvent.findMany({ where: { tenantId: tenant.id }, select: { eventId: true } });
    expect(left).toEqual([{ eventId: 'new' }]);
  });
});
