// The real engine on the test PostgreSQL database, with an injected clock and a
// partnership (visit on Tuesday 11 May 2027) whose draft has chosen text for
// Leeromgeving item 2.1: a coordinator, a student and a board member.
import { randomUUID } from 'node:crypto';
import type { Engine } from '../../../src/core/engine';
import type { Message, Place, Turn, TurnInput } from '../../../src/core/turn';
import { drillsJob } from '../../../src/flows/drills';
import type { Database } from '../../../src/store/database';
import { TurnStore, type TenantScope } from '../../../src/store/turn-store';
import { uniqueId } from '../../support/bot';
import { openTestDatabase } from '../../support/databases';
import { createEngine } from '../../../src/core/engine';
import type { JobSpec } from '../../../src/core/jobs';
import { commands, flows } from '../../../src/flows';
import { createInboxRecorder } from '../../../src/store/inbox-recorder';
import { textsFor } from '../../../src/texts';
import { manualClock, type ManualClock } from '../../support/manual-clock';

export const PEOPLE = {
  coby: { id: 'U1', name: 'Coby Coördinator' },
  sam: { id: 'U2', name: 'Sam Student' },
  bram: { id: 'U3', name: 'Bram Bestuurder' },
} as const;
export type Who = keyof typeof PEOPLE;

const DRAFT_TEXT =
  'Het opleidingsprogramma is samen ontwikkeld door de schoolopleiders en de instituutsopleiders. ' +
  'Elke week bespreken student, werkplekbegeleider en instituutsopleider in een driehoeksgesprek de voortgang. ' +
  'Volgend jaar willen we de stages uitbreiden.';

export interface DrillWorld {
  tenant: string;
  partnershipId: string;
  personIds: Record<Who, string>;
}

export interface DrillHarness {
  db: Database;
  store: TurnStore;
  clock: ManualClock;
  engine: Engine;
  scheduled: JobSpec[];
  setUp(): Promise<DrillWorld>;
  send(tenant: string, who: Who, input: TurnInput | string, place?: Place): Promise<Message[]>;
  inTenant<T>(tenant: string, work: (scope: TenantScope) => Promise<T>): Promise<T>;
  /** One `drills.run` job, as the queue would run it (its own job id: another instance). */
  runJob(tenant: string, partnershipId: string): Promise<'done' | 'duplicate'>;
  dispose(): Promise<void>;
}

let counter = 0;

export async function startDrillHarness(start = new Date('2027-04-06T06:00:00.000Z')): Promise<DrillHarness> {
  const { db, dispose } = await openTestDatabase('postgresql');
  const store = new TurnStore(db);
  // Jobs a turn schedules are recorded here (the tests run them themselves).
  const scheduled: JobSpec[] = [];
  store.jobs = { within: () => ({ schedule: async (job) => void scheduled.push(job) }) };
  const clock = manualClock(start);
  // As test/support/engine.ts, on this store (with its job recorder).
  const engine = createEngine({
    store,
    inbox: createInboxRecorder(db),
    commands,
    flows,
    texts: textsFor,
    errors: (locale) => textsFor(locale).errors,
    now: () => clock.now(),
  });
  const inTenant = <T>(tenant: string, work: (scope: TenantScope) => Promise<T>) => store.withTenant('slack', tenant, work);
  return {
    db,
    store,
    clock,
    engine,
    scheduled,
    inTenant,
    dispose,
    async setUp() {
      const tenant = uniqueId('T');
      return inTenant(tenant, async (scope) => {
        const coby = await scope.upsertPerson(PEOPLE.coby.id, PEOPLE.coby.name);
        const sam = await scope.upsertPerson(PEOPLE.sam.id, PEOPLE.sam.name);
        const bram = await scope.upsertPerson(PEOPLE.bram.id, PEOPLE.bram.name);
        const partnership = await scope.partnerships.create({
          name: 'Opleiden in de Regio',
          region: 'Onderwijsregio Noord',
          sectors: ['PO'],
          reviewType: 'assessment',
          visitDate: '2027-05-11',
          updatesChannelId: null,
          createdById: coby.id,
        });
        await scope.partnerships.setRole(partnership.id, sam.id, 'student');
        await scope.partnerships.setRole(partnership.id, bram.id, 'board_member');
        await scope.drafts.save({
          partnershipId: partnership.id,
          waarborgId: 'leeromgeving',
          itemId: 'leeromgeving.minimum.1',
          text: DRAFT_TEXT,
          sourceContributionIds: [],
          editedById: coby.id,
          expected: 'absent',
        });
        return { tenant, partnershipId: partnership.id, personIds: { coby: coby.id, sam: sam.id, bram: bram.id } };
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
    runJob: (tenant, partnershipId) =>
      store.runJob({ platform: 'slack', workspaceId: tenant, jobId: randomUUID(), name: drillsJob.name }, (ctx) => drillsJob.run(ctx, { partnershipId }), clock.now()),
  };
}

/** Every text a person sees. */
export function shown(messages: Message[]): string {
  return messages
    .flatMap((m) => m.blocks)
    .flatMap((b) => (b.type === 'heading' || b.type === 'text' ? [b.text] : b.type === 'choices' ? b.choices.map((c) => c.label) : b.type === 'progress' ? [`${b.label} ${b.done}/${b.total}`] : []))
    .join('\n');
}

export function buttonOf(messages: Message[], label: string): TurnInput {
  const choice = messages
    .flatMap((m) => m.blocks)
    .flatMap((b) => (b.type === 'choices' ? b.choices : []))
    .find((c) => c.label === label);
  if (!choice) throw new Error(`no button ${label} in\n${shown(messages)}`);
  return { kind: 'action', action: choice.action, value: choice.value };
}
