// Vraagstukken: members propose, the coordinator selects and orders; the
// selected ones go into the draft export and the status. Region view: a
// coordinator appoints the region's lead, who sees every partnership of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/flows/draft/markdown';
import { loadDraft } from '../../../src/flows/draft/load';
import { nl } from '../../../src/texts/nl';
import { manualClock } from '../../support/manual-clock';
import { shown, startEngineHarness, type EngineHarness } from '../draft/engine-harness';

const clock = manualClock(new Date('2027-02-01T10:00:00Z'));
let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness({ now: () => clock.now() });
});
afterAll(() => h.dispose());

const t = nl.timeline;

async function development(): Promise<{ tenant: string; partnershipId: string }> {
  const world = await h.setUp();
  await h.db.prisma.partnership.update({ where: { id: world.partnership.id }, data: { reviewType: 'development', visitDate: new Date('2027-05-11T00:00:00Z') } });
  return { tenant: world.tenant, partnershipId: world.partnership.id };
}

describe('vraagstuk', () => {
  it('members propose, only a coordinator selects and orders; the selection is in the export and the status', async () => {
    const { tenant, partnershipId } = await development();
    expect(shown(await h.send(tenant, 'sam', 'vraagstukken'))).toContain(t.vraagstuk.none);
    expect(shown(await h.send(tenant, 'sam', 'vraagstuk Hoe betrekken we studenten bij de kwaliteitszorg?'))).toBe(t.vraagstuk.proposed(1));
    expect(shown(await h.send(tenant, 'anne', 'vraagstuk Hoe houden we de werkplekbegeleiding op niveau?'))).toBe(t.vraagstuk.proposed(2));
    expect(shown(await h.send(tenant, 'coby', 'vraagstuk Wat vraagt de inductie van startende leraren?'))).toBe(t.vraagstuk.proposed(3));

    expect(shown(await h.send(tenant, 'sam', 'vraagstuk kies 1'))).toBe(t.vraagstuk.onlyCoordinatorChooses(['Coby Coördinator', 'Dirk de Tweede']));
    expect(shown(await h.send(tenant, 'coby', 'vraagstuk kies 3 9'))).toBe(t.vraagstuk.badOrder('3 9'));
    expect(shown(await h.send(tenant, 'dirk', 'vraagstuk kies 3, 1'))).toBe(t.vraagstuk.ordered([3, 1]));
    const homes = await h.db.prisma.outboxMessage.findMany({ where: { workspaceId: tenant, target: { path: ['kind'], equals: 'home' } }, select: { message: true } });
    expect(homes).toHaveLength(4);
    expect(JSON.stringify(homes[0]!.message)).toContain('Wat vraagt de inductie');
    const list = shown(await h.send(tenant, 'anne', 'vraagstukken'));
    expect(list).toContain(t.vraagstuk.line(1, 'Hoe betrekken we studenten bij de kwaliteitszorg?', 'Sam Student', 2));
    expect(list).toContain(t.vraagstuk.line(2, 'Hoe houden we de werkplekbegeleiding op niveau?', 'Anne Schoolopleider', null));

    const markdown = await h.inTenant(tenant, async (scope) => renderMarkdown(await loadDraft(scope, (await scope.partnerships.get(partnershipId))!, 'nl'), 'clean'));
    expect(markdown).toContain(`## ${t.vraagstuk.exportHeading}\n\n1. Wat vraagt de inductie van startende leraren?\n2. Hoe betrekken we studenten bij de kwaliteitszorg?`);
    expect(markdown).not.toContain('werkplekbegeleiding op niveau');
    expect(shown(await h.send(tenant, 'sam', 'status'))).toContain(`**${t.status.vraagstukken}**\n1. Wat vraagt de inductie`);
  });

  it('belongs to the development-oriented review only', async () => {
    const { tenant } = await h.setUp();
    expect(shown(await h.send(tenant, 'sam', 'vraagstuk Een vraag'))).toBe(t.vraagstuk.onlyDevelopment);
  });
});

describe('status regio', () => {
  it('a coordinator appoints the region lead; the lead sees every partnership of the region, others are told who it is for', async () => {
    const { tenant } = await h.setUp();
    expect(shown(await h.send(tenant, 'olaf', 'status regio'))).toBe(t.status.notRegionLead);
    expect(shown(await h.send(tenant, 'sam', 'status regio aanstellen Olaf Buitenstaander'))).toBe(t.status.regionOnlyCoordinator(['Coby Coördinator', 'Dirk de Tweede']));
    expect(shown(await h.send(tenant, 'coby', 'status regio aanstellen Niemand Bekend'))).toBe(t.status.regionUnknownPerson('Niemand Bekend'));
    expect(shown(await h.send(tenant, 'coby', 'status regio aanstellen olaf buitenstaander'))).toBe(t.status.regionAppointed('olaf buitenstaander', 'Onderwijsregio Noord'));
    await h.send(tenant, 'coby', 'planning bezoek 2027-04-15');
    // A second partnership in the region, and one elsewhere.
    await h.inTenant(tenant, async (scope) => {
      const dirk = (await scope.partnerships.list())[0]!;
      const members = await scope.partnerships.members(dirk.id);
      const by = members.find((m) => m.role === 'coordinator')!.personId;
      await scope.partnerships.create({ name: 'Samen Sterk', region: 'Onderwijsregio Noord', sectors: ['VO'], reviewType: 'development', visitDate: null, updatesChannelId: null, createdById: by });
      await scope.partnerships.create({ name: 'Elders', region: 'Onderwijsregio Zuid', sectors: ['VO'], reviewType: 'development', visitDate: null, updatesChannelId: null, createdById: by });
    });
    const view = shown(await h.send(tenant, 'olaf', 'status regio'));
    expect(view).toContain(t.status.region('Onderwijsregio Noord', 2));
    // 1 Feb 2027: the concept self-evaluation (15 Jan) is the first open deadline, overdue.
    const items = 14;
    expect(view).toContain(t.status.regionLine('Opleiden in de Regio', t.phase('assessment-oriented.preparation'), `${t.date('2027-01-15')} ${t.milestone('assessment-oriented.concept-self-evaluation')}`, 0, items));
    expect(view).toContain(t.status.regionLine('Samen Sterk', t.status.noDates, t.status.none, 0, items));
    expect(view).not.toContain('Elders');
  });
});
