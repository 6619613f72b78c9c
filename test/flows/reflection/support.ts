// Drives the real engine over the test PostgreSQL database, as the adapters do,
// with partnerships made directly through the stores.
import type { Engine } from '../../../src/core/engine';
import { newEngine as createTestEngine } from '../../support/engine';
import type { Choice, Message, Turn, TurnInput } from '../../../src/core/turn';
import type { Database } from '../../../src/store/database';
import { TurnStore } from '../../../src/store/turn-store';
import { uniqueId } from '../../support/bot';
import { seedPartnership as seedWith, type Member } from '../../support/partnerships';

export function newEngine(db: Database): Engine {
  return createTestEngine(db);
}

/** A tenant with one partnership and its members; the first member creates it. */
export async function seedPartnership(db: Database, members: readonly Member[]) {
  const tenant = uniqueId('T');
  const ids = await seedWith(db, { platform: 'slack', workspaceId: tenant }, members, { name: 'Samen Opleiden Noord', sectors: ['PO'] });
  return { tenant, ...ids };
}

let counter = 0;

export interface Chat {
  tenant: string;
  user: { id: string; name: string };
  place?: Partial<Turn['place']>;
}

function turn(chat: Chat, input: TurnInput): Turn {
  return {
    platform: 'slack',
    workspaceId: chat.tenant,
    eventId: `ev-${Date.now()}-${++counter}`,
    user: chat.user,
    place: { conversationId: `D${chat.user.id}`, kind: 'dm', reference: {}, ...chat.place },
    input,
  };
}

export async function send(engine: Engine, chat: Chat, input: TurnInput | string): Promise<Message[]> {
  const result = await engine.handle(turn(chat, typeof input === 'string' ? { kind: 'text', text: input } : input));
  if (result.duplicate) throw new Error('unexpected duplicate');
  return result.messages;
}

/** Every text a person sees, in order. */
export function textOf(messages: readonly Message[]): string {
  return messages
    .flatMap((m) =>
      m.blocks.map((b) => {
        if (b.type === 'progress') return `${b.label} ${b.done}/${b.total}`;
        if (b.type === 'choices') return [b.text ?? '', ...b.choices.map((c) => c.label)].join('\n');
        return 'text' in b ? b.text : '';
      }),
    )
    .join('\n');
}

export function buttons(messages: readonly Message[]): Choice[] {
  return messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : [])));
}

export function buttonLabelled(messages: readonly Message[], label: string): Choice {
  const found = buttons(messages).find((c) => c.label === label);
  if (!found) throw new Error(`no button "${label}" in: ${buttons(messages).map((c) => c.label).join(', ')}`);
  return found;
}

export function press(choice: Choice): TurnInput {
  return { kind: 'action', action: choice.action, value: choice.value };
}

export function progressOf(messages: readonly Message[]) {
  return messages.flatMap((m) => m.blocks.filter((b) => b.type === 'progress'));
}

export function headings(messages: readonly Message[]): string[] {
  return messages.flatMap((m) => m.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
}

export async function contributionsOf(db: Database, tenant: string, partnershipId: string) {
  return new TurnStore(db).withTenant('slack', tenant, (scope) => scope.contributions.list(partnershipId));
}

export async function stateOf(db: Database, tenant: string, personId: string, placeKey: string) {
  return new TurnStore(db).withTenant('slack', tenant, (scope) => scope.loadState(personId, placeKey));
}

/** Realistic answers, labelled by what the coaching should make of them. */
export const answers = {
  /** A plan, not practice: must trigger the current-practice follow-up. */
  intention: 'In de toekomst willen we de driehoeksgesprekken uitbreiden naar alle scholen van het partnerschap.',
  /** What happens now, to add after the intention: who and how many, but no activity or time, so not yet an example. */
  practice: 'Nu zijn er twee schoolopleiders en drie instituutsopleiders die het samen dragen.',
  /** Covers all four criteria and has a student example: no follow-ups. */
  complete:
    'Sinds 2022 voeren de schoolopleider en de instituutsopleider elke acht weken samen een driehoeksgesprek met de student. ' +
    'Een tweedejaars student vertelde in de evaluatie dat ze daardoor haar lesvoorbereiding beter kon onderbouwen.',
  /** General, no partners, no example. */
  general: 'Het opleidingsprogramma is vastgelegd in het opleidingsplan.',
} as const;

export const anne: Member = { userId: 'UANNE', name: 'Anne de Boer', role: 'school_based_educator' };
export const bram: Member = { userId: 'UBRAM', name: 'Bram Visser', role: 'institute_based_educator' };

export const chatOf = (tenant: string, member: Member, place?: Chat['place']): Chat => ({
  tenant,
  user: { id: member.userId, name: member.name },
  ...(place ? { place } : {}),
});
