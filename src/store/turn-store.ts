// The only way the core reaches the database. Every query runs inside one
// tenant's scope: the tenant id is fixed when the scope is made and added to
// every where clause, so no query can cross workspaces or tenants.
import { silentLogger, type Logger } from '../core/logger';
import { jobOrigin, type JobContext, type JobScheduler } from '../core/jobs';
import type { Expected, Versioned } from '../core/versioned';
import type { JsonObject } from '../core/json';
import type { ClaimedTurn, FailurePlan, FlowState, PersonRecord, TurnRun, TurnScope } from '../core/ports';
import { placeKeyOf, type Platform, type Turn } from '../core/turn';
import { ContributionStore } from './contribution-store';
import type { Database } from './database';
import { DraftStore } from './draft-store';
import { DrillStore } from './drill-store';
import { PartnershipStore } from './partnership-store';
import { TimelineStore } from './timeline-store';
import { RegionLeadStore, VraagstukStore } from './vraagstuk-store';
import type { Prisma, PrismaClient } from './generated/client';
import { claimInboxRow } from './inbox-claim';
import { jsonText } from './json-text';
import { OutboxDeliveryReports } from './delivery-report';
import { OutboxRows, type OutboxOrigin } from './outbox-store';
import { utc } from './sql-time';

type Tx = Prisma.TransactionClient;

export class TurnStore {
  /** Tenant rows never change once made, so their ids are safe to keep: one query less per turn. */
  private readonly tenantIds = new Map<string, string>();

  /** Set once the job queue runs; scopes schedule jobs through their own transaction. */
  jobs?: JobsWithin;

  constructor(private readonly db: Database) {}

  /** Runs `work` in a transaction with the tenant's id (see tenantIdFor for how a new one is made and kept). */
  private async inTenantTransaction<T>(platform: Platform, externalId: string, work: (tx: Tx, tenantId: string) => Promise<T>): Promise<T> {
    let made: [string, string] | undefined;
    const result = await this.db.prisma.$transaction(
      async (tx) => {
        const known = await this.tenantIdFor(platform, externalId, tx);
        made = known.made;
        return work(tx, known.id);
      },
      { timeout: 10_000, maxWait: 10_000 },
    );
    if (made) this.remember(...made);
    return result;
  }

