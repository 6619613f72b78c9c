// The outbox: messages decided by turns and jobs, waiting for the dispatcher.
// Writing happens in the deciding transaction (OutboxRows); claiming and
// marking are short statements of their own (PostgresOutboxStore). Pacing
// per channel is shared by every instance through the channel_pace table.
import type { StoredMessage } from '../core/message-codec';
import { loadMessage, storeMessage } from '../core/message-codec';
import type { OutgoingMessage, Target } from '../core/outgoing';
import type { OutboxStore, OutboxWriter, Pace } from '../core/ports';
import type { Locale, Message, Platform } from '../core/turn';
import type { Database } from './database';
import type { Prisma } from './generated/client';
import { jsonText } from './json-text';
import { utc } from './sql-time';

type Tx = Prisma.TransactionClient;

export interface OutboxOrigin {
  platform: Platform;
  workspaceId: string;
  /** Our tenant uuid, to find stored conversation references. */
  tenantId: string;
  /** `inbox:<id>`, `job:<name>:<id>`. */
  origin: string;
  now: Date;
  /** Called after commit with the number of messages written (wakes the dispatcher). */
  written?: (count: number) => void;
}

function channelKey(platform: Platform, workspaceId: string, target: Target): string {
  const where =
    target.kind === 'person' ? (typeof target.dm?.conversationKey === 'string' ? target.dm.conversationKey : `person:${target.userId}`) : target.conversationId;
  return `${platform}:${workspaceId}:${where}`;
}

/** Writes outgoing messages through the transaction it was given. */
export class OutboxRows implements OutboxWriter {
  /** Messages written so far in this transaction. */
  count = 0;

  constructor(
    private readonly tx: Tx,
    private readonly from: OutboxOrigin,
  ) {}

  async enqueue(target: Target, messages: readonly Message[], locale: Locale): Promise<string[]> {
    const kept = messages.filter((message) => message.blocks.length > 0);
    if (kept.length === 0) return [];
    const { platform, workspaceId, origin, now } = this.from;
    // The first form of a reply may open as a dialog (Slack: a modal, while its trigger lives).
    const firstForm = kept.findIndex((message) => message.blocks.some((block) => block.type === 'form'));
    const targets = kept.map((_, index) => (target.kind === 'reply' && index === firstForm ? { ...target, opensForm: true } : target));
    const rows = await this.tx.$queryRawUnsafe<Array<{ id: bigint }>>(
      `INSERT INTO outbox_message (platform, workspace_id, channel_key, target, message, locale, origin, available_at, created_at)
       SELECT $1::"Platform", $2, $3, t::jsonb, m::jsonb, $4, $5, $6::timestamp, $6::timestamp
       FROM unnest($7::text[], $8::text[]) WITH ORDINALITY AS x(t, m, n) ORDER BY n
       RETURNING id`,
      platform,
      workspaceId,
      channelKey(platform, workspaceId, target),
      locale,
      origin,
      utc(now),
      targets.map((one) => jsonText(one)),
      kept.map((message) => jsonText(storeMessage(message))),
    );
    this.count += rows.length;
    return rows.map((row) => String(row.id)).sort((a, b) => Number(BigInt(a) - BigInt(b)));
  }

  async toConversation(conversationId: string, messages: readonly Message[], locale: Locale, threadId?: string): Promise<boolean> {
    const found = await this.tx.conversation.findUnique({
      where: { tenantId_externalId: { tenantId: this.from.tenantId, externalId: conversationId } },
      select: { reference: true },
    });
    if (!found) return false;
    const reference = found.reference as Record<string, unknown>;
    await this.enqueue({ kind: 'conversation', conversationId, reference, ...(threadId ? { threadId } : {}) }, messages, locale);
    return true;
  }

  async toPerson(platformUserId: string, messages: readonly Message[], locale: Locale): Promise<void> {
    // Their own chat with the bot, when they have one (Teams keeps the person in the reference's `user`).
    const [dm] = await this.tx.$queryRawUnsafe<Array<{ external_id: string; reference: Record<string, unknown> }>>(
      `SELECT external_id, reference FROM conversation
       WHERE tenant_id = $1::uuid AND kind = 'dm' AND (reference->'user'->>'id' = $2 OR reference->'user'->>'aadObjectId' = $2)
       ORDER BY updated_at DESC LIMIT 1`,
      this.from.tenantId,
      platformUserId,
    );
    // Any other place in the workspace tells how to reach it (Teams: serviceUrl, bot and tenant).
    const [via] = dm
      ? []
      : await this.tx.$queryRawUnsafe<Array<{ reference: Record<string, unknown> }>>(
          `SELECT reference FROM conversation WHERE tenant_id = $1::uuid ORDER BY updated_at DESC LIMIT 1`,
          this.from.tenantId,
        );
    await this.enqueue(
      {
        kind: 'person',
        userId: platformUserId,
        ...(dm ? { dm: { ...dm.reference, conversationKey: dm.external_id } } : {}),
        ...(via ? { via: via.reference } : {}),
      },
      messages,
      locale,
    );
  }
}

interface ClaimedRow {
  id: bigint;
  platform: Platform;
  workspace_id: string;
  target: Target;
  message: StoredMessage;
  locale: string;
  attempts: number;
  created_at: Date;
}

export class PostgresOutboxStore implements OutboxStore {
  constructor(private readonly db: Database) {}

