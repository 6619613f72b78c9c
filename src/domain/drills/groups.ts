/**
 * Drill groups: who practises which questions. The three visit-day conversations
 * (DUS-I verslag 2024: students, teacher educators, board members, 45 minutes each) are
 * the built-in groups; a partnership may add its own (say, "zij-instromers" or
 * "schoolleiders"), each drawing the framework questions of one of the three
 * conversations it resembles, plus the partnership's own questions for that group.
 */
import type { ConversationGroupId } from '../framework';
import { CONVERSATION_GROUPS, conversationGroupOf, type PartnerRole } from '../partnership';

/** A built-in conversation id, or the id of a partnership's own group (`own:<slug>`). */
export type DrillGroupId = ConversationGroupId | `own:${string}`;

/** A group the partnership added. Its name is the partnership's own words, shown as written. */
export interface OwnDrillGroup {
  id: `own:${string}`;
  name: string;
  /** The visit-day conversation whose framework questions this group drills too. */
  conversation: ConversationGroupId;
}

const OWN_GROUP_ID = /^own:[a-z0-9][a-z0-9-]{0,39}$/;

function isOwnGroupId(value: string): value is `own:${string}` {
  return OWN_GROUP_ID.test(value);
}

export function isDrillGroupId(value: string): value is DrillGroupId {
  return (CONVERSATION_GROUPS as readonly string[]).includes(value) || isOwnGroupId(value);
}

/** The conversation a group prepares for: itself for a built-in one, its `conversation` for an own one. */
export function conversationOfGroup(groupId: DrillGroupId, own: readonly OwnDrillGroup[]): ConversationGroupId | undefined {
  if (!isOwnGroupId(groupId)) return groupId;
  return own.find((g) => g.id === groupId)?.conversation;
}

/**
 * The group a person drills: the coordinator's assignment to one of the partnership's
 * groups when there is one (and it still exists), else the visit-day conversation of
 * their role (a coordinator sits with the teacher educators, `roles.ts`).
 */
export function drillGroupOf(person: { role: PartnerRole; assignedGroup?: DrillGroupId }, own: readonly OwnDrillGroup[]): DrillGroupId {
  const assigned = person.assignedGroup;
  if (assigned !== undefined && conversationOfGroup(assigned, own) !== undefined) return assigned;
  return conversationGroupOf(person.role);
}