  /**
   * Claims one recorded turn from the inbox and runs `work` on it in one
   * transaction: who and where are recorded, the person's open conversation at
   * this place is read, `work` decides and writes its outgoing messages through
   * the scope's outbox, and the inbox row is marked done, all or nothing. A
   * crash anywhere before the commit leaves the row pending for the next worker.
   *
   * `pick.next` takes the oldest turn that may run: turns with one order key (a
   * person at one place) run one at a time, in the order they arrived.
   * `pick.inboxId` takes that one turn (tests and the direct driver).
   */
  async runInboxTurn<T>(
    pick: { next: true; now: Date } | { inboxId: string; now: Date },
    work: (claimed: ClaimedTurn, scope: TenantScope, person: PersonRecord, state: FlowState | null) => Promise<T>,
    options: { prepare?: (turn: Turn) => Promise<Turn>; onFailure?: (claimed: ClaimedTurn, error: unknown) => FailurePlan } = {},
  ): Promise<TurnRun<T> | null> {
    let madeTenant: [string, string] | undefined;
    const run = await this.db.prisma.$transaction(
      async (tx) => {
        const found = await claimInboxRow(tx, pick);
        if (!found) return null;
        const known = await this.tenantIdFor(found.turn.platform, found.turn.workspaceId, tx);
        madeTenant = known.made;
        const tenantId = known.id;
        // The claim's row lock is held to the end: when the work fails, its
        // writes are undone back to here and the failure is recorded under the
        // same lock, so no other worker runs the turn meanwhile.
        if (options.onFailure) await tx.$executeRawUnsafe('SAVEPOINT turn_work');
        try {
          const claimed = options.prepare ? { ...found, turn: await options.prepare(found.turn) } : found;
          const { turn } = claimed;
          const placeKey = placeKeyOf(turn);
          const { user, place } = turn;
          const rows = await tx.$queryRaw<Array<PersonRecord & { flow: string | null; step: string | null; data: unknown; version: number | null }>>`
            WITH place AS (
              INSERT INTO conversation (id, tenant_id, external_id, kind, reference, updated_at)
              VALUES (gen_random_uuid(), ${tenantId}::uuid, ${place.conversationId}, ${place.kind}, ${jsonText(place.reference)}::jsonb, now())
              ON CONFLICT (tenant_id, external_id) DO UPDATE SET kind = EXCLUDED.kind, reference = EXCLUDED.reference, updated_at = now()
              WHERE conversation.kind <> EXCLUDED.kind OR conversation.reference <> EXCLUDED.reference
            ), who AS (
              INSERT INTO person (id, tenant_id, platform_user_id, display_name, updated_at)
              VALUES (gen_random_uuid(), ${tenantId}::uuid, ${user.id}, ${withoutNul(user.name)}, now())
              ON CONFLICT (tenant_id, platform_user_id) DO UPDATE SET display_name = EXCLUDED.display_name,
                updated_at = CASE WHEN person.display_name = EXCLUDED.display_name THEN person.updated_at ELSE now() END
              RETURNING id, platform_user_id, display_name, locale
            )
            SELECT who.id, who.platform_user_id AS "platformUserId", who.display_name AS "displayName", who.locale,
                   s.flow, s.step, s.data, s.version
            FROM who LEFT JOIN conversation_state s ON s.tenant_id = ${tenantId}::uuid AND s.person_id = who.id AND s.place_key = ${placeKey}`;
          const { flow, step, data, version, ...person } = rows[0]!;
          const state = flow && step ? { flow, step, data: (data ?? {}) as Record<string, unknown>, version: version ?? 0 } : null;
          const scope = new TenantScope(
            tx,
            tenantId,
            { platform: turn.platform, workspaceId: turn.workspaceId, tenantId, origin: `inbox:${claimed.inboxId}`, now: pick.now },
            this.jobs,
          );
          const value = await work(claimed, scope, person, state);
          await tx.$executeRawUnsafe(
            `UPDATE inbox_event SET status = 'done', done_at = $2::timestamp, attempts = attempts + 1 WHERE id = $1::bigint`,
            claimed.inboxId,
            utc(pick.now),
          );
          return { outcome: 'done' as const, claimed, value, written: scope.outbox.count };
        } catch (error) {
          if (!options.onFailure) throw error;
          await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT turn_work');
          const plan = options.onFailure(found, error);
          const written = await this.recordFailure(tx, tenantId, found, pick.now, error, plan);
          return { outcome: plan.retryAt ? ('retry' as const) : ('failed' as const), claimed: found, error, written };
        }
      },
      { timeout: 15_000, maxWait: 10_000 },
    );
    if (madeTenant) this.remember(...madeTenant);
    return run;
  }

  /** Try again at `plan.retryAt`, or give up: mark it failed and write what the person is told. */
  private async recordFailure(tx: Tx, tenantId: string, claimed: ClaimedTurn, now: Date, error: unknown, plan: FailurePlan): Promise<number> {
    const { turn } = claimed;
    const message = error instanceof Error ? error.message : String(error);
    await tx.$executeRawUnsafe(
      `UPDATE inbox_event SET attempts = attempts + 1, last_error = $2, available_at = $3::timestamp,
         status = CASE WHEN $4::boolean THEN 'failed'::"InboxStatus" ELSE status END
       WHERE id = $1::bigint`,
      claimed.inboxId,
      message.replaceAll('\u0000', '').slice(0, 2_000),
      utc(plan.retryAt ?? now),
      plan.retryAt === null,
    );
    if (plan.retryAt !== null || !plan.giveUp) return 0;
    const known = await tx.person.findUnique({
      where: { tenantId_platformUserId: { tenantId, platformUserId: turn.user.id } },
      select: { locale: true },
    });
    const outbox = new OutboxRows(tx, { platform: turn.platform, workspaceId: turn.workspaceId, tenantId, origin: `inbox:${claimed.inboxId}`, now });
    await plan.giveUp(outbox, known?.locale ?? null);
    return outbox.count;
  }

  async findInboxId(turn: Pick<Turn, 'platform' | 'workspaceId' | 'eventId'>): Promise<string | null> {
    const row = await this.db.prisma.inboxEvent.findUnique({
      where: { platform_workspaceId_eventId: { platform: turn.platform, workspaceId: turn.workspaceId, eventId: turn.eventId } },
      select: { id: true },
    });
    return row ? String(row.id) : null;
  }

