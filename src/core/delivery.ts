// What the bot could not deliver, as facts: who or where a failed outgoing
// message was for and why (the outbox's failure reasons), and how many still wait.
/** What a platform's answer means for the people who read it, where it is known. */
export type FailureCause =
  | 'not-in-channel'
  | 'channel-gone'
  | 'channel-archived'
  | 'account-gone'
  | 'account-deactivated'
  | 'not-installed'
  | 'bot-unused-in-tenant'
  | 'bot-removed'
  | 'conversation-gone';

/** `detail` is the platform's own answer; `cause` what it means, when known. */
export type FailureReason = { kind: 'unreachable' | 'rejected' | 'gave-up'; detail: string; cause?: FailureCause };

const CAUSES: Record<string, FailureCause> = {
  not_in_channel: 'not-in-channel',
  channel_not_found: 'channel-gone',
  is_archived: 'channel-archived',
  user_not_found: 'account-gone',
  users_not_found: 'account-gone',
  account_inactive: 'account-deactivated',
  user_disabled: 'account-deactivated',
  invalid_auth: 'not-installed',
  token_revoked: 'not-installed',
  'no conversation with the bot in this tenant yet': 'bot-unused-in-tenant',
};

/** The cause behind a Slack error code or a connector's HTTP answer (`HTTP 403 …`). */
export function causeOf(detail: string): FailureCause | undefined {
  return CAUSES[detail] ?? (/^HTTP 40[13]/.test(detail) ? 'bot-removed' : /^HTTP 404/.test(detail) ? 'conversation-gone' : undefined);
}

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
  /**
   * The newest failures since `since` (at most `limit`), and what waits now, in this workspace;
   * with `origin`, only failures of messages whose origin starts with it (`jobOriginPrefix` of a job: its prompts).
   */
  since(since: Date, limit?: number, origin?: string): Promise<DeliveryReport>;
}
