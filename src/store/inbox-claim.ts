// Takes one recorded turn for a worker, locking its row for the worker's
// transaction. A turn may run only when no earlier turn of the same order key
// (one person at one place) is still pending: that keeps a person's messages
// in order and one at a time, on any number of workers and instances.
import type { ClaimedTurn } from '../core/ports';
import type { ReplyAddress } from '../core/outgoing';
import type { Turn } from '../core/turn';
import type { Prisma } from './generated/client';
import { utc } from './sql-time';

type Tx = Prisma.TransactionClient;

interface Row {
  id: bigint;
  /** The turn as recorded, but for its workspace, which is read from its column. */
  turn: { turn: Omit<Turn, 'workspaceId'>; replyTo: ReplyAddress };
  workspace_id: string;
  attempts: number;
}

export async function claimInboxRow(tx: Tx, pick: { next: true; now: Date } | { inboxId: string; now: Date }): Promise<ClaimedTurn | null> {
  const rows =
    'inboxId' in pick
      ? await tx.$queryRawUnsafe<Row[]>(
          `SELECT id, turn, workspace_id, attempts FROM inbox_event WHERE id = $1::bigint AND status = 'pending' FOR UPDATE`,
          pick.inboxId,
        )
      : await tx.$queryRawUnsafe<Row[]>(
          `SELECT e.id, e.turn, e.workspace_id, e.attempts FROM inbox_event e
           WHERE e.status = 'pending' AND e.available_at <= $1::timestamp
             AND NOT EXISTS (SELECT 1 FROM inbox_event p WHERE p.order_key = e.order_key AND p.status = 'pending' AND p.id < e.id)
           ORDER BY e.id
           LIMIT 1
           FOR UPDATE OF e SKIP LOCKED`,
          utc(pick.now),
        );
  const row = rows[0];
  if (!row) return null;
  // From the column, not the JSON: a turn recorded before Turn.tenantId became workspaceId still runs.
  const turn: Turn = { ...row.turn.turn, workspaceId: row.workspace_id };
  return { inboxId: String(row.id), turn, replyTo: row.turn.replyTo, attempts: row.attempts };
}
