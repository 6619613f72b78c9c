// Where an answer to a Teams turn goes: the conversation it came from (its
// full reference, a channel thread included) and the activity it answers.
import type { ConversationReference } from 'botbuilder';

export interface TeamsAddress {
  reference: Partial<ConversationReference>;
  replyToId?: string;
}

export function readAddress(raw: Record<string, unknown>): TeamsAddress | undefined {
  const reference = raw.reference as Partial<ConversationReference> | undefined;
  if (!reference || typeof reference !== 'object' || typeof reference.serviceUrl !== 'string' || !reference.conversation?.id) return undefined;
  return { reference, ...(typeof raw.replyToId === 'string' ? { replyToId: raw.replyToId } : {}) };
}
