// A partnership with its members, written straight through the stores: the
// starting point of the flow and adapter tests that are not about setting one up.
import type { Platform } from '../../src/core/turn';
import type { NewPartnership, PartnerRole } from '../../src/domain/partnership';
import type { Database } from '../../src/store/database';
import { TurnStore } from '../../src/store/turn-store';

export interface Member {
  /** The platform's user id (Slack user, Teams aadObjectId). */
  userId: string;
  name: string;
  role: PartnerRole;
}

/** In one workspace: the members as people, a partnership the first one creates, and every member's role. */
export async function seedPartnership(
  db: Database,
  where: { platform: Platform; workspaceId: string },
  members: readonly Member[],
  partnership: Partial<Omit<NewPartnership, 'createdById'>> = {},
): Promise<{ partnershipId: string; personIds: string[] }> {
  return new TurnStore(db).withTenant(where.platform, where.workspaceId, async (scope) => {
    const people = [];
    for (const member of members) people.push(await scope.upsertPerson(member.userId, member.name));
    const created = await scope.partnerships.create({
      name: 'Opleiden in de Regio',
      region: 'Onderwijsregio Noord',
      sectors: ['VO'],
      reviewType: 'assessment',
      visitDate: null,
      updatesChannelId: null,
      ...partnership,
      createdById: people[0]!.id,
    });
    for (const [i, member] of members.entries()) await scope.partnerships.setRole(created.id, people[i]!.id, member.role);
    return { partnershipId: created.id, personIds: people.map((p) => p.id) };
  });
}
