// `deelname`: who has written what, per waarborg and visit-day group, for the
// coordinator; the reminder to those who wrote nothing goes through the outbox,
// at most once a day per partnership (the day by the injected clock).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/core/engine';
import type { Message } from '../../../src/core/turn';
import { loadMessage, type StoredMessage } from '../../../src/core/message-codec';
import { nl } from '../../../src/texts/nl';
import { en } from '../../../src/texts/en';
import { newEngine } from '../../support/engine';
import { uniqueId } from '../../support/bot';
import { seedPartnership } from '../../support/partnerships';
import { choicesOf, startDriver, textOf, type Driver } from './driver';

let d: Driver;
let now = new Date('2027-03-01T08:00:00.000Z');
let engine: Engine;
beforeAll(async () => {
  d = await startDriver();
  engine = newEngine(d.db, { now: () => now });
});
afterAll(() => d.dispose());

const t = nl.partnership.participation;
const TEXT = 'Elke week voeren de schoolopleider en de instituutsopleider samen een driehoeksgesprek met de student.';
const members = [
  { userId: 'UCOBY', name: 'Coby Coördinator', role: 'coordinator' as const },
  { userId: 'USAM', name: 'Sam Student', role: 'student' as const },
  { userId: 'USIEM', name: 'Siem Student', role: 'student' as const },
  { userId: 'UBOB', name: 'Bob Bestuurder', role: 'board_member' as const },
  { userId: 'UANNE', name: 'Anne Schoolopleider', role: 'school_based_educator' as const },
];

async function setUp() {
  const tenant = uniqueId('T');
  const { partnershipId, personIds } = await seedPartnership(d.db, { platform: 'slack', workspaceId: tenant }, members, { name: 'Samen Opleiden Noord' });
  await d.inTenant(tenant, async (scope) => {
    // Sam wrote on Leeromgeving, Anne on Leeromgeving and Organisatie; Bob prefers English.
    const write = (i: number, waarborgId: string, itemId: string) =>
      scope.contributions.save({ partnershipId, personId: personIds[i]!, role: members[i]!.role, waarborgId, itemId, text: TEXT, expected: 'absent' });
    await write(1, 'leeromgeving', 'leeromgeving.minimum.1');
    await write(4, 'leeromgeving', 'leeromgeving.minimum.2');
    await write(4, 'organisatie', 'organisatie.minimum.1');
    await scope.setLocale(personIds[3]!, 'en');
  });
  return { tenant, partnershipId };
}

async function send(
  tenant: string,
  userId: string,
  input: { kind: 'text'; text: string } | { kind: 'action'; action: string; value: string },
  kind: 'dm' | 'channel' = 'dm',
): Promise<Message[]> {
  const user = members.find((m) => m.userId === userId)!;
  const result = await engine.handle({
    platform: 'slack',
    workspaceId: tenant,
    eventId: uniqueId('ev'),
    user: { id: userId, name: user.name },
    place: { conversationId: kind === 'dm' ? `D${userId}` : 'CPARTNERS', kind, reference: {} },
    input,
  });
  if (result.duplicate) throw new Error('unexpected duplicate');
  return result.messages;
}

async function remindersOf(tenant: string) {
  const rows = await d.db.prisma.outboxMessage.findMany({ where: { workspaceId: tenant, target: { path: ['kind'], equals: 'person' } }, orderBy: { id: 'asc' } });
  return rows.map((row) => ({ to: (row.target as { userId: string }).userId, locale: row.locale, message: loadMessage(row.message as unknown as StoredMessage) }));
}

describe('deelname', () => {
  it('counts per waarborg and group who wrote, and names who wrote nothing', async () => {
    const { tenant } = await setUp();
    const reply = textOf(await send(tenant, 'UCOBY', { kind: 'text', text: 'deelname' }));
    expect(reply).toContain(t.title('Samen Opleiden Noord'));
    expect(reply).toContain(t.waarborgLine('Leeromgeving', [t.count('students', 1, 2), t.count('teacher-educators', 1, 2), t.count('board-members', 0, 1)]));
    expect(reply).toContain(t.waarborgLine('Organisatie', [t.count('students', 0, 2), t.count('teacher-educators', 1, 2), t.count('board-members', 0, 1)]));
    expect(reply).toContain('1 van 2 studenten');
    expect(reply).toContain(t.silent(['Coby Coördinator', 'Siem Student', 'Bob Bestuurder'], 3));
    // It names people: in a channel only the coordinator sees it.
    const [inChannel] = await send(tenant, 'UCOBY', { kind: 'text', text: 'deelname' }, 'channel');
    expect(inChannel).toMatchObject({ private: true });
  });

  it('is for the coordinator: others are told who can', async () => {
    const { tenant } = await setUp();
    expect(textOf(await send(tenant, 'USAM', { kind: 'text', text: 'participation' }))).toBe(t.coordinatorOnly(['Coby Coördinator']));
    // A coordinator's button pressed by someone else sends nothing.
    const button = choicesOf(await send(tenant, 'UCOBY', { kind: 'text', text: 'deelname' })).find((c) => c.label === t.remindButton)!;
    expect(textOf(await send(tenant, 'USAM', { kind: 'action', action: button.action, value: button.value }))).toBe(t.coordinatorOnly(['Coby Coördinator']));
    expect(await remindersOf(tenant)).toEqual([]);
  });

  it('reminds those who wrote nothing, in their language, once a day', async () => {
    const { tenant } = await setUp();
    now = new Date('2027-03-01T08:00:00.000Z');
    const button = choicesOf(await send(tenant, 'UCOBY', { kind: 'text', text: 'deelname' })).find((c) => c.label === t.remindButton)!;
    const press = () => send(tenant, 'UCOBY', { kind: 'action', action: button.action, value: button.value });
    expect(textOf(await press())).toBe(t.reminded(2));
    const sent = await remindersOf(tenant);
    // Not the coordinator who pressed it, nor those who wrote.
    expect(sent.map((r) => [r.to, r.locale])).toEqual([
      ['USIEM', 'nl'],
      ['UBOB', 'en'],
    ]);
    expect(textOf([sent[0]!.message])).toContain(t.reminder('Siem Student', 'Coby Coördinator', 'Samen Opleiden Noord'));
    expect(textOf([sent[1]!.message])).toContain(en.partnership.participation.reminder('Bob Bestuurder', 'Coby Coördinator', 'Samen Opleiden Noord'));
    expect(choicesOf([sent[0]!.message])[0]).toMatchObject({ action: 'command', value: 'reflectie' });

    // Pressed again the same day (later that evening): nothing more is sent.
    now = new Date('2027-03-01T22:30:00.000Z');
    expect(textOf(await press())).toBe(t.alreadyReminded);
    expect(await remindersOf(tenant)).toHaveLength(2);
    // The next day (Dutch time) it may go again.
    now = new Date('2027-03-01T23:30:00.000Z');
    expect(textOf(await press())).toBe(t.reminded(2));
    expect(await remindersOf(tenant)).toHaveLength(4);
  });
});
