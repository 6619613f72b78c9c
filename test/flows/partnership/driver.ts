// Drives the real engine (all commands and flows) on the test PostgreSQL
// database, one person and place at a time, and reads the replies back.
import type { Engine } from '../../../src/core/engine';
import { newEngine } from '../../support/engine';
import type { Block, Message, Place, Turn, TurnInput } from '../../../src/core/turn';
import type { Database } from '../../../src/store/database';
import { TurnStore, type TenantScope } from '../../../src/store/turn-store';
import { openTestDatabase } from '../../support/databases';

export interface Driver {
  db: Database;
  engine: Engine;
  store: TurnStore;
  inTenant<T>(tenant: string, work: (scope: TenantScope) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

export async function startDriver(): Promise<Driver> {
  const { db, dispose } = await openTestDatabase('postgresql');
  const store = new TurnStore(db);
  return {
    db,
    engine: newEngine(db),
    store,
    inTenant: (tenant, work) => store.withTenant('slack', tenant, work),
    dispose,
  };
}

export const DM: Place = { conversationId: 'D1', kind: 'dm', reference: {} };
export const CHANNEL: Place = { conversationId: 'CPARTNERS', kind: 'channel', reference: {} };

export interface Person {
  id: string;
  name: string;
}

let counter = 0;

/** One person in one tenant and place, talking to the engine. */
export function personIn(driver: Driver, tenant: string, person: Person, place: Place = DM) {
  const send = async (input: TurnInput, where: Place = place): Promise<Message[]> => {
    const turn: Turn = { platform: 'slack', workspaceId: tenant, eventId: `ev-${++counter}-${Date.now()}`, user: person, place: where, input };
    const result = await driver.engine.handle(turn);
    if (result.duplicate) throw new Error('unexpected duplicate');
    return result.messages;
  };
  return {
    say: (text: string, where?: Place) => send({ kind: 'text', text }, where),
    press: (action: string, value: string, where?: Place) => send({ kind: 'action', action, value }, where),
    submit: (form: string, values: Record<string, string>, where?: Place) => send({ kind: 'form', form, values }, where),
  };
}

export const blocksOf = (messages: Message[]): Block[] => messages.flatMap((m) => m.blocks);

/** All visible text of the replies, for assertions. */
export function textOf(messages: Message[]): string {
  return blocksOf(messages)
    .map((b) => (b.type === 'text' || b.type === 'heading' ? b.text : b.type === 'choices' ? (b.text ?? '') : ''))
    .join('\n');
}

export function formOf(messages: Message[]): Extract<Block, { type: 'form' }> | undefined {
  return blocksOf(messages).find((b): b is Extract<Block, { type: 'form' }> => b.type === 'form');
}

/** The initial value of every field of the form in the replies. */
export function initialsOf(messages: Message[]): Record<string, string | undefined> {
  return Object.fromEntries((formOf(messages)?.fields ?? []).map((f) => [f.id, f.initial]));
}

export function choicesOf(messages: Message[]) {
  return blocksOf(messages).flatMap((b) => (b.type === 'choices' ? b.choices : []));
}

/** A date `days` from today (yyyy-mm-dd, UTC-safe for whole days). */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const validForm = (overrides: Record<string, string> = {}): Record<string, string> => ({
  name: 'Opleiden in de Regio',
  region: 'Onderwijsregio Noord',
  sectors: 'PO,VO',
  reviewType: 'assessment',
  visitDate: daysFromToday(150),
  wordLimit: '1500',
  ...overrides,
});
