// Roles in a partnership and the visit-day conversation group each one joins
// (DUS-I verslag 2024: three 45-minute conversations with students, teacher
// educators and board members).
import { CONVERSATION_GROUP_IDS, type ConversationGroupId } from '../framework/schema';

export const PARTNER_ROLES = [
  'coordinator',
  'school_based_educator',
  'institute_based_educator',
  'workplace_mentor',
  'student',
  'board_member',
] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];


// The framework names the three conversations (bijlage 4); these are the same ones.
export const CONVERSATION_GROUPS = CONVERSATION_GROUP_IDS;
export type ConversationGroup = ConversationGroupId;

const groupOfRole: Record<PartnerRole, ConversationGroup> = {
  student: 'students',
  school_based_educator: 'teacher-educators',
  institute_based_educator: 'teacher-educators',
  workplace_mentor: 'teacher-educators',
  // The coordinator usually sits in the educators' conversation.
  coordinator: 'teacher-educators',
  board_member: 'board-members',
};

export function conversationGroupOf(role: PartnerRole): ConversationGroup {
  return groupOfRole[role];
}

export function isPartnerRole(value: string): value is PartnerRole {
  return (PARTNER_ROLES as readonly string[]).includes(value);
}