  /**
   * Our tenant id for a workspace. On PostgreSQL a new tenant row is made in a
   * statement of its own, committed at once: in the turn's transaction, the
   * other first turns of a new workspace would wait on its unique key until that
   * turn ends. The embedded database has one connection, so there it is made in
   * the turn's transaction (before its savepoint: a failed turn keeps it), and
   * `made` is remembered once that transaction has committed.
   */
  private async tenantIdFor(platform: Platform, externalId: string, tx: Tx): Promise<{ id: string; made?: [string, string] }> {
    const key = `${platform}:${externalId}`;
    const cached = this.tenantIds.get(key);
    if (cached) return { id: cached };
    if (this.db.kind === 'postgresql') {
      const id = await upsertTenant(this.db.prisma, platform, externalId);
      this.remember(key, id);
      return { id };
    }
    const id = await upsertTenant(tx, platform, externalId);
    return { id, made: [key, id] };
  }

  private remember(key: string, id: string): void {
    if (this.tenantIds.size >= 10_000) this.tenantIds.clear();
    this.tenantIds.set(key, id);
  }

  /**
   * Runs one job in a transaction of its own: the job's id is claimed in
   * processed_event first, so a job the queue hands out twice (its own
   * completion lost in a crash) does nothing the second time; what the job
   * writes (state, outgoing messages, further jobs) commits with that claim.
   */
  async runJob(
    job: { platform: Platform; workspaceId: string; jobId: string; name: string },
    work: (ctx: JobContext<TenantScope>) => Promise<void>,
    now: Date = new Date(),
    log: Logger = silentLogger,
  ): Promise<'done' | 'duplicate'> {
    return this.inTenantTransaction(job.platform, job.workspaceId, async (tx, tenantId) => {
      const claimed = await tx.$executeRaw`
        INSERT INTO processed_event (tenant_id, event_id) VALUES (${tenantId}::uuid, ${`job:${job.jobId}`}) ON CONFLICT DO NOTHING`;
      if (claimed === 0) return 'duplicate';
      const scope = new TenantScope(tx, tenantId, { platform: job.platform, workspaceId: job.workspaceId, tenantId, origin: jobOrigin(job.name, job.jobId), now }, this.jobs);
      await work({ scope, outbox: scope.outbox, jobs: scope.jobs, now, log, job: { id: job.jobId, name: job.name, workspaceId: job.workspaceId, platform: job.platform } });
      return 'done';
    });
  }

  /** Opens a scope outside an incoming turn (scheduled work, proactive posts). */
  async withTenant<T>(platform: Platform, externalTenantId: string, work: (scope: TenantScope) => Promise<T>): Promise<T> {
    return this.inTenantTransaction(platform, externalTenantId, (tx, tenantId) =>
      work(new TenantScope(tx, tenantId, { platform, workspaceId: externalTenantId, tenantId, origin: 'direct', now: new Date() }, this.jobs)),
    );
  }

  /**
   * As withTenant, for a tenant that exists already: undefined, and nothing
   * written, when the platform's tenant id names none (a download link's token).
   */
  async withExistingTenant<T>(platform: Platform, externalTenantId: string, work: (scope: TenantScope) => Promise<T>): Promise<T | undefined> {
    const key = `${platform}:${externalTenantId}`;
    if (!this.tenantIds.has(key)) {
      const found = await this.db.prisma.tenant.findUnique({ where: { platform_externalId: { platform, externalId: externalTenantId } }, select: { id: true } });
      if (!found) return undefined;
    }
    return this.withTenant(platform, externalTenantId, work);
  }

  /**
   * Partnerships, in every tenant, whose timeline needs a run at `now`: one with a
   * visit date that never ran, whose next moment has come, or whose visit date or
   * review type is not what its last run computed from (changed through the
   * partnership form). Soonest first.
   */
  async timelinesDue(now: Date, limit: number): Promise<Array<{ platform: Platform; workspaceId: string; partnershipId: string }>> {
    return this.db.prisma.$queryRaw<Array<{ platform: Platform; workspaceId: string; partnershipId: string }>>`
      SELECT t.platform::text AS platform, t.external_id AS "workspaceId", p.id::text AS "partnershipId"
      FROM partnership p
      JOIN tenant t ON t.id = p.tenant_id
      LEFT JOIN timeline_settings s ON s.partnership_id = p.id
      WHERE (p.visit_date IS NOT NULL
        AND (s.partnership_id IS NULL OR s.last_processed IS NULL OR s.basis IS NULL
             OR s.next_run_at <= ${utc(now)}::timestamp
             OR s.basis->>'visitDate' IS DISTINCT FROM to_char(p.visit_date, 'YYYY-MM-DD')
             OR s.basis->>'reviewTypeId' IS DISTINCT FROM (p.review_type::text || '-oriented')))
        -- Home views out of date, with or without a visit date.
        OR (s.home_stale_since IS NOT NULL AND s.next_run_at <= ${utc(now)}::timestamp)
      ORDER BY s.next_run_at NULLS FIRST
      LIMIT ${limit}`;
  }

