// The timeline's job: every notification at its moment and once; the catch-up
// rule after downtime and for a partnership set up late; the coordinators' DM
// when there is no channel, with the hint once; two runs at once post once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/store/database';
import { TurnStore } from '../../../src/store/turn-store';
import { nl } from '../../../src/texts/nl';
import { openTestDatabase } from '../../support/databases';
import { LIMITS, renderMessage } from '../../../adapters/slack/render-blocks';
import type { Message } from '../../../src/core/turn';
import { CHANNEL, outcomesOf, postsOf, runAt, seedTimeline } from './harness';

/** Slack's limits on one rendered message: 50 blocks, 3000 characters a section, 150 a header. */
function withinBlockKit(message: Message): void {
  for (const rendered of renderMessage(message, { openFormLabel: 'Open', formRef: () => 'ref' })) {
    expect(rendered.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    expect(rendered.text.length).toBeLessThanOrEqual(LIMITS.fallback);
    for (const block of rendered.blocks) {
      if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(LIMITS.section);
      if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.header);
    }
  }
}

let db: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase('postgresql'));
});
afterAll(() => dispose());

const t = nl.timeline;
const CONCEPT = 'assessment-oriented.concept-self-evaluation';
const phaseStarted = t.notification.post('phase-started', t.phase('assessment-oriented.preparation'), t.date('2026-12-15'));
const concept = (kind: 'deadline-in-7-days' | 'deadline-in-1-day' | 'deadline-passed') => t.notification.post(kind, t.milestone(CONCEPT), t.date('2027-01-15'));

