// A partnership with a visit date and an updates channel the bot knows, and the
// timeline's job run at chosen moments through the real store (one transaction
// per run, as pg-boss runs it); what it posted is read back from the outbox.
import { loadMessage, type StoredMessage } from '../../../src/core/message-codec';
import type { Target } from '../../../src/core/outgoing';
import type { Message } from '../../../src/core/turn';
import type { NewPartnership } from '../../../src/domain/partnership';
import type { TimelineChanges } from '../../../src/domain/timeline/repository';
import { TIMELINE_JOB, timelineJob } from '../../../src/flows/timeline/job';
import type { Logger } from '../../../src/core/logger';
import type { Database } from '../../../src/store/database';
import { TurnStore } from '../../../src/store/turn-store';
import { uniqueId } from '../../support/bot';
import { seedPartnership, type Member } from '../../support/partnerships';

export const CHANNEL = 'CUPDATES';
const COORDINATORS: Member[] = [
  { userId: 'UCOBY', name: 'Coby Coördinator', role: 'coordinator' },
  { userId: 'UDIRK', name: 'Dirk de Tweede', role: 'coordinator' },
  { userId: 'USAM', name: 'Sam Student', role: 'student' },
];

export interface Seeded {
  tenant: string;
  partnershipId: string;
  tenantId: string;
}

export async function seedTimeline(
  db: Database,
  partnership: Partial<Omit<NewPartnership, 'createdById'>> = {},
  settings: TimelineChanges = { digest: { weekday: 0, time: '09:00' } },
): Promise<Seeded> {
  const tenant = uniqueId('T');
  const { partnershipId } = await seedPartnership(db, { platform: 'slack', workspaceId: tenant }, COORDINATORS, {
    visitDate: '2027-04-15',
    updatesChannelId: CHANNEL,
    ...partnership,
  });
  const { id: tenantId } = await db.prisma.tenant.findFirstOrThrow({ where: { platform: 'slack', externalId: tenant } });
  // Someone talked to the bot in the channel: it knows the place.
  await db.prisma.conversation.create({ data: { tenantId, externalId: CHANNEL, kind: 'channel', reference: { channel: CHANNEL } } });
  await new TurnStore(db).withTenant('slack', tenant, async (scope) => {
    await scope.timelines.lock(partnershipId);
    await scope.timelines.update(partnershipId, settings);
  });
  return { tenant, partnershipId, tenantId };
}

/** One run of the timeline job at `now`, as the queue would run it (a job id of its own). */
export function runAt(db: Database, seeded: Seeded, now: string | Date, store = new TurnStore(db), log?: Logger): Promise<'done' | 'duplicate'> {
  return store.runJob(
    { platform: 'slack', workspaceId: seeded.tenant, jobId: uniqueId('job'), name: TIMELINE_JOB },
    (ctx) => timelineJob.run(ctx, { partnershipId: seeded.partnershipId }),
    new Date(now),
    log,
  );
}

export interface Post {
  to: string;
  text: string;
  message: Message;
}

const textOf = (message: Message): string => message.blocks.map((b) => ('text' in b ? b.text : 'label' in b ? b.label : '')).join('\n');

/** What the timeline posted in this workspace, oldest first. */
export async function postsOf(db: Database, seeded: Seeded): Promise<Post[]> {
  const rows = await db.prisma.outboxMessage.findMany({
    where: { workspaceId: seeded.tenant, NOT: { target: { path: ['kind'], equals: 'home' } } },
    orderBy: { id: 'asc' },
    select: { target: true, message: true },
  });
  return rows.map((row) => {
    const target = row.target as unknown as Target;
    const message = loadMessage(row.message as unknown as StoredMessage);
    return { to: target.kind === 'person' ? `dm:${target.userId}` : target.kind === 'conversation' ? target.conversationId : 'reply', text: textOf(message), message };
  });
}

export async function outcomesOf(db: Database, seeded: Seeded): Promise<Record<string, string>> {
  const rows = await db.prisma.timelineNotification.findMany({ where: { partnershipId: seeded.partnershipId } });
  return Object.fromEntries(rows.map((row) => [row.key.slice(seeded.partnershipId.length + 1), row.outcome]));
}