  /**
   * Housekeeping: rows that have done their job. Handled inbox rows and
   * delivered messages older than `olderThan` (far beyond any platform's retry
   * window); failed ones are kept four times as long, for whoever looks into
   * them. Pending work is never removed.
   */
  async prune(olderThan: Date): Promise<{ inbox: number; outbox: number; events: number }> {
    const failedBefore = new Date(olderThan.getTime() - 3 * (Date.now() - olderThan.getTime()));
    const inbox = await this.db.prisma.inboxEvent.deleteMany({
      where: { OR: [{ status: 'done', doneAt: { lt: olderThan } }, { status: 'failed', receivedAt: { lt: failedBefore } }] },
    });
    const outbox = await this.db.prisma.outboxMessage.deleteMany({
      where: { OR: [{ status: 'sent', sentAt: { lt: olderThan } }, { status: 'failed', createdAt: { lt: failedBefore } }] },
    });
    const events = await this.db.prisma.processedEvent.deleteMany({ where: { receivedAt: { lt: olderThan } } });
    return { inbox: inbox.count, outbox: outbox.count, events: events.count };
  }
}

async function upsertTenant(tx: Tx | PrismaClient, platform: Platform, externalId: string): Promise<string> {
  // Read first: an upsert would lock the tenant row and serialise every turn of a workspace.
  const found = await tx.tenant.findUnique({ where: { platform_externalId: { platform, externalId } }, select: { id: true } });
  if (found) return found.id;
  // ON CONFLICT keeps the first turns of a new tenant, arriving together, from failing.
  await tx.$executeRaw`
    INSERT INTO tenant (id, platform, external_id) VALUES (gen_random_uuid(), ${platform}::"Platform", ${externalId})
    ON CONFLICT (platform, external_id) DO NOTHING`;
  const created = await tx.tenant.findUniqueOrThrow({ where: { platform_externalId: { platform, externalId } }, select: { id: true } });
  return created.id;
}

/** Schedules jobs through a transaction (the job queue, src/store/job-queue.ts). */
export interface JobsWithin {
  within(tx: Tx): JobScheduler;
}

const noJobQueue: JobScheduler = {
  schedule: async (job) => {
    throw new Error(`no job queue is running: cannot schedule ${job.name}`);
  },
};

export class TenantScope implements TurnScope {
  readonly partnerships: PartnershipStore;
  readonly contributions: ContributionStore;
  readonly drafts: DraftStore;
  readonly drills: DrillStore;
  readonly timelines: TimelineStore;
  readonly vraagstukken: VraagstukStore;
  readonly regionLeads: RegionLeadStore;
  /** Outgoing messages, written in this scope's transaction. */
  readonly outbox: OutboxRows;
  /** Timed work, scheduled in this scope's transaction. */
  readonly jobs: JobScheduler;
  /** What could not be delivered in this workspace. */
  readonly deliveries: OutboxDeliveryReports;

  constructor(
    private readonly tx: Tx,
    readonly tenantId: string,
    origin: OutboxOrigin,
    queue?: JobsWithin,
  ) {
    this.partnerships = new PartnershipStore(tx, tenantId);
    this.contributions = new ContributionStore(tx, tenantId);
    this.drafts = new DraftStore(tx, tenantId);
    this.drills = new DrillStore(tx, tenantId);
    this.timelines = new TimelineStore(tx, tenantId);
    this.vraagstukken = new VraagstukStore(tx, tenantId);
    this.regionLeads = new RegionLeadStore(tx, tenantId);
    this.outbox = new OutboxRows(tx, origin);
    this.jobs = queue?.within(tx) ?? noJobQueue;
    this.deliveries = new OutboxDeliveryReports(tx, tenantId, origin.platform, origin.workspaceId);
  }

