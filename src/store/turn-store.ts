// The only way the core reaches the database. Every query runs inside one
// tenant's scope: the tenant id is fixed when the scope is made and added to
// every where clause, so no query can cross workspaces or tenants.
import type { Platform, Turn } from '../core/turn';
import { ContributionStore } from './contribution-store';
import type { Database } from './database';
import { DraftStore } from './draft-store';
import { PartnershipStore } from './partnership-store';
import type { Prisma } from './generated/client';

type Tx = Prisma.TransactionClient;
export type JsonObject = Prisma.InputJsonObject;

export interface PersonRecord {
  id: string;
  platformUserId: string;
  displayName: string;
  locale: string | null;
}

export interface FlowState {
  flow: string;
  step: string;
  data: Record<string, unknown>;
}

export type TurnOutcome<T> = { duplicate: true } | { duplicate: false; value: T };

export class TurnStore {
  /** Tenant rows never change once made, so their ids are safe to keep: one query less per turn. */
  private readonly tenantIds = new Map<string, string>();

  constructor(private readonly db: Database) {}

  /** Runs `work` in a transaction with the tenant's id; remembers the id once the transaction has committed. */
  private async inTenantTransaction<T>(platform: Platform, externalId: string, work: (tx: Tx, tenantId: string) => Promise<T>): Promise<T> {
    const key = `${platform}:${externalId}`;
    let tenantId = this.tenantIds.get(key);
    const result = await this.db.prisma.$transaction(
      async (tx) => {
        tenantId ??= await upsertTenant(tx, platform, externalId);
        return work(tx, tenantId);
      },
      { timeout: 10_000, maxWait: 10_000 },
    );
    if (tenantId && !this.tenantIds.has(key)) {
      if (this.tenantIds.size >= 10_000) this.tenantIds.clear();
      this.tenantIds.set(key, tenantId);
    }
    return result;
  }

  /**
   * Runs one incoming turn in one transaction. A single statement claims the
   * platform's event id, records who and where, and reads the person's open
   * conversation at this place: a redelivered event (Slack retry, Teams
   * redelivery) claims nothing, so it writes and replies nothing. A concurrent
   * duplicate waits on the claim and then sees it taken.
   */
  async runTurn<T>(
    turn: Pick<Turn, 'platform' | 'tenantId' | 'eventId' | 'user' | 'place'>,
    placeKey: string,
    work: (scope: TenantScope, person: PersonRecord, state: FlowState | null) => Promise<T>,
  ): Promise<TurnOutcome<T>> {
    return this.inTenantTransaction(turn.platform, turn.tenantId, async (tx, tenantId) => {
      const { user, place } = turn;
      const rows = await tx.$queryRaw<Array<PersonRecord & { flow: string | null; step: string | null; data: unknown }>>`
        WITH claim AS (
          INSERT INTO processed_event (tenant_id, event_id) VALUES (${tenantId}::uuid, ${turn.eventId})
          ON CONFLICT DO NOTHING RETURNING tenant_id
        ), place AS (
          INSERT INTO conversation (id, tenant_id, external_id, kind, reference, updated_at)
          SELECT gen_random_uuid(), tenant_id, ${place.conversationId}, ${place.kind}, ${JSON.stringify(place.reference)}::jsonb, now() FROM claim
          ON CONFLICT (tenant_id, external_id) DO UPDATE SET kind = EXCLUDED.kind, reference = EXCLUDED.reference, updated_at = now()
          WHERE conversation.kind <> EXCLUDED.kind OR conversation.reference <> EXCLUDED.reference
        ), who AS (
          INSERT INTO person (id, tenant_id, platform_user_id, display_name, updated_at)
          SELECT gen_random_uuid(), tenant_id, ${user.id}, ${user.name}, now() FROM claim
          ON CONFLICT (tenant_id, platform_user_id) DO UPDATE SET display_name = EXCLUDED.display_name,
            updated_at = CASE WHEN person.display_name = EXCLUDED.display_name THEN person.updated_at ELSE now() END
          RETURNING id, platform_user_id, display_name, locale
        )
        SELECT who.id, who.platform_user_id AS "platformUserId", who.display_name AS "displayName", who.locale,
               s.flow, s.step, s.data
        FROM who LEFT JOIN conversation_state s ON s.tenant_id = ${tenantId}::uuid AND s.person_id = who.id AND s.place_key = ${placeKey}`;
      const row = rows[0];
      if (!row) return { duplicate: true } as const;
      const { flow, step, data, ...person } = row;
      const state = flow && step ? { flow, step, data: (data ?? {}) as Record<string, unknown> } : null;
      return { duplicate: false, value: await work(new TenantScope(tx, tenantId), person, state) } as const;
    });
  }

  /** Opens a scope outside an incoming turn (scheduled work, proactive posts). */
  async withTenant<T>(platform: Platform, externalTenantId: string, work: (scope: TenantScope) => Promise<T>): Promise<T> {
    return this.inTenantTransaction(platform, externalTenantId, (tx, tenantId) => work(new TenantScope(tx, tenantId)));
  }

  /** Housekeeping: event ids older than the platforms' retry windows are no longer needed. */
  async pruneProcessedEvents(olderThan: Date): Promise<number> {
    const { count } = await this.db.prisma.processedEvent.deleteMany({ where: { receivedAt: { lt: olderThan } } });
    return count;
  }
}

async function upsertTenant(tx: Tx, platform: Platform, externalId: string): Promise<string> {
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

export class TenantScope {
  readonly partnerships: PartnershipStore;
  readonly contributions: ContributionStore;
  readonly drafts: DraftStore;

  constructor(
    private readonly tx: Tx,
    readonly tenantId: string,
  ) {
    this.partnerships = new PartnershipStore(tx, tenantId);
    this.contributions = new ContributionStore(tx, tenantId);
    this.drafts = new DraftStore(tx, tenantId);
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

  async loadState(personId: string, placeKey: string): Promise<FlowState | null> {
    const row = await this.tx.conversationState.findUnique({
      where: { tenantId_personId_placeKey: { tenantId: this.tenantId, personId, placeKey } },
      select: { flow: true, step: true, data: true },
    });
    return row ? { flow: row.flow, step: row.step, data: (row.data ?? {}) as Record<string, unknown> } : null;
  }

  async saveState(personId: string, placeKey: string, state: { flow: string; step: string; data: JsonObject }): Promise<void> {
    await this.tx.conversationState.upsert({
      where: { tenantId_personId_placeKey: { tenantId: this.tenantId, personId, placeKey } },
      create: { tenantId: this.tenantId, personId, placeKey, ...state },
      update: { ...state, version: { increment: 1 } },
    });
  }

  /** Ends `flow`'s conversation at this place; another flow's open conversation there stays. */
  async clearState(personId: string, placeKey: string, flow: string): Promise<void> {
    await this.tx.conversationState.deleteMany({ where: { tenantId: this.tenantId, personId, placeKey, flow } });
  }
}
