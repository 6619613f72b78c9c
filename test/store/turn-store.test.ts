import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database';
import type { FlowState, PersonRecord } from '../../src/core/ports';
import type { Platform, Turn } from '../../src/core/turn';
import { createInboxRecorder } from '../../src/store/inbox-recorder';
import { TurnStore, type TenantScope } from '../../src/store/turn-store';
import { uniqueId } from '../support/bot';
import { openScratchDatabase, openTestDatabase, testBackends, withPostgres } from '../support/databases';
import { until } from '../support/manual-clock';

describe.each(testBackends)('TurnStore on %s', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let store: TurnStore;

  beforeAll(async () => {
    ({ db, dispose } = await openTestDatabase(backend));
    store = new TurnStore(db);
  });
  afterAll(() => dispose());

  const recorder = () => createInboxRecorder(db);

  /** A turn as the receiver records it: who, where, which event. */
  const arrival = (platform: Platform, workspaceId: string, eventId: string, userName = 'Anne', place = 'D1'): Turn => ({
    platform,
    workspaceId,
    eventId,
    user: { id: 'U1', name: userName },
    place: { conversationId: place, kind: 'dm' as const, reference: { channel: place } },
    input: { kind: 'text', text: 'hulp' },
  });

  /** Records the turn (a duplicate runs nothing) and runs exactly that one. */
  async function runTurn<T>(turn: Turn, work: (scope: TenantScope, person: PersonRecord, state: FlowState | null) => Promise<T>) {
    const recorded = await recorder().record({ turn, replyTo: {}, receivedAt: new Date() });
    if (recorded === 'duplicate') return { duplicate: true as const };
    const inboxId = (await store.findInboxId(turn))!;
    const run = await store.runInboxTurn({ inboxId, now: new Date() }, (_claimed, scope, person, state) => work(scope, person, state));
    if (!run || run.outcome !== 'done') throw new Error('the turn did not run');
    return { duplicate: false as const, value: run.value };
  }

  it('records an event once however often it is delivered, and runs it once', async () => {
    const team = uniqueId('T');
    const first = await runTurn(arrival('slack', team, 'Ev1'), async (_scope, person, state) => ({ person, state }));
    const again = await runTurn(arrival('slack', team, 'Ev1', 'Someone else'), async () => 'must not run');
    expect(first).toMatchObject({ duplicate: false, value: { person: { platformUserId: 'U1', displayName: 'Anne', locale: null }, state: null } });
    expect(again).toEqual({ duplicate: true });
    expect(await db.prisma.inboxEvent.findMany({ where: { workspaceId: team }, select: { status: true, attempts: true } })).toEqual([
      { status: 'done', attempts: 1 },
    ]);
    const tenant = await db.prisma.tenant.findFirstOrThrow({ where: { externalId: team } });
    // The turn recorded who and where; the duplicate changed nothing.
    expect(await db.prisma.person.findMany({ where: { tenantId: tenant.id }, select: { displayName: true } })).toEqual([{ displayName: 'Anne' }]);
    expect(await db.prisma.conversation.findMany({ where: { tenantId: tenant.id }, select: { externalId: true, kind: true, reference: true } })).toEqual([
      { externalId: 'D1', kind: 'dm', reference: { channel: 'D1' } },
    ]);
  });

  it('runs a turn recorded before Turn.tenantId was called workspaceId: the workspace comes from its column', async () => {
    const team = uniqueId('T');
    const turn = arrival('slack', team, 'EvOld');
    await recorder().record({ turn, replyTo: {}, receivedAt: new Date() });
    const inboxId = (await store.findInboxId(turn))!;
    const { workspaceId, ...rest } = turn;
    await db.prisma.$executeRawUnsafe(
      `UPDATE inbox_event SET turn = jsonb_set(turn, '{turn}', $2::jsonb) WHERE id = $1::bigint`,
      inboxId,
      JSON.stringify({ ...rest, tenantId: workspaceId }),
    );
    const run = await store.runInboxTurn({ inboxId, now: new Date() }, async (claimed, scope) => ({ workspaceId: claimed.turn.workspaceId, tenantId: scope.tenantId }));
    const tenant = await db.prisma.tenant.findFirstOrThrow({ where: { platform: 'slack', externalId: team } });
    expect(run).toMatchObject({ outcome: 'done', value: { workspaceId: team, tenantId: tenant.id } });
  });

  it('records exactly one of several concurrent deliveries of one event', async () => {
    const team = uniqueId('T');
    const inbox = recorder();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => inbox.record({ turn: arrival('slack', team, 'EvSame'), replyTo: {}, receivedAt: new Date() })));
    expect(outcomes.filter((outcome) => outcome === 'recorded')).toHaveLength(1);
    // From separate recorders (separate instances) too.
    const apart = await Promise.all(
      Array.from({ length: 5 }, () => recorder().record({ turn: arrival('slack', team, 'EvApart'), replyTo: {}, receivedAt: new Date() })),
    );
    expect(apart.filter((outcome) => outcome === 'recorded')).toHaveLength(1);
    expect(await db.prisma.inboxEvent.count({ where: { workspaceId: team } })).toBe(2);
  });

  it('leaves a turn whose work failed pending, with nothing of its work kept, so it runs again', async () => {
    const team = uniqueId('T');
    const turn = arrival('slack', team, 'EvFail');
    await recorder().record({ turn, replyTo: {}, receivedAt: new Date() });
    const inboxId = (await store.findInboxId(turn))!;
    await expect(
      store.runInboxTurn({ inboxId, now: new Date() }, async (_claimed, scope, person) => {
        await scope.setLocale(person.id, 'en');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.prisma.person.count({ where: { tenant: { externalId: team } } })).toBe(0);
    const retry = await store.runInboxTurn({ inboxId, now: new Date() }, async (_claimed, _scope, person) => person.locale);
    expect(retry).toMatchObject({ outcome: 'done', value: null });
  });

  it('keeps tenants apart: same user id and place in two workspaces are two people with their own state', async () => {
    const [teamA, teamB] = [uniqueId('T'), uniqueId('T')];
    const a = await runTurn(arrival('slack', teamA, 'E1'), async (scope, person) => {
      await scope.saveState(person.id, 'D1:', { flow: 'language', step: 'choose', data: { n: 1 } });
      return person;
    });
    const b = await runTurn(arrival('slack', teamB, 'E1', 'Bram'), async (_scope, person, state) => ({ person, state }));
    // The next turn in the first workspace finds its open conversation.
    const again = await runTurn(arrival('slack', teamA, 'E2'), async (_scope, _person, state) => state);
    expect(again).toEqual({ duplicate: false, value: { flow: 'language', step: 'choose', data: { n: 1 }, version: 0 } });
    if (a.duplicate || b.duplicate) throw new Error('unexpected duplicate');
    expect(b.value.person.id).not.toBe(a.value.id);
    expect(b.value.state).toBeNull();
    // Even with the other tenant's person id, a scope sees nothing of it.
    const crossed = await store.withTenant('slack', teamB, (scope) => scope.loadState(a.value.id, 'D1:'));
    expect(crossed).toBeNull();
    const own = await store.withTenant('slack', teamA, (scope) => scope.loadState(a.value.id, 'D1:'));
    expect(own).toEqual({ flow: 'language', step: 'choose', data: { n: 1 }, version: 0 });
  });

  it('saves conversation state only on the version it was read at: a write in between is a conflict', async () => {
    const team = uniqueId('T');
    await store.withTenant('slack', team, async (scope) => {
      const person = await scope.upsertPerson('U1', 'Anne');
      const state = (step: string) => ({ flow: 'language', step, data: { step } });
      expect(await scope.saveState(person.id, 'D1:', state('one'), 'absent')).toEqual({ ok: true, saved: 0 });
      expect(await scope.saveState(person.id, 'D1:', state('again'), 'absent')).toEqual({ ok: false, conflict: null });
      expect(await scope.saveState(person.id, 'D1:', state('two'), 0)).toEqual({ ok: true, saved: 1 });
      // Someone read version 0 as well and saves after: refused, the state stays at "two".
      expect(await scope.saveState(person.id, 'D1:', state('late'), 0)).toEqual({ ok: false, conflict: null });
      expect(await scope.clearState(person.id, 'D1:', 'language', 0)).toEqual({ ok: false, conflict: null });
      expect(await scope.loadState(person.id, 'D1:')).toMatchObject({ step: 'two', version: 1 });
      // Ending another flow's conversation is not a conflict and leaves this one.
      expect(await scope.clearState(person.id, 'D1:', 'reflection', 1)).toEqual({ ok: true, saved: 0 });
      expect(await scope.clearState(person.id, 'D1:', 'language', 1)).toEqual({ ok: true, saved: 0 });
      expect(await scope.loadState(person.id, 'D1:')).toBeNull();
    });
  });

  it('treats a Slack workspace and a Teams tenant with the same id as different tenants', async () => {
    const id = uniqueId('X');
    await runTurn(arrival('slack', id, 'E1'), async () => undefined);
    await runTurn(arrival('teams', id, 'E1'), async () => undefined);
    expect(await db.prisma.tenant.count({ where: { externalId: id } })).toBe(2);
  });

  it('stores the conversation reference and updates it when it changes', async () => {
    const team = uniqueId('T');
    const at = (eventId: string, serviceUrl: string): Turn => ({
      ...arrival('teams', team, eventId),
      place: { conversationId: 'a:1', kind: 'dm' as const, reference: { serviceUrl } },
    });
    await runTurn(at('1', 'https://one.example/'), async () => undefined);
    const unchanged = await db.prisma.conversation.findFirstOrThrow({ where: { externalId: 'a:1', tenant: { externalId: team } } });
    await runTurn(at('2', 'https://one.example/'), async () => undefined);
    // The same reference again is not written again.
    expect((await db.prisma.conversation.findFirstOrThrow({ where: { id: unchanged.id } })).updatedAt).toEqual(unchanged.updatedAt);
    await runTurn(at('3', 'https://two.example/'), async () => undefined);
    const found = await store.withTenant('teams', team, (scope) => scope.findConversation('a:1'));
    expect(found).toEqual({ kind: 'dm', reference: { serviceUrl: 'https://two.example/' } });
  });

  it('welcomes a conversation once: the first turn that asks is told yes, every later one no, and a conversation it does not know no', async () => {
    const team = uniqueId('T');
    const now = new Date('2026-12-03T10:00:00Z');
    const welcome = (eventId: string, place: string) => runTurn(arrival('slack', team, eventId, 'Anne', place), (scope) => scope.welcomeOnce(place, now));
    expect(await welcome('1', 'D1')).toEqual({ duplicate: false, value: true });
    expect(await welcome('2', 'D1')).toEqual({ duplicate: false, value: false });
    expect(await welcome('3', 'C2')).toEqual({ duplicate: false, value: true });
    expect(await store.withTenant('slack', team, (scope) => scope.welcomeOnce('C-unknown', now))).toBe(false);
    const rows = await db.prisma.conversation.findMany({ where: { tenant: { externalId: team } }, select: { externalId: true, welcomedAt: true }, orderBy: { externalId: 'asc' } });
    expect(rows).toEqual([
      { externalId: 'C2', welcomedAt: now },
      { externalId: 'D1', welcomedAt: now },
    ]);
  });

  it('keeps a person display name and locale', async () => {
    const team = uniqueId('T');
    const person = await store.withTenant('slack', team, (scope) => scope.upsertPerson('U9', 'Old name'));
    await store.withTenant('slack', team, (scope) => scope.setLocale(person.id, 'en'));
    const again = await store.withTenant('slack', team, (scope) => scope.upsertPerson('U9', 'New name'));
    expect(again).toMatchObject({ id: person.id, displayName: 'New name', locale: 'en' });
  });

  it('prunes handled inbox rows and delivered outbox rows older than their retention, and nothing else', async () => {
    const team = uniqueId('T');
    await runTurn(arrival('slack', team, 'old'), async () => undefined);
    await runTurn(arrival('slack', team, 'new'), async () => undefined);
    await recorder().record({ turn: arrival('slack', team, 'waiting', 'Anne', 'D2'), replyTo: {}, receivedAt: new Date() });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await db.prisma.inboxEvent.updateMany({ where: { workspaceId: team, eventId: { in: ['old', 'waiting'] } }, data: { receivedAt: twoDaysAgo, doneAt: twoDaysAgo } });
    await store.prune(new Date(Date.now() - 24 * 3600 * 1000));
    const left = await db.prisma.inboxEvent.findMany({ where: { workspaceId: team }, select: { eventId: true }, orderBy: { id: 'asc' } });
    // A pending turn is never pruned, however old.
    expect(left).toEqual([{ eventId: 'new' }, { eventId: 'waiting' }]);
  });
});

