// Roles in a partnership and the visit-day conversation group each one joins
// (DUS-I verslag 2024: three 45-minute conversations with students, teacher
// educators and board members).
export const PARTNER_ROLES = [
  'coordinator',
  'school_based_educator',
  'institute_based_educator',
  'workplace_mentor',
  'student',
  'board_member',
] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const CONVERSATION_GROUPS = ['students', 'teacher-educators', 'board-members'] as const;
export type ConversationGroup = (typeof CONVERSATION_GROUPS)[number];

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