  async claim(now: Date, { limit, leaseMs, pace }: { limit: number; leaseMs: number; pace: Pace }): Promise<OutgoingMessage[]> {
    const at = utc(now);
    // GCRA: a channel may take a post while its theoretical arrival time is at
    // most (burst - 1) intervals ahead of now; each post, once Slack or Teams
    // took it, moves it one interval on from the moment it was sent (markSent):
    // pacing on send time, so uneven delivery times do not bunch posts up.
    // Only the oldest undelivered message of a channel is a candidate, so one
    // channel has at most one message in flight, in order, across all instances.
    const rows = await this.db.prisma.$queryRawUnsafe<ClaimedRow[]>(
      // The oldest open message of each channel, found by a skip scan over the
      // (open, channel_key, id) index: one probe per channel, whatever the backlog.
      `WITH RECURSIVE head AS (
         (SELECT o.channel_key, o.id FROM outbox_message o WHERE o.open ORDER BY o.channel_key, o.id LIMIT 1)
         UNION ALL
         SELECT n.channel_key, n.id FROM head h
         CROSS JOIN LATERAL (SELECT o.channel_key, o.id FROM outbox_message o
                             WHERE o.open AND o.channel_key > h.channel_key ORDER BY o.channel_key, o.id LIMIT 1) n
       ), candidate AS (
         SELECT o.id, o.channel_key FROM outbox_message o
         JOIN head ON head.id = o.id
         LEFT JOIN channel_pace c ON c.channel_key = o.channel_key
         WHERE ((o.status = 'pending' AND o.available_at <= $1::timestamp) OR (o.status = 'sending' AND o.lease_until < $1::timestamp))
           AND (c.channel_key IS NULL
                OR (c.tat <= $1::timestamp + make_interval(secs => $3::double precision / 1000)
                    AND (c.blocked_until IS NULL OR c.blocked_until <= $1::timestamp)))
         ORDER BY o.id
         LIMIT $2
         FOR UPDATE OF o SKIP LOCKED
       )
       UPDATE outbox_message o
       SET status = 'sending', lease_until = $1::timestamp + make_interval(secs => $4::double precision / 1000)
       FROM candidate WHERE o.id = candidate.id
       RETURNING o.id, o.platform::text AS platform, o.workspace_id, o.target, o.message, o.locale, o.attempts, o.created_at`,
      at,
      limit,
      (pace.burst - 1) * pace.intervalMs,
      leaseMs,
    );
    return rows
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((row) => ({
        id: String(row.id),
        platform: row.platform,
        workspaceId: row.workspace_id,
        target: row.target,
        message: loadMessage(row.message),
        locale: row.locale === 'en' ? 'en' : 'nl',
        attempts: row.attempts,
        createdAt: row.created_at,
      }));
  }

  /**
   * Makes every message still marked sending claimable at once. Only for a
   * database with one owner (the embedded one): at start-up no other process
   * can be sending, so those rows were left by a process that died.
   */
  async releaseLeases(now: Date): Promise<number> {
    return this.db.prisma.$executeRawUnsafe(`UPDATE outbox_message SET lease_until = $1::timestamp WHERE status = 'sending'`, utc(now));
  }

  async markSent(id: string, now: Date, platformMessageId: string | undefined, pace: Pace): Promise<void> {
    await this.db.prisma.$executeRawUnsafe(
      `WITH sent AS (
         UPDATE outbox_message SET status = 'sent', open = false, sent_at = $2::timestamp, attempts = attempts + 1, lease_until = NULL,
           platform_message_id = $3, failure = NULL
         WHERE id = $1::bigint RETURNING channel_key
       )
       INSERT INTO channel_pace (channel_key, tat)
       SELECT channel_key, $2::timestamp + make_interval(secs => $4::double precision / 1000) FROM sent
       ON CONFLICT (channel_key) DO UPDATE
         SET tat = GREATEST(channel_pace.tat, $2::timestamp) + make_interval(secs => $4::double precision / 1000)`,
      id,
      utc(now),
      platformMessageId ?? null,
      pace.intervalMs,
    );
  }

  async retryAt(id: string, at: Date, reason: string, blockChannelUntil?: Date): Promise<void> {
    await this.db.prisma.$executeRawUnsafe(
      `WITH retried AS (
         UPDATE outbox_message SET status = 'pending', available_at = $2::timestamp, attempts = attempts + 1, lease_until = NULL, failure = $3
         WHERE id = $1::bigint RETURNING channel_key
       )
       INSERT INTO channel_pace (channel_key, tat, blocked_until)
       SELECT channel_key, $4::timestamp, $4::timestamp FROM retried WHERE $4::timestamp IS NOT NULL
       ON CONFLICT (channel_key) DO UPDATE SET blocked_until = GREATEST(channel_pace.blocked_until, EXCLUDED.blocked_until)`,
      id,
      utc(at),
      reason,
      blockChannelUntil ? utc(blockChannelUntil) : null,
    );
  }

  async markFailed(id: string, now: Date, reason: string): Promise<void> {
    await this.db.prisma.$executeRawUnsafe(
      `UPDATE outbox_message SET status = 'failed', open = false, attempts = attempts + 1, lease_until = NULL, failure = $3, sent_at = NULL,
         available_at = $2::timestamp
       WHERE id = $1::bigint`,
      id,
      utc(now),
      reason,
    );
  }
}
