// `planning` and `status` through the real engine, at a manual clock: everyone
// sees; only a coordinator changes, and anyone else is told who can; a change
// runs the timeline at once (a moved deadline's reminder, a milestone done is
// posted once to the channel).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, renderMessage } from '../../../adapters/slack/render-blocks';
import { loadMessage, type StoredMessage } from '../../../src/core/message-codec';
import type { Message } from '../../../src/core/turn';
import type { Target } from '../../../src/core/outgoing';
import { en } from '../../../src/texts/en';
import { nl } from '../../../src/texts/nl';
import { manualClock } from '../../support/manual-clock';
import { shown, startEngineHarness, type EngineHarness } from '../draft/engine-harness';

const clock = manualClock(new Date('2026-12-16T10:00:00Z'));
let h: EngineHarness;
beforeAll(async () => {
  h = await startEngineHarness({ now: () => clock.now() });
});
afterAll(() => h.dispose());

const t = nl.timeline;
const CHANNEL = { conversationId: 'CUPD', kind: 'channel' as const, reference: { channel: 'CUPD' } };
const CONCEPT = 'assessment-oriented.concept-self-evaluation';

/** What went to the updates channel (and, as `dm:<user>`, to people), oldest first. */
async function posts(tenant: string): Promise<string[]> {
  const rows = await h.db.prisma.outboxMessage.findMany({ where: { workspaceId: tenant }, orderBy: { id: 'asc' }, select: { target: true, message: true } });
  return rows.flatMap((row) => {
    const target = row.target as unknown as Target;
    if (target.kind === 'reply' || target.kind === 'home') return [];
    const text = loadMessage(row.message as unknown as StoredMessage).blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    return [`${target.kind === 'person' ? `dm:${target.userId}` : target.conversationId}: ${text}`];
  });
}

