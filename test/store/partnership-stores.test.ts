import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database';
import { NameTakenError } from '../../src/domain/partnership';
import { TurnStore, type TenantScope } from '../../src/store/turn-store';
import { uniqueId } from '../support/bot';
import { openTestDatabase, testBackends } from '../support/databases';

describe.each(testBackends)('partnership, contribution and draft stores on %s', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let store: TurnStore;
  beforeAll(async () => {
    ({ db, dispose } = await openTestDatabase(backend));
    store = new TurnStore(db);
  });
  afterAll(() => dispose());

  const inTenant = <T>(tenant: string, work: (scope: TenantScope) => Promise<T>) => store.withTenant('slack', tenant, work);

  async function setUp(tenant: string) {
    return inTenant(tenant, async (scope) => {
      const coordinator = await scope.upsertPerson('U1', 'Coby Coördinator');
      const student = await scope.upsertPerson('U2', 'Sam Student');
      const partnership = await scope.partnerships.create({
        name: 'Opleiden in de Regio',
        region: 'Onderwijsregio Noord',
        sectors: ['PO', 'VO'],
        reviewType: 'assessment',
        visitDate: '2027-04-14',
        updatesChannelId: 'C1',
        createdById: coordinator.id,
      });
      await scope.partnerships.setRole(partnership.id, student.id, 'student');
      return { coordinator, student, partnership };
    });
  }

  it('creates a partnership with its creator as coordinator, and lists members and memberships', async () => {
    const tenant = uniqueId('T');
    const { partnership, coordinator, student } = await setUp(tenant);
    expect(partnership).toMatchObject({ name: 'Opleiden in de Regio', sectors: ['PO', 'VO'], visitDate: '2027-04-14', version: 0 });
    const members = await inTenant(tenant, (scope) => scope.partnerships.members(partnership.id));
    expect(members).toEqual([
      { personId: coordinator.id, platformUserId: 'U1', locale: null, displayName: 'Coby Coördinator', role: 'coordinator' },
      { personId: student.id, platformUserId: 'U2', locale: null, displayName: 'Sam Student', role: 'student' },
    ]);
    const mine = await inTenant(tenant, (scope) => scope.partnerships.forPerson(student.id));
    expect(mine.map((m) => [m.partnership.id, m.role])).toEqual([[partnership.id, 'student']]);
    // A taken name is refused without breaking the transaction: the turn can still answer and commit.
    const afterClash = await inTenant(tenant, async (scope) => {
      const clash = await scope.partnerships.create({ ...partnership, sectors: ['MBO'], createdById: coordinator.id }).catch((e) => e);
      expect(clash).toBeInstanceOf(NameTakenError);
      return scope.partnerships.list();
    });
    expect(afterClash).toHaveLength(1);
    const limited = await inTenant(tenant, (scope) =>
      scope.partnerships.create({ ...partnership, name: 'Tweede', wordLimitPerWaarborg: 900, createdById: coordinator.id }),
    );
    expect(limited.wordLimitPerWaarborg).toBe(900);
  });

  it('refuses a stale partnership update and returns what is there now', async () => {
    const tenant = uniqueId('T');
    const { partnership } = await setUp(tenant);
    const updated = await inTenant(tenant, (scope) => scope.partnerships.update(partnership.id, 0, { visitDate: '2027-05-01' }));
    expect(updated).toMatchObject({ ok: true, saved: { visitDate: '2027-05-01', version: 1 } });
    const stale = await inTenant(tenant, (scope) => scope.partnerships.update(partnership.id, 0, { region: 'Zuid' }));
    expect(stale).toMatchObject({ ok: false, conflict: { region: 'Onderwijsregio Noord', visitDate: '2027-05-01', version: 1 } });
  });

  it('keeps one contribution per person and item, with author and role, and detects a stale revision', async () => {
    const tenant = uniqueId('T');
    const { partnership, student, coordinator } = await setUp(tenant);
    const base = { partnershipId: partnership.id, waarborgId: 'leeromgeving', itemId: 'leeromgeving.minimum.1' };
    const written = await inTenant(tenant, (scope) => scope.contributions.save({ ...base, personId: student.id, role: 'student', text: 'Eerste versie', expected: 'absent' }));
    if (!written.ok) throw new Error('the first answer to an item cannot conflict');
    const first = written.saved;
    await inTenant(tenant, (scope) => scope.contributions.save({ ...base, personId: coordinator.id, role: 'coordinator', text: 'Van de coördinator', expected: 'absent' }));
    const revised = await inTenant(tenant, (scope) =>
      scope.contributions.save({ ...base, personId: student.id, role: 'student', text: 'Herzien', expected: first.version }),
    );
    expect(revised).toMatchObject({ ok: true, saved: { text: 'Herzien', version: 1, authorName: 'Sam Student', role: 'student' } });
    const stale = await inTenant(tenant, (scope) =>
      scope.contributions.save({ ...base, personId: student.id, role: 'student', text: 'Oud', expected: 0 }),
    );
    expect(stale).toMatchObject({ ok: false, conflict: { text: 'Herzien', version: 1 } });
    // Answered elsewhere while this person still saw no answer: a conflict too, not an overwrite.
    const unseen = await inTenant(tenant, (scope) =>
      scope.contributions.save({ ...base, personId: student.id, role: 'student', text: 'Ook nieuw', expected: 'absent' }),
    );
    expect(unseen).toMatchObject({ ok: false, conflict: { text: 'Herzien', version: 1 } });
    // A revision of an answer that is not there is no overwrite of anything.
    const gone = await inTenant(tenant, (scope) =>
      scope.contributions.save({ ...base, itemId: 'leeromgeving.minimum.2', personId: student.id, role: 'student', text: 'Nergens', expected: 3 }),
    );
    expect(gone).toEqual({ ok: false, conflict: null });
    const all = await inTenant(tenant, (scope) => scope.contributions.list(partnership.id, { itemId: base.itemId }));
    expect(all.map((c) => [c.authorName, c.text])).toEqual([
      ['Sam Student', 'Herzien'],
      ['Coby Coördinator', 'Van de coördinator'],
    ]);
    await inTenant(tenant, (scope) => scope.contributions.declineFollowUp(first.id, 'ask-partners'));
    await inTenant(tenant, (scope) => scope.contributions.declineFollowUp(first.id, 'ask-partners'));
    const declined = await inTenant(tenant, (scope) => scope.contributions.find(partnership.id, student.id, base.itemId));
    expect(declined?.declinedFollowUps).toEqual(['ask-partners']);
  });

  it('saves draft entries only from the version the editor saw', async () => {
    const tenant = uniqueId('T');
    const { partnership, coordinator } = await setUp(tenant);
    const entry = { partnershipId: partnership.id, waarborgId: 'organisatie', itemId: 'organisatie.minimum.1', sourceContributionIds: [], editedById: coordinator.id };
    const saved = await inTenant(tenant, (scope) => scope.drafts.save({ ...entry, text: 'Versie A', expected: 'absent' }));
    expect(saved).toMatchObject({ ok: true, saved: { text: 'Versie A', version: 0, editorName: 'Coby Coördinator' } });
    await inTenant(tenant, (scope) => scope.drafts.save({ ...entry, text: 'Versie B', expected: 0 }));
    // A second editor who also started from nothing, or from version 0, loses nothing: they get the current text.
    for (const expected of ['absent', 0] as const) {
      const conflict = await inTenant(tenant, (scope) => scope.drafts.save({ ...entry, text: 'Versie C', expected }));
      expect(conflict).toMatchObject({ ok: false, conflict: { text: 'Versie B', version: 1 } });
    }
    const missing = await inTenant(tenant, (scope) => scope.drafts.save({ ...entry, itemId: 'organisatie.minimum.2', text: 'Versie X', expected: 0 }));
    expect(missing).toEqual({ ok: false, conflict: null });
    expect(await inTenant(tenant, (scope) => scope.drafts.list(partnership.id))).toHaveLength(1);
  });

  it('never shows one tenant the partnerships or contributions of another', async () => {
    const [a, b] = [uniqueId('T'), uniqueId('T')];
    const { partnership } = await setUp(a);
    expect(await inTenant(b, (scope) => scope.partnerships.get(partnership.id))).toBeNull();
    expect(await inTenant(b, (scope) => scope.partnerships.list())).toEqual([]);
    expect(await inTenant(b, (scope) => scope.contributions.list(partnership.id))).toEqual([]);
    expect(await inTenant(b, (scope) => scope.partnerships.members(partnership.id))).toEqual([]);
  });
});
