// The real engine on the test PostgreSQL database, with a partnership made
// through the stores: two coordinators, a student and a school-based educator,
// and two contributions for Leeromgeving item 2.
import type { Engine } from '../../../src/core/engine';
import { newEngine } from '../../support/engine';
import type { Block, Choice, Message, Turn, TurnInput } from '../../../src/core/turn';
import type { Partnership } from '../../../src/domain/partnership';
import type { Database } from '../../../src/store/database';
import { TurnStore, type TenantScope } from '../../../src/store/turn-store';
import { uniqueId } from '../../support/bot';
import { openTestDatabase } from '../../support/databases';

export const PEOPLE = {
  coby: { id: 'U1', name: 'Coby Coördinator' },
  dirk: { id: 'U2', name: 'Dirk de Tweede' },
  sam: { id: 'U3', name: 'Sam Student' },
  anne: { id: 'U4', name: 'Anne Schoolopleider' },
  olaf: { id: 'U5', name: 'Olaf Buitenstaander' },
} as const;
export type Who = keyof typeof PEOPLE;

export const SAM_TEXT =
  'Sinds 2022 voeren de schoolopleider en de instituutsopleider elke week samen een driehoeksgesprek met de student. ' +
  'Een tweedejaars student vertelde dat ze daardoor haar lessen beter voorbereidt.';
export const ANNE_TEXT = 'Volgend jaar willen we het programma samen met de opleiding uitbreiden.';
export const ITEM = 'leeromgeving.minimum.2';

export interface World {
  tenant: string;
  partnership: Partnership;
  contributionIds: { sam: string; anne: string };
}

export interface EngineHarness {
  engine: Engine;
  store: TurnStore;
  db: Database;
  setUp(): Promise<World>;
  inTenant<T>(tenant: string, work: (scope: TenantScope) => Promise<T>): Promise<T>;
  /** A turn from `who`, in their DM unless `place` says where. */
  send(tenant: string, who: Who, input: TurnInput | string, place?: Turn['place']): Promise<Message[]>;
  dispose(): Promise<void>;
}

let counter = 0;

/** `now`: the engine's clock (default the wall clock). */
export async function startEngineHarness(options: { now?: () => Date } = {}): Promise<EngineHarness> {
  const { db, dispose } = await openTestDatabase('postgresql');
  const store = new TurnStore(db);
  const engine = newEngine(db, options.now ? { now: options.now } : {});
  const inTenant = <T>(tenant: string, work: (scope: TenantScope) => Promise<T>) => store.withTenant('slack', tenant, work);

  return {
    engine,
    store,
    db,
    inTenant,
    dispose,
    async setUp() {
      const tenant = uniqueId('T');
      return inTenant(tenant, async (scope) => {
        const person = (who: Who) => scope.upsertPerson(PEOPLE[who].id, PEOPLE[who].name);
        const [coby, dirk, sam, anne] = [await person('coby'), await person('dirk'), await person('sam'), await person('anne')];
        await person('olaf');
        const partnership = await scope.partnerships.create({
          name: 'Opleiden in de Regio',
          region: 'Onderwijsregio Noord',
          sectors: ['PO'],
          reviewType: 'assessment',
          visitDate: null,
          updatesChannelId: null,
          createdById: coby.id,
        });
        await scope.partnerships.setRole(partnership.id, dirk.id, 'coordinator');
        await scope.partnerships.setRole(partnership.id, sam.id, 'student');
        await scope.partnerships.setRole(partnership.id, anne.id, 'school_based_educator');
        const base = { partnershipId: partnership.id, waarborgId: 'leeromgeving', itemId: ITEM };
        const fromSam = await scope.contributions.save({ ...base, personId: sam.id, role: 'student', text: SAM_TEXT, expected: 'absent' });
        const fromAnne = await scope.contributions.save({ ...base, personId: anne.id, role: 'school_based_educator', text: ANNE_TEXT, expected: 'absent' });
        if (!fromSam.ok || !fromAnne.ok) throw new Error('the harness saves into an empty partnership');
        return { tenant, partnership, contributionIds: { sam: fromSam.saved.id, anne: fromAnne.saved.id } };
      });
    },
    async send(tenant, who, input, place) {
      const turn: Turn = {
        platform: 'slack',
        workspaceId: tenant,
        eventId: `ev-${++counter}-${Math.random()}`,
        user: { ...PEOPLE[who] },
        place: place ?? { conversationId: `D-${who}`, kind: 'dm', reference: {} },
        input: typeof input === 'string' ? { kind: 'text', text: input } : input,
      };
      const result = await engine.handle(turn);
      if (result.duplicate) throw new Error('unexpected duplicate');
      return result.messages;
    },
  };
}

export const blocksOf = (messages: Message[]): Block[] => messages.flatMap((m) => m.blocks);

/** Every text a person sees, headings and button labels included. */
export function shown(messages: Message[]): string {
  return blocksOf(messages)
    .flatMap((b) => {
      if (b.type === 'heading' || b.type === 'text') return [b.text];
      if (b.type === 'choices') return [b.text ?? '', ...b.choices.map((c) => c.label)];
      if (b.type === 'form') return [b.title, ...b.fields.map((f) => f.label)];
      if (b.type === 'file') return [b.name];
      return [b.label];
    })
    .join('\n');
}

export function choicesOf(messages: Message[]): Choice[] {
  return blocksOf(messages).flatMap((b) => (b.type === 'choices' ? b.choices : []));
}

/** The button with this label, in the block whose text contains `near` when given. */
export function button(messages: Message[], label: string, near?: string): TurnInput {
  const block = blocksOf(messages).find(
    (b): b is Extract<Block, { type: 'choices' }> =>
      b.type === 'choices' && b.choices.some((c) => c.label === label) && (!near || (b.text ?? '').includes(near)),
  );
  const choice = block?.choices.find((c) => c.label === label);
  if (!choice) throw new Error(`no button "${label}"${near ? ` near "${near}"` : ''} in:\n${shown(messages)}`);
  return { kind: 'action', action: choice.action, value: choice.value };
}

export function formOf(messages: Message[]): Extract<Block, { type: 'form' }> {
  const form = blocksOf(messages).find((b): b is Extract<Block, { type: 'form' }> => b.type === 'form');
  if (!form) throw new Error(`no form in:\n${shown(messages)}`);
  return form;
}

export function submit(form: Extract<Block, { type: 'form' }>, text: string): TurnInput {
  return { kind: 'form', form: form.form, values: { [form.fields[0]!.id]: text } };
}
