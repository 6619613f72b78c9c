// Who has written what: per waarborg and per visit-day group, how many of the
// group's members wrote at least one of the waarborg's items; and who wrote
// nothing yet (they get the coordinator's reminder). Facts only: texts word them.
import { framework } from '../framework';
import type { Contribution } from './contribution';
import type { Member } from './partnership';
import { CONVERSATION_GROUPS, conversationGroupOf, type ConversationGroup } from './roles';

export interface GroupCount {
  group: ConversationGroup;
  /** Members of the group who wrote something here. */
  written: number;
  /** Members of the group. */
  total: number;
}

export interface WaarborgParticipation {
  waarborgId: string;
  groups: GroupCount[];
}

export interface Participation {
  perWaarborg: WaarborgParticipation[];
  /** Over all waarborgen. */
  overall: GroupCount[];
  /** Members who wrote nothing yet, in the order of `members`. */
  silent: Member[];
}

export function participationOf(members: readonly Member[], contributions: readonly Contribution[]): Participation {
  const written = contributions.filter((c) => c.text.trim().length > 0);
  const count = (wrote: (member: Member) => boolean): GroupCount[] =>
    CONVERSATION_GROUPS.map((group) => {
      const inGroup = members.filter((m) => conversationGroupOf(m.role) === group);
      return { group, written: inGroup.filter(wrote).length, total: inGroup.length };
    });
  const perWaarborg = framework.waarborgen.map((waarborg) => {
    const items = new Set(waarborg.minimumItems.map((item) => item.id));
    const authors = new Set(written.filter((c) => c.waarborgId === waarborg.id && items.has(c.itemId)).map((c) => c.personId));
    return { waarborgId: waarborg.id, groups: count((m) => authors.has(m.personId)) };
  });
  const anyAuthors = new Set(written.map((c) => c.personId));
  return { perWaarborg, overall: count((m) => anyAuthors.has(m.personId)), silent: members.filter((m) => !anyAuthors.has(m.personId)) };
}
