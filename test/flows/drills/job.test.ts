// The `drills.run` job on one PostgreSQL database: three instances running it
// at once send each participant's prompt once; a rerun sends nothing; a pause
// holds one person's prompt; a run that dies after claiming its keys leaves
// nothing behind and the next run sends; prompts missed while the bot was down
// follow the catch-up rule. Time comes from the harness's manual clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DrillHarness, type DrillWorld, startDrillHarness } from './support';

let h: DrillHarness;
let world: DrillWorld;
beforeAll(async () => {
  // Tuesday 6 April 2027, 08:00 in Amsterdam.
  h = await startDrillHarness(new Date('2027-04-06T06:00:00.000Z'));
  world = await h.setUp();
});
afterAll(() => h?.dispose());

const jobRows = async () =>
  (await h.db.prisma.outboxMessage.findMany({ where: { workspaceId: world.tenant, origin: { startsWith: 'job:' } }, orderBy: { id: 'asc' } })).map((r) => ({
    to: (r.target as { userId?: string }).userId ?? JSON.stringify(r.target),
    text: JSON.stringify(r.message),
  }));
const prompts = () => h.db.prisma.drillPrompt.findMany({ where: { partnershipId: world.partnershipId }, orderBy: [{ at: 'asc' }, { key: 'asc' }] });
const setTo = (iso: string) => h.clock.advance(new Date(iso).getTime() - h.clock.now().getTime());

