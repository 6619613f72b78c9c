// A partnership's drills inside its tenant: the plan as saved, a person's state
// made on first read and locked, a prompt key claimed once, answers with author
// and role, own questions with their status and version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DrillSettings } from '../../src/domain/drills';
import type { Database } from '../../src/store/database';
import { TurnStore, type TenantScope } from '../../src/store/turn-store';
import { uniqueId } from '../support/bot';
import { openTestDatabase, testBackends } from '../support/databases';
import { seedPartnership } from '../support/partnerships';

describe.each(testBackends)('drill store on %s', (backend) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let store: TurnStore;
  beforeAll(async () => {
    ({ db, dispose } = await openTestDatabase(backend));
    store = new TurnStore(db);
  });
  afterAll(() => dispose());

  const inTenant = <T>(tenant: string, work: (scope: TenantScope) => Promise<T>) => store.withTenant('slack', tenant, work);
  const seed = (tenant: string) =>
    seedPartnership(
      db,
      { platform: 'slack', workspaceId: tenant },
      [
        { userId: 'U1', name: 'Coby', role: 'coordinator' },
        { userId: 'U2', name: 'Sam', role: 'student' },
      ],
      { visitDate: '2027-05-11' },
    );
  const settings: DrillSettings = {
    enabled: true,
    startDate: '2027-03-30',
    weekdays: [1, 3],
    time: '16:30',
    timeZone: 'America/Curacao',
    questionsPerWeek: 3,
    holidays: [{ start: '2027-04-24', end: '2027-05-02' }],
    goodFriday: true,
    groups: [{ id: 'own:zij-instromers', name: 'Zij-instromers', conversation: 'students' }],
    channelId: null,
    groupChannels: { students: 'CSTUDENTEN', 'own:zij-instromers': null },
    lastProcessed: new Date('2027-03-01T10:00:00.000Z'),
    nextRunAt: new Date('2027-03-30T20:30:00.000Z'),
  };

  it('saves the plan and reads it back; locks it; another tenant sees none', async () => {
    const tenant = uniqueId('T');
    const { partnershipId } = await seed(tenant);
    expect(await inTenant(tenant, (s) => s.drills.lockPlan(partnershipId))).toBeNull();
    await inTenant(tenant, (s) => s.drills.savePlan(partnershipId, settings));
    expect(await inTenant(tenant, (s) => s.drills.lockPlan(partnershipId))).toEqual(settings);
    await inTenant(tenant, (s) => s.drills.savePlan(partnershipId, { ...settings, enabled: false, startDate: null }));
    expect(await inTenant(tenant, (s) => s.drills.plan(partnershipId))).toMatchObject({ enabled: false, startDate: null });
    expect(await inTenant(uniqueId('T'), (s) => s.drills.plan(partnershipId))).toBeNull();
    await expect(inTenant(uniqueId('T'), (s) => s.drills.savePlan(partnershipId, settings))).rejects.toThrow(/not found/);
  });

  it('makes a member’s state on first read and writes it back; claims a prompt key once', async () => {
    const tenant = uniqueId('T');
    const { partnershipId, personIds } = await seed(tenant);
    const sam = personIds[1]!;
    const blank = await inTenant(tenant, (s) => s.drills.person(partnershipId, sam));
    expect(blank).toEqual({ personId: sam, assignedGroup: null, pausedUntil: null, stopped: false, cards: [], lastQuestionId: null, openSince: null });
    const changed = {
      ...blank,
      pausedUntil: '2027-04-20',
      stopped: true,
      cards: [{ questionId: 'q', box: 2, dueOn: '2027-04-04', answers: 1 }],
      lastQuestionId: 'q',
      openSince: new Date('2027-04-01T07:00:00.000Z'),
    };
    await inTenant(tenant, (s) => s.drills.savePerson(partnershipId, changed));
    expect(await inTenant(tenant, (s) => s.drills.person(partnershipId, sam))).toEqual(changed);
    expect((await inTenant(tenant, (s) => s.drills.participants(partnershipId))).map((p) => [p.displayName, p.role, p.platformUserId])).toEqual([
      ['Coby', 'coordinator', 'U1'],
      ['Sam', 'student', 'U2'],
    ]);

    const prompt = { key: `${partnershipId}:${sam}:2027-04-01`, outcome: 'sent', questionIds: ['q'], at: new Date() };
    expect(await inTenant(tenant, (s) => s.drills.claimPrompt(partnershipId, prompt))).toBe(true);
    expect(await inTenant(tenant, (s) => s.drills.claimPrompt(partnershipId, prompt))).toBe(false);
    expect(await inTenant(uniqueId('T'), (s) => s.drills.claimPrompt(partnershipId, { ...prompt, key: 'other' }))).toBe(false);
  });

  it('keeps answers with author and role, and own questions with status and version', async () => {
    const tenant = uniqueId('T');
    const { partnershipId, personIds } = await seed(tenant);
    await inTenant(tenant, (s) =>
      s.drills.addAnswer(partnershipId, {
        personId: personIds[1]!,
        role: 'student',
        groupId: 'students',
        questionId: 'practice-question.students.leeromgeving.1',
        waarborgId: 'leeromgeving',
        text: 'Het programma maken we samen.',
        strength: 'partial',
        draftMismatch: true,
      }),
    );
    expect(await inTenant(tenant, (s) => s.drills.answers(partnershipId))).toMatchObject([
      { authorName: 'Sam', role: 'student', groupId: 'students', strength: 'partial', draftMismatch: true },
    ]);

    const proposed = await inTenant(tenant, (s) =>
      s.drills.proposeQuestion(partnershipId, { groupId: 'students', waarborgId: 'organisatie', text: 'Wie is je aanspreekpunt?', proposedById: personIds[1]! }),
    );
    expect(proposed).toMatchObject({ number: 1, status: 'proposed', proposedByName: 'Sam', version: 0 });
    const accepted = await inTenant(tenant, (s) => s.drills.updateQuestion(partnershipId, proposed.id, 0, { status: 'accepted', text: 'Wie is jouw aanspreekpunt?' }));
    expect(accepted).toMatchObject({ ok: true, saved: { status: 'accepted', text: 'Wie is jouw aanspreekpunt?', version: 1 } });
    const stale = await inTenant(tenant, (s) => s.drills.updateQuestion(partnershipId, proposed.id, 0, { status: 'retired' }));
    expect(stale).toMatchObject({ ok: false, conflict: { status: 'accepted', version: 1 } });
  });
});
