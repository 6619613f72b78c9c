// What the bot could not deliver, as facts: who or where a failed outgoing
// message was for and why (the outbox's failure reasons), and how many still wait.
export type FailureReason = { kind: 'unreachable' | 'rejected' | 'gave-up'; detail: string };

export type Recipient =
  | { kind: 'channel'; conversationId: string }
  /** A direct message (`person`) or an answer to someone's own message (`reply`). */
  | { kind: 'person' | 'reply'; userId: string; name: string | null };

export interface UndeliveredMessage {
  at: Date;
  to: Recipient;
  reason: FailureReason;
}

export interface DeliveryReport {
  failed: UndeliveredMessage[];
  /** Messages not yet delivered (waiting for their turn, their channel's pace or a retry). */
  waiting: number;
}

export interface DeliveryReports {
  /** The newest failures since `since` (at most `limit`), and what waits now, in this workspace. */
  since(since: Date, limit?: number): Promise<DeliveryReport>;
}