/** Within Block Kit: 50 blocks a message, 3000 characters a section. */
function withinBlockKit(messages: Message[]): void {
  for (const message of messages) {
    for (const rendered of renderMessage(message, { openFormLabel: 'Open', formRef: () => 'ref' })) {
      expect(rendered.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
      for (const block of rendered.blocks) if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(LIMITS.section);
    }
  }
}

describe('planning', () => {
  it('only a coordinator changes anything; anyone else is told who can, for every change', async () => {
    const { tenant } = await h.setUp();
    const changes = ['verplaats 1 2027-01-20', 'klaar 1', 'nieuw 2027-03-01 Repetitie', 'bezoek 2027-04-15', 'type ontwikkelingsgericht', 'tijdzone Europe/Amsterdam', 'vakantie 2027-02-15 2027-02-19', 'kanaal', 'overzicht vrijdag 16:00'];
    for (const change of changes) {
      expect(shown(await h.send(tenant, 'sam', `planning ${change}`))).toBe(t.onlyCoordinator(['Coby Coördinator', 'Dirk de Tweede']));
      expect(shown(await h.send(tenant, 'anne', `timeline ${change}`))).toBe(t.onlyCoordinator(['Coby Coördinator', 'Dirk de Tweede']));
    }
    // Nothing changed.
    const stored = await h.db.prisma.partnership.findFirstOrThrow({ where: { tenant: { externalId: tenant } } });
    expect(stored.visitDate).toBeNull();
    expect(await h.db.prisma.timelineSettings.count({ where: { partnershipId: stored.id } })).toBe(0);
    // Someone in no partnership is told to join or set one up first.
    expect(shown(await h.send(tenant, 'olaf', 'planning bezoek 2027-04-15'))).toBe(nl.partnership.noPartnership);
    expect(shown(await h.send(tenant, 'olaf', 'status'))).toBe(nl.partnership.noPartnership);
  });

  it('a coordinator sets the visit date, the channel and moves, marks done and adds; each change runs the timeline at once', async () => {
    const { tenant } = await h.setUp();
    expect(shown(await h.send(tenant, 'sam', 'planning'))).toContain(t.planning.noVisitDate);
    expect(shown(await h.send(tenant, 'coby', 'planning kanaal', CHANNEL))).toBe(nl.partnership.channel.set('Opleiden in de Regio'));
    expect(shown(await h.send(tenant, 'coby', 'planning kanaal'))).toBe(t.planning.channelInDm);

    // 16 Dec 2026, 11:00: the preparation (from 15 Dec) is running; it is announced at once.
    expect(shown(await h.send(tenant, 'coby', 'planning bezoek 15-4-2027'))).toBe(t.planning.visitDateSet(t.date('2027-04-15')));
    const phase = t.notification.post('phase-started', t.phase('assessment-oriented.preparation'), t.date('2026-12-15'));
    expect(await posts(tenant)).toEqual([`CUPD: ${phase}`]);

    const view = shown(await h.send(tenant, 'sam', 'planning'));
    expect(view).toContain(`1. ${t.date('2027-01-15')}: ${t.milestone(CONCEPT)}`);
    expect(view).not.toContain(t.planning.coordinatorHelp);
    expect(shown(await h.send(tenant, 'coby', 'planning'))).toContain(t.planning.coordinatorHelp);

    // Moved to Sunday 20 Dec: its 7-day moment has passed and still holds, so it is posted now.
    expect(shown(await h.send(tenant, 'coby', 'planning verplaats concept-self-evaluation 2026-12-20'))).toBe(t.planning.moved(t.milestone(CONCEPT), t.date('2026-12-20')));
    const sevenDays = t.notification.post('deadline-in-7-days', t.milestone(CONCEPT), t.date('2026-12-20'));
    expect(await posts(tenant)).toEqual([`CUPD: ${phase}`, `CUPD: ${sevenDays}`]);
    expect(shown(await h.send(tenant, 'sam', 'planning'))).toContain(`${t.date('2026-12-20')}: ${t.milestone(CONCEPT)} (${t.planning.movedFrom(t.date('2027-01-15'))})`);

    // Marked done by number: posted once; a second time says so and posts nothing.
    expect(shown(await h.send(tenant, 'dirk', 'planning klaar 1'))).toBe(t.planning.markedDone(t.milestone(CONCEPT)));
    expect(shown(await h.send(tenant, 'coby', 'planning klaar 1'))).toBe(t.planning.alreadyDone(t.milestone(CONCEPT)));
    const done = t.notification.done(t.milestone(CONCEPT), 'Dirk de Tweede');
    expect(await posts(tenant)).toEqual([`CUPD: ${phase}`, `CUPD: ${sevenDays}`, `CUPD: ${done}`]);
    // Done means no 1-day reminder and no unmet-deadline post later.
    clock.advance(10 * 24 * 3_600_000);
    expect(shown(await h.send(tenant, 'coby', 'planning nieuw 2027-03-01 Generale repetitie'))).toBe(
      t.planning.added('Generale repetitie', t.date('2027-03-01'), t.phase('assessment-oriented.preparation')),
    );
    expect(await posts(tenant)).toHaveLength(3);
    expect(shown(await h.send(tenant, 'anne', 'planning'))).toMatch(new RegExp(`\\d+\\. ${t.date('2027-03-01')}: Generale repetitie \\(${t.planning.own}\\)`));
  });

  it('refuses what it cannot read, and says how to write it', async () => {
    const { tenant } = await h.setUp();
    expect(shown(await h.send(tenant, 'coby', 'planning verplaats 1 2027-01-20'))).toBe(t.planning.needsVisitDate);
    expect(shown(await h.send(tenant, 'coby', 'planning bezoek 31-2-2027'))).toBe(t.planning.badDate('31-2-2027'));
    await h.send(tenant, 'coby', 'planning bezoek 2027-04-15');
    expect(shown(await h.send(tenant, 'coby', 'planning verplaats 99 2027-01-20'))).toBe(t.planning.unknownMilestone('99'));
    expect(shown(await h.send(tenant, 'coby', 'planning tijdzone Mars/Olympus'))).toBe(t.planning.badZone('Mars/Olympus'));
    expect(shown(await h.send(tenant, 'coby', 'planning type halfgericht'))).toBe(t.planning.badReviewType('halfgericht'));
    expect(shown(await h.send(tenant, 'coby', 'planning vakantie 2027-02-19 2027-02-15'))).toBe(t.planning.badHoliday);
    expect(shown(await h.send(tenant, 'coby', 'planning overzicht zondag 25:00'))).toBe(t.planning.badDigest('zondag 25:00'));
    expect(shown(await h.send(tenant, 'coby', 'planning nieuw 2027-03-01'))).toBe(t.planning.noTitle);
    expect(shown(await h.send(tenant, 'coby', 'planning zomaar'))).toBe(t.planning.usage);
  });

  it('sets the zone, holidays, digest and review type, and shows them', async () => {
    const { tenant } = await h.setUp();
    await h.send(tenant, 'coby', 'planning bezoek 2027-05-11');
    expect(shown(await h.send(tenant, 'coby', 'planning type ontwikkelingsgericht'))).toBe(t.planning.reviewTypeSet(t.reviewType('development-oriented')));
    expect(shown(await h.send(tenant, 'coby', 'planning tijdzone America/Curacao'))).toBe(t.planning.timeZoneSet('America/Curacao'));
    // A holiday in the ten working days before the visit moves "sent to the panel" earlier.
    expect(shown(await h.send(tenant, 'coby', 'planning vakantie 2027-04-26 2027-04-30'))).toBe(t.planning.holidayAdded(t.date('2027-04-26'), t.date('2027-04-30')));
    expect(shown(await h.send(tenant, 'coby', 'planning overzicht vr 16:30'))).toBe(t.planning.digestSet(5, '16:30'));
    const view = shown(await h.send(tenant, 'sam', 'planning'));
    expect(view).toContain(t.planning.summary(t.reviewType('development-oriented'), t.date('2027-05-11'), 'America/Curacao'));
    expect(view).toContain(`${t.date('2027-04-20')}: ${t.milestone('development-oriented.send-to-panel')}`);
    expect(view).toContain(t.planning.digest(5, '16:30'));
    // Thirteen milestones, a dozen own ones and a holiday: still one message within Block Kit's limits.
    for (let i = 1; i <= 12; i++) await h.send(tenant, 'coby', `planning nieuw 2027-03-${String(i).padStart(2, '0')} Eigen mijlpaal nummer ${i} met een wat langere titel`);
    withinBlockKit(await h.send(tenant, 'coby', 'planning'));
    withinBlockKit(await h.send(tenant, 'sam', 'status'));
    expect(shown(await h.send(tenant, 'coby', 'planning overzicht uit'))).toBe(t.planning.digestOff);
    expect(shown(await h.send(tenant, 'coby', 'planning vakantie wis'))).toBe(t.planning.holidaysCleared);
  });
});

describe('status', () => {
  it('shows everyone the phase, the next three deadlines and the progress; in English for who chose it', async () => {
    const { tenant } = await h.setUp();
    expect(shown(await h.send(tenant, 'sam', 'status'))).toContain(t.status.noVisitDate);
    await h.send(tenant, 'coby', 'planning bezoek 2027-04-15');
    const messages = await h.send(tenant, 'sam', 'status');
    const text = shown(messages);
    expect(text).toContain(t.status.phase(t.phase('assessment-oriented.preparation')));
    expect(text).toContain(t.status.deadline(t.milestone(CONCEPT), t.date('2027-01-15'), false));
    expect(text).toContain(t.status.deadline(t.milestone('assessment-oriented.final-dossier'), t.date('2027-03-04'), false));
    expect(text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
    const bars = messages.flatMap((m) => m.blocks).filter((b) => b.type === 'progress');
    expect(bars).toHaveLength(7);
    // The harness's two contributions: a student and a school-based educator on Leeromgeving 2.
    expect(bars[1]).toMatchObject({ done: 1 });
    await h.send(tenant, 'sam', 'taal en');
    expect(shown(await h.send(tenant, 'sam', 'status'))).toContain(en.timeline.status.phase(en.timeline.phase('assessment-oriented.preparation')));
  });
});
