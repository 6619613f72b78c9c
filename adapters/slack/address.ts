// Where an answer to a Slack turn goes: the channel or DM (and thread), only
// to the person (response_url or chat.postEphemeral), and the trigger that may
// open a form as a modal. Written into the inbox with the turn, handed back to
// the sender with each reply.
export interface SlackAddress {
  channel: string;
  threadTs?: string;
  userId: string;
  /** Replies go here instead, visible only to the person (slash commands, ephemeral messages). */
  responseUrl?: string;
  /** Lets a form open as a modal right away; Slack honours it for about 3 seconds. */
  triggerId?: string;
}

export function readAddress(raw: Record<string, unknown>): SlackAddress | undefined {
  if (typeof raw.channel !== 'string' || typeof raw.userId !== 'string') return undefined;
  return {
    channel: raw.channel,
    userId: raw.userId,
    ...(typeof raw.threadTs === 'string' ? { threadTs: raw.threadTs } : {}),
    ...(typeof raw.responseUrl === 'string' ? { responseUrl: raw.responseUrl } : {}),
    ...(typeof raw.triggerId === 'string' ? { triggerId: raw.triggerId } : {}),
  };
}
