// A partnership whose draft the dossier check has something to say about: a
// coordinator (the given person), a chosen text of wishes only (1.1), one of
// practice and a wish (2.1) and one of practice (2.2), a teacher educator's
// reflection on 2.1 and a board member's drill answer that contradicts it.
import type { Platform } from '../../src/core/turn';
import type { Database } from '../../src/store/database';
import { TurnStore } from '../../src/store/turn-store';
import { INTENTION, PRACTICE } from '../domain/draft/fixtures';
import { seedPartnership } from './partnerships';

export const DOSSIER = {
  wish: 'In de toekomst willen we de driehoeksgesprekken uitbreiden.',
  reflection: 'Het opleidingsprogramma is door school en opleiding samen ontworpen.',
  drill: 'Een gezamenlijk programma hebben we nog niet.',
} as const;

export async function seedDossier(db: Database, where: { platform: Platform; workspaceId: string }, coordinator: { userId: string; name: string }): Promise<string> {
  const { partnershipId, personIds } = await seedPartnership(db, where, [
    { ...coordinator, role: 'coordinator' },
    { userId: `${coordinator.userId}-ivo`, name: 'Ivo Instituut', role: 'institute_based_educator' },
    { userId: `${coordinator.userId}-bert`, name: 'Bert Bestuurder', role: 'board_member' },
  ]);
  const [coby, ivo, bert] = personIds as [string, string, string];
  await new TurnStore(db).withTenant(where.platform, where.workspaceId, async (scope) => {
    const save = (waarborgId: string, itemId: string, text: string) =>
      scope.drafts.save({ partnershipId, waarborgId, itemId, text, sourceContributionIds: [], editedById: coby, expected: 'absent' });
    await save('lerende-leraar', 'lerende-leraar.minimum.1', INTENTION);
    await save('leeromgeving', 'leeromgeving.minimum.1', `${PRACTICE}\n\n${INTENTION}`);
    await save('leeromgeving', 'leeromgeving.minimum.2', PRACTICE);
    await scope.contributions.save({ partnershipId, personId: ivo, role: 'institute_based_educator', waarborgId: 'leeromgeving', itemId: 'leeromgeving.minimum.1', text: DOSSIER.reflection, expected: 'absent' });
    await scope.drills.addAnswer(partnershipId, {
      personId: bert,
      role: 'board_member',
      groupId: 'board-members',
      questionId: 'q-leeromgeving',
      waarborgId: 'leeromgeving',
      text: DOSSIER.drill,
      strength: 'weak',
      draftMismatch: true,
    });
  });
  return partnershipId;
}
