// A partnership's timeline settings and notification keys, inside one tenant
// (src/domain/timeline/repository.ts). `lock` is SELECT … FOR UPDATE on the
// settings row: the run that posts and every change to the timeline take it,
// so they go one at a time per partnership on every instance.
import type { NotificationRecord, ScheduleBasis, TimelineChanges, TimelineRepository, TimelineSettings } from '../domain/timeline/repository';
import { DEFAULT_TIME_ZONE } from '../domain/timeline';
import type { Prisma } from './generated/client';
import { jsonText } from './json-text';
import { utc } from './sql-time';

type Tx = Prisma.TransactionClient;
type Row = Prisma.TimelineSettingsGetPayload<object>;

interface StoredOverrides {
  moved?: { milestoneId: string; date: string }[];
  done?: { milestoneId: string; at: string }[];
  added?: TimelineSettings['overrides']['added'];
}

export class TimelineStore implements TimelineRepository {
  constructor(
    private readonly tx: Tx,
    private readonly tenantId: string,
  ) {}

  async get(partnershipId: string): Promise<TimelineSettings> {
    const row = await this.tx.timelineSettings.findFirst({ where: { partnershipId, tenantId: this.tenantId } });
    return row ? toSettings(row) : defaults(partnershipId);
  }

  async lock(partnershipId: string): Promise<TimelineSettings> {
    // Only a partnership of this tenant gets a row (the SELECT names the tenant).
    await this.tx.$executeRaw`
      INSERT INTO timeline_settings (partnership_id, tenant_id, updated_at)
      SELECT id, tenant_id, now() FROM partnership WHERE id = ${partnershipId}::uuid AND tenant_id = ${this.tenantId}::uuid
      ON CONFLICT (partnership_id) DO NOTHING`;
    const rows = await this.tx.$queryRaw<Array<{ partnership_id: string }>>`
      SELECT partnership_id FROM timeline_settings WHERE partnership_id = ${partnershipId}::uuid AND tenant_id = ${this.tenantId}::uuid FOR UPDATE`;
    if (rows.length === 0) throw new Error(`partnership ${partnershipId} not found`);
    return this.get(partnershipId);
  }

  async update(partnershipId: string, changes: TimelineChanges): Promise<TimelineSettings> {
    const data: Prisma.TimelineSettingsUpdateManyMutationInput = { version: { increment: 1 } };
    if (changes.timeZone !== undefined) data.timeZone = changes.timeZone;
    if (changes.holidays !== undefined) data.holidays = asJson(changes.holidays);
    if (changes.overrides !== undefined) data.overrides = asJson(changes.overrides);
    if (changes.digest !== undefined) {
      data.digestWeekday = changes.digest.weekday;
      data.digestTime = changes.digest.time;
    }
    if (changes.lastProcessed !== undefined) data.lastProcessed = changes.lastProcessed;
    if (changes.basis) data.basis = asJson(changes.basis);
    if (changes.nextRunAt !== undefined) data.nextRunAt = changes.nextRunAt;
    if (changes.channelHintAt !== undefined) data.channelHintAt = changes.channelHintAt;
    if (changes.homeStaleSince !== undefined) data.homeStaleSince = changes.homeStaleSince;
    const { count } = await this.tx.timelineSettings.updateMany({ where: { partnershipId, tenantId: this.tenantId }, data });
    if (count === 0) throw new Error(`timeline of partnership ${partnershipId} is not stored: lock it first`);
    return this.get(partnershipId);
  }

  async claim(partnershipId: string, notification: NotificationRecord): Promise<boolean> {
    const inserted = await this.tx.$executeRaw`
      INSERT INTO timeline_notification (tenant_id, partnership_id, key, kind, outcome, at)
      SELECT tenant_id, id, ${notification.key}, ${notification.kind}, ${notification.outcome}, ${utc(notification.at)}::timestamp
      FROM partnership WHERE id = ${partnershipId}::uuid AND tenant_id = ${this.tenantId}::uuid
      ON CONFLICT (partnership_id, key) DO NOTHING`;
    return inserted === 1;
  }

  async homesStale(partnershipId: string, at: Date, refreshBy: Date): Promise<void> {
    const marked = await this.tx.timelineSettings.findFirst({ where: { partnershipId, tenantId: this.tenantId }, select: { homeStaleSince: true } });
    if (marked?.homeStaleSince) return;
    await this.tx.$executeRaw`
      INSERT INTO timeline_settings (partnership_id, tenant_id, updated_at, home_stale_since, next_run_at)
      SELECT id, tenant_id, now(), ${utc(at)}::timestamp, ${utc(refreshBy)}::timestamp
      FROM partnership WHERE id = ${partnershipId}::uuid AND tenant_id = ${this.tenantId}::uuid
      ON CONFLICT (partnership_id) DO UPDATE
        SET home_stale_since = EXCLUDED.home_stale_since, next_run_at = LEAST(timeline_settings.next_run_at, EXCLUDED.next_run_at)
        WHERE timeline_settings.home_stale_since IS NULL`;
  }

  async notifications(partnershipId: string): Promise<NotificationRecord[]> {
    const rows = await this.tx.timelineNotification.findMany({
      where: { partnershipId, tenantId: this.tenantId },
      orderBy: [{ at: 'asc' }, { key: 'asc' }],
      select: { key: true, kind: true, outcome: true, at: true },
    });
    return rows;
  }
}

function defaults(partnershipId: string): TimelineSettings {
  return {
    partnershipId,
    timeZone: DEFAULT_TIME_ZONE,
    holidays: [],
    overrides: { moved: [], done: [], added: [] },
    digest: { weekday: 1, time: '09:00' },
    lastProcessed: null,
    basis: null,
    nextRunAt: null,
    channelHintAt: null,
    homeStaleSince: null,
  };
}

function toSettings(row: Row): TimelineSettings {
  const overrides = (row.overrides ?? {}) as unknown as StoredOverrides;
  return {
    partnershipId: row.partnershipId,
    timeZone: row.timeZone,
    holidays: (row.holidays ?? []) as unknown as TimelineSettings['holidays'],
    overrides: {
      moved: overrides.moved ?? [],
      done: (overrides.done ?? []).map((mark) => ({ milestoneId: mark.milestoneId, at: new Date(mark.at) })),
      added: overrides.added ?? [],
    },
    digest: { weekday: row.digestWeekday, time: row.digestTime },
    lastProcessed: row.lastProcessed,
    basis: (row.basis as unknown as ScheduleBasis | null) ?? null,
    nextRunAt: row.nextRunAt,
    channelHintAt: row.channelHintAt,
    homeStaleSince: row.homeStaleSince,
  };
}

/** Through jsonText, so a NUL or lone surrogate in a coordinator's own title cannot fail the statement. */
function asJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(jsonText(value)) as Prisma.InputJsonValue;
}