describe.skipIf(!withPostgres)('claiming the next turn, with several workers', () => {
  // A database of its own: claiming "the next turn" takes any pending row there.
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await openScratchDatabase());
  });
  afterAll(() => dispose?.());

  const turnOf = (user: string, eventId: string): Turn => ({
    platform: 'slack',
    workspaceId: 'TCLAIM',
    eventId,
    user: { id: user, name: user },
    place: { conversationId: `D${user}`, kind: 'dm', reference: {} },
    input: { kind: 'text', text: eventId },
  });

  it('runs one person’s turns at one place one at a time and in order, while another person’s go alongside', async () => {
    const store = new TurnStore(db);
    const inbox = createInboxRecorder(db);
    for (const [user, id] of [['UA', 'a1'], ['UA', 'a2'], ['UB', 'b1'], ['UA', 'a3']] as const) {
      await inbox.record({ turn: turnOf(user, id), replyTo: {}, receivedAt: new Date() });
    }
    const ran: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const text = (claimed: { turn: Turn }) => (claimed.turn.input.kind === 'text' ? claimed.turn.input.text : '');
    // Worker 1 takes a1 and holds it.
    const first = store.runInboxTurn({ next: true, now: new Date() }, async (claimed) => {
      ran.push(text(claimed));
      await held;
    });
    await until(() => ran.length === 1, 'a1 is taken');
    // Worker 2 may not take a2 while a1 runs: it gets b1, then nothing.
    const second = await store.runInboxTurn({ next: true, now: new Date() }, async (claimed) => void ran.push(text(claimed)));
    expect(second?.claimed.turn.eventId).toBe('b1');
    expect(await store.runInboxTurn({ next: true, now: new Date() }, async () => 'must not run')).toBeNull();
    release();
    await first;
    for (let i = 0; i < 2; i++) await store.runInboxTurn({ next: true, now: new Date() }, async (claimed) => void ran.push(text(claimed)));
    expect(ran).toEqual(['a1', 'b1', 'a2', 'a3']);
  });
});
