import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database';
import type { Platform } from '../../src/core/turn';
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

  /** The parts of a turn the store records: who, where, which event. */
  const arrival = (platform: Platform, tenantId: string, eventId: string, userName = 'Anne', place = 'D1') => ({
    platform,
    tenantId,
    eventId,
    user: { id: 'U1', name: userName },
    place: { conversationId: place, kind: 'dm' as const, reference: { channel: place } },
  });

  it('runs a turn once per event id, however often it is delivered', async () => {
    const team = uniqueId('T');
    const first = await store.runTurn(arrival('slack', team, 'Ev1'), 'D1:', async (_scope, person, state) => ({ person, state }));
    const again = await store.runTurn(arrival('slack', team, 'Ev1', 'Someone else'), 'D1:', async () => 'must not run');
    expect(first).toMatchObject({ duplicate: false, value: { person: { platformUserId: 'U1', displayName: 'Anne', locale: null }, state: null } });
    expect(again).toEqual({ duplicate: true });
    const tenant = await db.prisma.tenant.findFirstOrThrow({ where: { externalId: team } });
    expect(await db.prisma.processedEvent.count({ where: { tenantId: tenant.id } })).toBe(1);
    // The turn recorded who and where; the duplicate changed nothing.
    expect(await db.prisma.person.findMany({ where: { tenantId: tenant.id }, select: { displayName: true } })).toEqual([{ displayName: 'Anne' }]);
    expect(await db.prisma.conversation.findMany({ where: { tenantId: tenant.id }, select: { externalId: true, kind: true, reference: true } })).toEqual([
      { externalId: 'D1', kind: 'dm', reference: { channel: 'D1' } },
    ]);
  });

  it('lets exactly one of several concurrent deliveries of one event through', async () => {
    const team = uniqueId('T');
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => store.runTurn(arrival('slack', team, 'EvSame'), 'D1:', async (_scope, person) => person)),
    );
    expect(outcomes.filter((outcome) => !outcome.duplicate)).toHaveLength(1);
    expect(await db.prisma.person.count({ where: { tenant: { externalId: team } } })).toBe(1);
  });

  it('rolls back the event claim when the turn fails, so a retry is handled', async () => {
    const team = uniqueId('T');
    await expect(store.runTurn(arrival('slack', team, 'EvFail'), 'D1:', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const retry = await store.runTurn(arrival('slack', team, 'EvFail'), 'D1:', async () => 'handled');
    expect(retry).toEqual({ duplicate: false, value: 'handled' });
  });

  it('keeps tenants apart: same user id and place in two workspaces are two people with their own state', async () => {
    const [teamA, teamB] = [uniqueId('T'), uniqueId('T')];
    const a = await store.runTurn(arrival('slack', teamA, 'E1'), 'D1:', async (scope, person) => {
      await scope.saveState(person.id, 'D1:', { flow: 'language', step: 'choose', data: { n: 1 } });
      return person;
    });
    const b = await store.runTurn(arrival('slack', teamB, 'E1', 'Bram'), 'D1:', async (_scope, person, state) => ({ person, state }));
    // The next turn in the first workspace finds its open conversation.
    const again = await store.runTurn(arrival('slack', teamA, 'E2'), 'D1:', async (_scope, _person, state) => state);
    expect(again).toEqual({ duplicate: false, value: { flow: 'language', step: 'choose', data: { n: 1 } } });
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
    await store.runTurn(arrival('slack', id, 'E1'), 'D1:', async () => undefined);
    await store.runTurn(arrival('teams', id, 'E1'), 'D1:', async () => undefined);
    expect(await db.prisma.tenant.count({ where: { externalId: id } })).toBe(2);
  });

  it('stores the conversation reference and updates it when it changes', async () => {
    const team = uniqueId('T');
    const at = (eventId: string, serviceUrl: string) => ({
      ...arrival('teams', team, eventId),
      place: { conversationId: 'a:1', kind: 'dm' as const, reference: { serviceUrl } },
    });
    await store.runTurn(at('1', 'https://one.example/'), 'a:1:', async () => undefined);
    const unchanged = await db.prisma.conversation.findFirstOrThrow({ where: { externalId: 'a:1', tenant: { externalId: team } } });
    await store.runTurn(at('2', 'https://one.example/'), 'a:1:', async () => undefined);
    // The same reference again is not written again.
    expect((await db.prisma.conversation.findFirstOrThrow({ where: { id: unchanged.id } })).updatedAt).toEqual(unchanged.updatedAt);
    await store.runTurn(at('3', 'https://two.example/'), 'a:1:', async () => undefined);
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
    await store.runTurn(arrival('slack', team, 'old'), 'D1:', async () => undefined);
    await store.runTurn(arrival('slack', team, 'new'), 'D1:', async () => undefined);
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