describe('timeline job', () => {
  it('posts a phase start, the 7-day and 1-day reminders and an unmet deadline each at its moment, once, in the channel', async () => {
    // Assessment-oriented, visit Thursday 15 April 2027: the preparation starts Tuesday 15 Dec 2026
    // 09:00 Amsterdam (08:00Z); the concept self-evaluation is due Friday 15 Jan 2027 17:00 (16:00Z).
    const seeded = await seedTimeline(db);
    const texts = async () => (await postsOf(db, seeded)).map((p) => `${p.to}: ${p.text}`);
    await runAt(db, seeded, '2026-12-15T07:59:00Z');
    expect(await texts()).toEqual([]);
    await runAt(db, seeded, '2026-12-15T08:00:00Z');
    await runAt(db, seeded, '2026-12-15T08:00:00Z');
    await runAt(db, seeded, '2026-12-16T08:00:00Z');
    expect(await texts()).toEqual([`${CHANNEL}: ${phaseStarted}`]);
    await runAt(db, seeded, '2027-01-08T15:59:00Z');
    await runAt(db, seeded, '2027-01-08T16:00:00Z');
    await runAt(db, seeded, '2027-01-14T16:00:00Z');
    await runAt(db, seeded, '2027-01-15T16:00:00Z');
    // Not every day again.
    await runAt(db, seeded, '2027-01-16T16:00:00Z');
    await runAt(db, seeded, '2027-01-17T16:00:00Z');
    expect(await texts()).toEqual([
      `${CHANNEL}: ${phaseStarted}`,
      `${CHANNEL}: ${concept('deadline-in-7-days')}`,
      `${CHANNEL}: ${concept('deadline-in-1-day')}`,
      `${CHANNEL}: ${concept('deadline-passed')}`,
    ]);
    const settings = await db.prisma.timelineSettings.findUniqueOrThrow({ where: { partnershipId: seeded.partnershipId } });
    expect(settings.lastProcessed).toEqual(new Date('2027-01-17T16:00:00Z'));
    // The next moment: the own questions' 7-day reminder, Thursday 21 Jan 17:00.
    expect(settings.nextRunAt).toEqual(new Date('2027-01-21T16:00:00Z'));
  });

  it('after downtime posts only what is still relevant, and records the rest as skipped with its reason', async () => {
    const seeded = await seedTimeline(db);
    await runAt(db, seeded, '2026-12-15T08:00:00Z');
    // Down from 15 Dec to 15 Jan 11:00: the 7-day reminder is superseded, the 1-day one still holds.
    await runAt(db, seeded, '2027-01-15T10:00:00Z');
    expect((await postsOf(db, seeded)).map((p) => p.text)).toEqual([phaseStarted, concept('deadline-in-1-day')]);
    expect(await outcomesOf(db, seeded)).toEqual({
      'assessment-oriented.preparation:phase-started:2026-12-15': 'posted',
      [`${CONCEPT}:deadline-in-7-days:2027-01-15`]: 'skipped:superseded',
      [`${CONCEPT}:deadline-in-1-day:2027-01-15`]: 'posted',
    });
    // Down again for a week: the unmet deadline is more than three days old, so it is not posted.
    await runAt(db, seeded, '2027-01-22T10:00:00Z');
    const outcomes = await outcomesOf(db, seeded);
    expect(outcomes[`${CONCEPT}:deadline-passed:2027-01-15`]).toBe('skipped:stale');
    // The own questions' 7-day reminder (21 Jan 17:00) is still before its 1-day one: posted.
    expect(outcomes['assessment-oriented.own-questions:deadline-in-7-days:2027-01-28']).toBe('posted');
    expect(await postsOf(db, seeded)).toHaveLength(3);
  });

  it('set up late: the phase that runs is announced, older reminders are not (no burst of stale posts)', async () => {
    const seeded = await seedTimeline(db);
    const lines: Array<{ message: string; fields?: Record<string, unknown> }> = [];
    const note = (message: string, fields?: Record<string, unknown>) => lines.push({ message, ...(fields ? { fields } : {}) });
    await runAt(db, seeded, '2027-02-01T09:00:00Z', new TurnStore(db), { debug: note, info: note, warn: note, error: note });
    // Each skip has its line in the log, with its reason.
    expect(lines).toContainEqual({
      message: 'timeline notification skipped',
      fields: { partnershipId: seeded.partnershipId, key: `${seeded.partnershipId}:${CONCEPT}:deadline-passed:2027-01-15`, reason: 'stale' },
    });
    expect((await postsOf(db, seeded)).map((p) => p.text)).toEqual([phaseStarted]);
    const outcomes = await outcomesOf(db, seeded);
    expect(Object.values(outcomes).filter((o) => o === 'posted')).toHaveLength(1);
    expect(outcomes[`${CONCEPT}:deadline-passed:2027-01-15`]).toBe('skipped:stale');
    expect(outcomes['assessment-oriented.own-questions:deadline-in-1-day:2027-01-28']).toBe('skipped:superseded');
  });

  it('two runs at the same moment (two instances, or the queue handing it out twice) post once', async () => {
    const seeded = await seedTimeline(db);
    const stores = [new TurnStore(db), new TurnStore(db), new TurnStore(db)];
    await Promise.all(stores.map((store) => runAt(db, seeded, '2026-12-15T08:00:00Z', store)));
    await Promise.all(stores.map((store) => runAt(db, seeded, '2027-01-08T16:00:00Z', store)));
    expect((await postsOf(db, seeded)).map((p) => p.text)).toEqual([phaseStarted, concept('deadline-in-7-days')]);
  });

  it('without an updates channel, reminds the coordinators by DM and tells them once how to set the channel', async () => {
    const seeded = await seedTimeline(db, { updatesChannelId: null });
    await runAt(db, seeded, '2026-12-15T08:00:00Z');
    await runAt(db, seeded, '2027-01-08T16:00:00Z');
    const posts = await postsOf(db, seeded);
    expect(posts.map((p) => p.to)).toEqual(['dm:UCOBY', 'dm:UDIRK', 'dm:UCOBY', 'dm:UDIRK']);
    // Whom it is for, the post, and the first time how to set the channel; the second time without it.
    const lead = t.notification.viaDm('Opleiden in de Regio');
    expect(posts[0]!.text).toBe(`${lead}\n${phaseStarted}\n${t.notification.channelHint}`);
    expect(posts[1]!.text).toBe(posts[0]!.text);
    expect(posts[2]!.text).toBe(`${lead}\n${concept('deadline-in-7-days')}`);
    const stored = await db.prisma.timelineSettings.findUniqueOrThrow({ where: { partnershipId: seeded.partnershipId } });
    expect(stored.channelHintAt).toEqual(new Date('2026-12-15T08:00:00Z'));
  });

  it('a channel the bot does not know yet counts as none: the coordinators get it', async () => {
    const seeded = await seedTimeline(db, { updatesChannelId: 'CNEVERSEEN' });
    await runAt(db, seeded, '2026-12-15T08:00:00Z');
    expect((await postsOf(db, seeded)).map((p) => p.to)).toEqual(['dm:UCOBY', 'dm:UDIRK']);
  });

  it('posts the weekly digest at its day and time, once: a short line, the details in its thread; a digest missed by a day is skipped', async () => {
    // Monday 09:00 Amsterdam. The first run (Tuesday 15 Dec) posts no digest of the day before.
    const seeded = await seedTimeline(db, {}, { digest: { weekday: 1, time: '09:00' } });
    await db.prisma.contribution.create({
      data: {
        tenantId: seeded.tenantId,
        partnershipId: seeded.partnershipId,
        personId: (await db.prisma.person.findFirstOrThrow({ where: { tenantId: seeded.tenantId, platformUserId: 'USAM' } })).id,
        role: 'student',
        waarborgId: 'leeromgeving',
        itemId: 'leeromgeving.minimum.2',
        text: 'Elke week een driehoeksgesprek met mijn schoolopleider en instituutsopleider.',
      },
    });
    await runAt(db, seeded, '2026-12-15T08:00:00Z');
    await runAt(db, seeded, '2026-12-21T07:59:00Z');
    expect(await postsOf(db, seeded)).toHaveLength(1);
    await runAt(db, seeded, '2026-12-21T08:00:00Z');
    await runAt(db, seeded, '2026-12-21T09:00:00Z');
    const posts = await postsOf(db, seeded);
    expect(posts).toHaveLength(2);
    const digest = posts[1]!.message;
    expect(posts[1]!.to).toBe(CHANNEL);
    expect(posts[1]!.text).toBe(t.digest.top('Opleiden in de Regio', t.phase('assessment-oriented.preparation'), 3, 0));
    const details = digest.thread![0]!;
    const progress = details.blocks.filter((b) => b.type === 'progress');
    // Four waarborgen and three visit-day groups; the student answered one Leeromgeving item.
    expect(progress).toHaveLength(7);
    expect(progress[1]).toMatchObject({ done: 1 });
    expect(progress.find((b) => b.label.startsWith(nl.partnership.names.groups.students))).toMatchObject({ done: 1 });
    expect(JSON.stringify(details)).toContain(t.status.readiness);
    withinBlockKit(digest);
    withinBlockKit(details);
    expect((await outcomesOf(db, seeded))[`digest:2026-12-21`]).toBe('posted');
    // Down from Monday 28 Dec 08:00 until Tuesday 10:00: more than a day late, so skipped.
    await runAt(db, seeded, '2026-12-27T08:00:00Z');
    await runAt(db, seeded, '2026-12-29T09:00:00Z');
    expect((await outcomesOf(db, seeded))['digest:2026-12-28']).toBe('skipped:stale');
    expect(await postsOf(db, seeded)).toHaveLength(2);
  });

  it('keeps a reminder at the deadline’s local time across the DST change (7 days before 17:00 CEST is 17:00 CET)', async () => {
    // Summer time starts Sunday 28 March 2027; an own deadline on Thursday 1 April 17:00 CEST (15:00Z).
    const own = { id: 'own.rehearsal', phaseId: 'assessment-oriented.preparation', kind: 'deadline' as const, date: '2027-04-01', title: 'Generale repetitie' };
    const seeded = await seedTimeline(db, {}, { digest: { weekday: 0, time: '09:00' }, overrides: { moved: [], done: [], added: [own] } });
    await runAt(db, seeded, '2027-03-20T12:00:00Z');
    const ownKeys = async () => Object.entries(await outcomesOf(db, seeded)).filter(([key, outcome]) => key.startsWith('own.rehearsal') && outcome === 'posted').map(([key]) => key);
    await runAt(db, seeded, '2027-03-25T15:59:00Z');
    expect(await ownKeys()).toEqual([]);
    // Thursday 25 March, 17:00 CET = 16:00Z: 168 hours earlier would have been 15:00Z.
    await runAt(db, seeded, '2027-03-25T16:00:00Z');
    expect(await ownKeys()).toEqual(['own.rehearsal:deadline-in-7-days:2027-04-01']);
    await runAt(db, seeded, '2027-03-31T14:59:00Z');
    await runAt(db, seeded, '2027-03-31T15:00:00Z');
    await runAt(db, seeded, '2027-04-01T15:00:00Z');
    expect(await ownKeys()).toEqual(['own.rehearsal:deadline-in-7-days:2027-04-01', 'own.rehearsal:deadline-in-1-day:2027-04-01', 'own.rehearsal:deadline-passed:2027-04-01']);
    expect((await postsOf(db, seeded)).map((p) => p.text)).toContain(t.notification.post('deadline-in-1-day', 'Generale repetitie', t.date('2027-04-01')));
  });

  it('publishes the members’ home views once after progress changed, at the latest five minutes on, and not again', async () => {
    const seeded = await seedTimeline(db);
    await runAt(db, seeded, '2026-12-15T08:00:00Z');
    const homes = () => db.prisma.outboxMessage.count({ where: { workspaceId: seeded.tenant, target: { path: ['kind'], equals: 'home' } } });
    // The phase start was posted: three members, three home views.
    expect(await homes()).toBe(3);
    const at = new Date('2026-12-16T10:00:00Z');
    const store = new TurnStore(db);
    for (let i = 0; i < 3; i++) await store.withTenant('slack', seeded.tenant, (scope) => scope.timelines.homesStale(seeded.partnershipId, new Date(at.getTime() + i * 60_000), new Date(at.getTime() + 5 * 60_000 + i * 60_000)));
    const settings = await db.prisma.timelineSettings.findUniqueOrThrow({ where: { partnershipId: seeded.partnershipId } });
    // Marked once, by the first change; the run it asks for comes five minutes after it.
    expect(settings.homeStaleSince).toEqual(at);
    expect(settings.nextRunAt).toEqual(new Date('2026-12-16T10:05:00Z'));
    expect((await store.timelinesDue(new Date('2026-12-16T10:05:00Z'), 10_000)).map((d) => d.partnershipId)).toContain(seeded.partnershipId);
    await runAt(db, seeded, '2026-12-16T10:05:00Z');
    expect(await homes()).toBe(6);
    await runAt(db, seeded, '2026-12-16T10:06:00Z');
    expect(await homes()).toBe(6);
    expect((await db.prisma.timelineSettings.findUniqueOrThrow({ where: { partnershipId: seeded.partnershipId } })).homeStaleSince).toBeNull();
  });

  it('publishes the home views after progress changed for a partnership with no visit date too', async () => {
    const seeded = await seedTimeline(db, { visitDate: null });
    const homes = () => db.prisma.outboxMessage.count({ where: { workspaceId: seeded.tenant, target: { path: ['kind'], equals: 'home' } } });
    const store = new TurnStore(db);
    const at = new Date('2026-12-16T10:00:00Z');
    await store.withTenant('slack', seeded.tenant, (scope) => scope.timelines.homesStale(seeded.partnershipId, at, new Date('2026-12-16T10:05:00Z')));
    expect((await store.timelinesDue(new Date('2026-12-16T10:04:00Z'), 10_000)).map((d) => d.partnershipId)).not.toContain(seeded.partnershipId);
    expect((await store.timelinesDue(new Date('2026-12-16T10:05:00Z'), 10_000)).map((d) => d.partnershipId)).toContain(seeded.partnershipId);
    await runAt(db, seeded, '2026-12-16T10:05:00Z');
    expect(await homes()).toBe(3);
    expect((await store.timelinesDue(new Date('2026-12-16T10:06:00Z'), 10_000)).map((d) => d.partnershipId)).not.toContain(seeded.partnershipId);
    // Nothing was posted to the channel: there is no timeline without a visit date.
    expect(await postsOf(db, seeded)).toEqual([]);
  });
});