  async upsertPerson(platformUserId: string, displayName: string): Promise<PersonRecord> {
    const rows = await this.tx.$queryRaw<PersonRecord[]>`
      INSERT INTO person (id, tenant_id, platform_user_id, display_name, updated_at)
      VALUES (gen_random_uuid(), ${this.tenantId}::uuid, ${platformUserId}, ${displayName}, now())
      ON CONFLICT (tenant_id, platform_user_id) DO UPDATE SET display_name = EXCLUDED.display_name,
        updated_at = CASE WHEN person.display_name = EXCLUDED.display_name THEN person.updated_at ELSE now() END
      RETURNING id, platform_user_id AS "platformUserId", display_name AS "displayName", locale`;
    return rows[0]!;
  }

  async setLocale(personId: string, locale: string): Promise<void> {
    await this.tx.person.updateMany({ where: { id: personId, tenantId: this.tenantId }, data: { locale } });
  }

  async findConversation(externalId: string): Promise<{ kind: string; reference: unknown } | null> {
    return this.tx.conversation.findUnique({
      where: { tenantId_externalId: { tenantId: this.tenantId, externalId } },
      select: { kind: true, reference: true },
    });
  }

  /**
   * True the first time only: the conversation (upserted at the start of every
   * turn) is marked welcomed. Under the row's lock, a second turn running at the
   * same moment finds it marked and gets false.
   */
  async welcomeOnce(externalId: string, now: Date): Promise<boolean> {
    const marked = await this.tx.conversation.updateMany({
      where: { tenantId: this.tenantId, externalId, welcomedAt: null },
      data: { welcomedAt: now },
    });
    return marked.count === 1;
  }

  async loadState(personId: string, placeKey: string): Promise<FlowState | null> {
    const row = await this.tx.conversationState.findUnique({
      where: { tenantId_personId_placeKey: { tenantId: this.tenantId, personId, placeKey } },
      select: { flow: true, step: true, data: true, version: true },
    });
    return row ? { flow: row.flow, step: row.step, data: (row.data ?? {}) as Record<string, unknown>, version: row.version } : null;
  }

  /** Without `expected` the save lands whatever is there (set-up in tests and tools). */
  async saveState(
    personId: string,
    placeKey: string,
    state: { flow: string; step: string; data: JsonObject },
    expected?: Expected,
  ): Promise<Versioned<number, null>> {
    const where = { tenantId_personId_placeKey: { tenantId: this.tenantId, personId, placeKey } };
    if (expected === undefined) {
      const row = await this.tx.conversationState.upsert({
        where,
        create: { tenantId: this.tenantId, personId, placeKey, ...state },
        update: { ...state, version: { increment: 1 } },
        select: { version: true },
      });
      return { ok: true, saved: row.version };
    }
    if (expected === 'absent') {
      const created = await this.tx.$queryRaw<Array<{ version: number }>>`
        INSERT INTO conversation_state (id, tenant_id, person_id, place_key, flow, step, data, updated_at)
        VALUES (gen_random_uuid(), ${this.tenantId}::uuid, ${personId}::uuid, ${placeKey}, ${state.flow}, ${state.step}, ${jsonText(state.data)}::jsonb, now())
        ON CONFLICT (tenant_id, person_id, place_key) DO NOTHING RETURNING version`;
      return created[0] ? { ok: true, saved: created[0].version } : { ok: false, conflict: null };
    }
    const updated = await this.tx.conversationState.updateMany({
      where: { tenantId: this.tenantId, personId, placeKey, version: expected },
      data: { ...state, version: { increment: 1 } },
    });
    return updated.count === 1 ? { ok: true, saved: expected + 1 } : { ok: false, conflict: null };
  }

  /** Ends `flow`'s conversation at this place; another flow's open conversation there stays. */
  async clearState(personId: string, placeKey: string, flow: string, expected?: Expected): Promise<Versioned<number, null>> {
    if (expected === 'absent') return { ok: true, saved: 0 };
    const removed = await this.tx.conversationState.deleteMany({
      where: { tenantId: this.tenantId, personId, placeKey, flow, ...(expected === undefined ? {} : { version: expected }) },
    });
    // Nothing of this flow's to end (another flow's state, or none) is not a conflict; a changed version is.
    if (removed.count === 1 || expected === undefined) return { ok: true, saved: 0 };
    const still = await this.tx.conversationState.findUnique({
      where: { tenantId_personId_placeKey: { tenantId: this.tenantId, personId, placeKey } },
      select: { flow: true, version: true },
    });
    return still && still.flow === flow && still.version !== expected ? { ok: false, conflict: null } : { ok: true, saved: 0 };
  }
}

/** PostgreSQL text cannot hold NUL; a name from a platform's directory might (users.info is not checked). */
function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}
