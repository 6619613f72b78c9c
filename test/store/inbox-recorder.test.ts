// The inbox recorder: many entries in one write, duplicates recognised, one
// entry that cannot be stored refused alone, and a full queue refused at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboxEntryError, InboxUnavailableError, type InboxEntry } from '../../src/core/ports';
import type { Turn } from '../../src/core/turn';
import type { Database } from '../../src/store/database';
import { createInboxRecorder } from '../../src/store/inbox-recorder';
import { uniqueId } from '../support/bot';
import { openTestDatabase, testBackends } from '../support/databases';

describe.each(testBackends)('inbox recorder on %s', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ db, dispose } = await openTestDatabase(backend));
  });
  afterAll(() => dispose());

  const entry = (workspaceId: string, eventId: string, replyTo: Record<string, unknown> = {}): InboxEntry => {
    const turn: Turn = {
      platform: 'slack',
      workspaceId,
      eventId,
      user: { id: 'U1', name: 'Anne' },
      place: { conversationId: 'D1', kind: 'dm', reference: {} },
      input: { kind: 'text', text: `antwoord ${eventId}` },
    };
    return { turn, replyTo, receivedAt: new Date() };
  };

  it('writes a burst in few statements, each entry once, and tells duplicates apart', async () => {
    const team = uniqueId('T');
    let writes = 0;
    const recorder = createInboxRecorder(db, { onRecorded: () => writes++ });
    const ids = Array.from({ length: 200 }, (_, i) => `Ev${i}`);
    const results = await Promise.all([...ids, 'Ev0', 'Ev1'].map((id) => recorder.record(entry(team, id))));
    expect(results.filter((r) => r === 'recorded')).toHaveLength(200);
    expect(results.filter((r) => r === 'duplicate')).toHaveLength(2);
    // Arrivals while a write is under way share the next one.
    expect(writes).toBeLessThan(20);
    expect(await db.prisma.inboxEvent.count({ where: { workspaceId: team } })).toBe(200);
  });

  it('says when it is idle: null with nothing to write, a promise that ends after the last write', async () => {
    const team = uniqueId('T');
    const recorder = createInboxRecorder(db);
    expect(recorder.whenIdle()).toBeNull();
    const written = Promise.all(['Ia', 'Ib', 'Ic'].map((id) => recorder.record(entry(team, id))));
    const idle = recorder.whenIdle();
    expect(idle).not.toBeNull();
    await idle;
    // Idle means written: the rows are there before the writers' promises are even looked at.
    expect(await db.prisma.inboxEvent.count({ where: { workspaceId: team } })).toBe(3);
    expect(recorder.whenIdle()).toBeNull();
    expect(await written).toEqual(['recorded', 'recorded', 'recorded']);
  });

  it('refuses an entry that cannot be stored, alone: the others in its batch are kept', async () => {
    const team = uniqueId('T');
    const recorder = createInboxRecorder(db);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const results = await Promise.allSettled([recorder.record(entry(team, 'ok1')), recorder.record(entry(team, 'bad', cyclic)), recorder.record(entry(team, 'ok2'))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(InboxEntryError);
    expect(await db.prisma.inboxEvent.count({ where: { workspaceId: team } })).toBe(2);
  });

  it('keeps a batch whose entries hold what PostgreSQL cannot store: a NUL in an id is refused alone, lone surrogates and NULs in the turn are replaced', async () => {
    const team = uniqueId('T');
    const recorder = createInboxRecorder(db);
    const odd = entry(team, 'odd');
    odd.turn = { ...odd.turn, user: { id: 'U1', name: 'An\ud800ne' }, input: { kind: 'form', form: 'f\udfff', values: { 'k\u0000ey': 'v\ud800', '\udc00': 'x\u0000' } } };
    const results = await Promise.allSettled([
      recorder.record(entry(team, 'ok1')),
      recorder.record(entry(team, 'nul\u0000id')),
      recorder.record(odd),
      recorder.record(entry(team, 'ok2')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(InboxEntryError);
    expect(await db.prisma.inboxEvent.count({ where: { workspaceId: team } })).toBe(3);
    const stored = await db.prisma.inboxEvent.findFirstOrThrow({ where: { workspaceId: team, eventId: 'odd' } });
    expect(stored.turn).toMatchObject({ turn: { user: { name: 'An\ufffdne' }, input: { form: 'f\ufffd', values: { key: 'v\ufffd', '\ufffd': 'x' } } } });
  });

  it('refuses at once when more entries wait than it may hold', async () => {
    const team = uniqueId('T');
    const recorder = createInboxRecorder(db, { maxWaiting: 3, parallel: 1, maxBatch: 1 });
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => recorder.record(entry(team, `Full${i}`))));
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(InboxUnavailableError);
    expect(await db.prisma.inboxEvent.count({ where: { workspaceId: team } })).toBe(results.length - refused.length);
  });
});