describe('drills.run', () => {
  it('is due at the first slot after the plan was switched on', async () => {
    await h.send(world.tenant, 'coby', 'oefenplan aan');
    setTo('2027-04-06T06:59:00.000Z');
    expect(await h.runJob(world.tenant, world.partnershipId)).toBe('done');
    expect(await jobRows()).toEqual([]);
    const plan = await h.inTenant(world.tenant, (s) => s.drills.plan(world.partnershipId));
    expect(plan?.nextRunAt?.toISOString()).toBe('2027-04-06T07:00:00.000Z');
  });

  it('sends each participant one prompt, by direct message, though three instances run at once', async () => {
    setTo('2027-04-06T07:00:30.000Z');
    await Promise.all([0, 1, 2].map(() => h.runJob(world.tenant, world.partnershipId)));
    const rows = await jobRows();
    const byPerson = new Map<string, number>();
    for (const r of rows) byPerson.set(r.to, (byPerson.get(r.to) ?? 0) + 1);
    // Each prompt is an intro and one question per question of the slot (one on Tuesday).
    expect([...byPerson.entries()].sort()).toEqual([
      ['U1', 2],
      ['U2', 2],
      ['U3', 2],
    ]);
    const textTo = (id: string) => rows.filter((r) => r.to === id).map((r) => r.text).join('\n');
    expect(textTo('U2')).toContain('Gesprek met studenten');
    expect(textTo('U2')).toContain('drills.answer');
    expect(textTo('U2')).toContain('stop oefenen');
    expect(textTo('U3')).toContain('Gesprek met bestuurders');
    expect((await prompts()).map((p) => [p.key.split(':').slice(1).join(':'), p.outcome])).toEqual(
      [world.personIds.coby, world.personIds.sam, world.personIds.bram].map((id) => [`${id}:2027-04-06`, 'sent']).sort(),
    );
    await h.runJob(world.tenant, world.partnershipId);
    expect(await jobRows()).toHaveLength(rows.length);
    const plan = await h.inTenant(world.tenant, (s) => s.drills.plan(world.partnershipId));
    expect(plan?.nextRunAt?.toISOString()).toBe('2027-04-08T07:00:00.000Z');
  });

  it('leaves out a person who paused until a later date', async () => {
    await h.send(world.tenant, 'sam', 'pauze tot 2027-04-09');
    const before = (await jobRows()).length;
    setTo('2027-04-08T07:01:00.000Z');
    await h.runJob(world.tenant, world.partnershipId);
    const sent = (await jobRows()).slice(before).map((r) => r.to);
    expect([...new Set(sent)].sort()).toEqual(['U1', 'U3']);
  });

  it('a run that dies after claiming its keys leaves nothing; the next run sends', async () => {
    const before = (await jobRows()).length;
    setTo('2027-04-13T07:01:00.000Z');
    await expect(
      h.store.runJob({ platform: 'slack', workspaceId: world.tenant, jobId: 'crash-1', name: 'drills.run' }, async (ctx) => {
        const { drillsJob } = await import('../../../src/flows/drills');
        await drillsJob.run(ctx, { partnershipId: world.partnershipId });
        throw new Error('killed between claim and commit');
      }, h.clock.now()),
    ).rejects.toThrow('killed');
    expect(await jobRows()).toHaveLength(before);
    expect((await prompts()).filter((p) => p.key.endsWith('2027-04-13'))).toEqual([]);
    await h.runJob(world.tenant, world.partnershipId);
    expect((await prompts()).filter((p) => p.key.endsWith('2027-04-13')).map((p) => p.outcome)).toEqual(['sent', 'sent', 'sent']);
  });

  it('after downtime sends only the latest missed slot in working hours, and skips the rest with a reason', async () => {
    // Down from Tuesday 13 April until Tuesday 20 April, 21:00: the 15th and the 20th were missed.
    setTo('2027-04-20T19:00:00.000Z');
    const before = (await jobRows()).length;
    await h.runJob(world.tenant, world.partnershipId);
    expect(await jobRows()).toHaveLength(before);
    const skipped = (await prompts()).filter((p) => p.outcome.startsWith('skipped')).map((p) => [p.key.split(':').slice(1).join(':'), p.outcome]);
    expect(skipped).toEqual([
      ['slot:2027-04-15', 'skipped:superseded'],
      ['slot:2027-04-20', 'skipped:outside-working-hours'],
    ]);
    // Down over Thursday 22 April 09:00, back at 10:30: still in working hours, so it goes out.
    setTo('2027-04-22T08:30:00.000Z');
    await h.runJob(world.tenant, world.partnershipId);
    expect((await prompts()).filter((p) => p.key.endsWith('2027-04-22')).map((p) => p.outcome)).toEqual(['sent', 'sent', 'sent']);
  });

  it('after the last slot runs once more at the start of the visit day, then not again', async () => {
    setTo('2027-05-04T07:01:00.000Z');
    await h.runJob(world.tenant, world.partnershipId);
    const plan = await h.inTenant(world.tenant, (s) => s.drills.plan(world.partnershipId));
    // Tuesday 11 May, 00:00 in Amsterdam.
    expect(plan?.nextRunAt?.toISOString()).toBe('2027-05-10T22:00:00.000Z');
    setTo('2027-05-10T22:00:30.000Z');
    await h.runJob(world.tenant, world.partnershipId);
    expect((await h.inTenant(world.tenant, (s) => s.drills.plan(world.partnershipId)))?.nextRunAt).toBeNull();
  });

  it('sends nothing once the plan is off', async () => {
    await h.send(world.tenant, 'coby', 'oefenplan uit');
    const before = (await jobRows()).length;
    setTo('2027-05-11T07:01:00.000Z');
    await h.runJob(world.tenant, world.partnershipId);
    expect(await jobRows()).toHaveLength(before);
  });
});

describe('drills.run to a channel', () => {
  it('posts each participant’s prompt, with their name, in the channel the coordinator chose', async () => {
    const other = await h.setUp();
    setTo('2027-05-03T06:00:00.000Z');
    const channel = { conversationId: 'C-oefenen', kind: 'channel' as const, reference: {} };
    await h.send(other.tenant, 'coby', 'oefenplan aan', channel);
    await h.send(other.tenant, 'coby', 'oefenplan kanaal', channel);
    setTo('2027-05-04T07:00:10.000Z');
    await h.runJob(other.tenant, other.partnershipId);
    const rows = await h.db.prisma.outboxMessage.findMany({ where: { workspaceId: other.tenant, origin: { startsWith: 'job:' } }, orderBy: { id: 'asc' } });
    expect(new Set(rows.map((r) => (r.target as { kind: string; conversationId?: string }).conversationId))).toEqual(new Set(['C-oefenen']));
    const text = rows.map((r) => JSON.stringify(r.message)).join('\n');
    for (const name of ['Coby Coördinator', 'Sam Student', 'Bram Bestuurder']) expect(text).toContain(`**${name}**`);
  });
});
