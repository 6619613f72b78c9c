// What the bot could not deliver in a workspace, for its coordinators, read
// from the outbox: its failed rows with who or where they were for (names from
// the people the bot knows), and how many messages still wait.
import { causeOf, type DeliveryReport, type DeliveryReports, type FailureReason, type UndeliveredMessage } from '../core/delivery';
import type { Platform } from '../core/turn';
import type { Prisma } from './generated/client';
import { utc } from './sql-time';

type Tx = Prisma.TransactionClient;

export class OutboxDeliveryReports implements DeliveryReports {
  constructor(
    private readonly tx: Tx,
    private readonly tenantId: string,
    private readonly platform: Platform,
    private readonly workspaceId: string,
  ) {}

  async since(since: Date, limit = 20, origin?: string): Promise<DeliveryReport> {
    const rows = await this.tx.$queryRawUnsafe<Array<{ created_at: Date; target: Record<string, unknown>; failure: string | null; name: string | null }>>(
      `SELECT o.created_at, o.target, o.failure, p.display_name AS name
       FROM outbox_message o
       LEFT JOIN person p ON p.tenant_id = $1::uuid AND p.platform_user_id = o.target->>'userId'
       WHERE o.platform = $2::"Platform" AND o.workspace_id = $3 AND o.status = 'failed' AND o.created_at >= $4::timestamp
         AND ($6::text IS NULL OR starts_with(o.origin, $6::text))
       ORDER BY o.id DESC LIMIT $5`,
      this.tenantId,
      this.platform,
      this.workspaceId,
      utc(since),
      limit,
      origin ?? null,
    );
    const [waiting] = await this.tx.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM outbox_message WHERE platform = $1::"Platform" AND workspace_id = $2 AND status IN ('pending', 'sending')`,
      this.platform,
      this.workspaceId,
    );
    return {
      waiting: waiting?.n ?? 0,
      failed: rows.map((row) => ({ at: row.created_at, to: recipient(row.target, row.name), reason: reasonOf(row.failure ?? '') })),
    };
  }
}

function recipient(target: Record<string, unknown>, name: string | null): UndeliveredMessage['to'] {
  const userId = typeof target.userId === 'string' ? target.userId : '';
  if (target.kind === 'conversation') return { kind: 'channel', conversationId: String(target.conversationId ?? '') };
  return { kind: target.kind === 'person' ? 'person' : 'reply', userId, name };
}

/** The dispatcher writes `unreachable: …`, `rejected: …` or `gave up: …` (src/core/pipeline/dispatcher.ts). */
function reasonOf(failure: string): FailureReason {
  const [head, ...rest] = failure.split(': ');
  const detail = rest.join(': ');
  const reason: FailureReason =
    head === 'unreachable'
      ? { kind: 'unreachable', detail }
      : head === 'gave up'
        ? { kind: 'gave-up', detail }
        : { kind: 'rejected', detail: head === 'rejected' ? detail : failure };
  const cause = causeOf(reason.detail);
  return cause ? { ...reason, cause } : reason;
}
