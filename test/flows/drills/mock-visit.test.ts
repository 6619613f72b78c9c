// A mock visit in one Slack thread through the real engine: started with a
// group, one question per waarborg, two people answer, the summary names what
// was covered, the examples, the divergence and the questions left; the time
// running out closes it (the next turn, or the job at the end, once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/turn';
import { mockCloseJob } from '../../../src/flows/drills';
import { type DrillHarness, type DrillWorld, shown, startDrillHarness } from './support';

let h: DrillHarness;
let world: DrillWorld;
beforeAll(async () => {
  h = await startDrillHarness(new Date('2027-04-06T12:00:00.000Z'));
  world = await h.setUp();
  // Bram joins the students for the round's sake: a second voice in the thread.
});
afterAll(() => h?.dispose());

const thread = (ts: string): Place => ({ conversationId: 'C-proef', kind: 'channel', threadId: ts, reference: {} });

describe('proefbezoek', () => {
  it('runs a round in a thread and closes it with a summary', async () => {
    const place = thread('1.0001');
    const started = shown(await h.send(world.tenant, 'sam', 'proefbezoek studenten', place));
    expect(started).toContain('Proefbezoek: gesprek met studenten');
    expect(started).toContain('45 minuten, tot 14:45');
    expect(started).toContain('1. _Lerende leraar_: Herkennen jullie het beroepsbeeld in de praktijk?');
    expect(started).toContain('4. _Kwaliteitscultuur_:');
    expect(shown(await h.send(world.tenant, 'coby', 'proefbezoek', place))).toContain('Hier loopt al een proefbezoek, tot 14:45');

    expect(shown(await h.send(world.tenant, 'sam', 'antwoord 2 Het programma maken de schoolopleider en de instituutsopleider samen; ik zag het in oktober bij mijn lesbezoek met mijn mentor.', place))).toContain(
      'Genoteerd: vraag 2, Sam Student.',
    );
    await h.send(world.tenant, 'bram', 'antwoord 2 Er is nog geen gezamenlijk programma op de scholen.', place);
    await h.send(world.tenant, 'bram', 'antwoord 3 Dat weet ik niet.', place);
    expect(shown(await h.send(world.tenant, 'bram', 'antwoord 7 Iets', place))).toContain('"7" is geen vraag van deze ronde (1 tot en met 4)');
    expect((await h.inTenant(world.tenant, (s) => s.drills.answers(world.partnershipId))).filter((a) => a.mockVisitId)).toHaveLength(3);

    const summary = shown(await h.send(world.tenant, 'coby', 'proefbezoek klaar', place));
    expect(summary).toContain('Samenvatting van het proefbezoek');
    // One finding per line, as a list.
    expect(summary).toContain('- Besproken waarborgen: Leeromgeving en Organisatie.\n- Niet besproken: Lerende leraar en Kwaliteitscultuur.\n- Zonder antwoord');
    expect(summary).toContain('Zonder antwoord: vragen 1 en 4.');
    expect(summary).toContain('2 personen gaven 3 antwoorden; 1 met een concreet voorbeeld.');
    expect(summary).toContain('Vraag 2: Sam Student zegt "Het programma maken');
    expect(summary).toContain('Bram Bestuurder zegt "Er is nog geen gezamenlijk programma op de scholen."');
    expect(shown(await h.send(world.tenant, 'coby', 'proefbezoek klaar', place))).toContain('Hier loopt geen proefbezoek');
    expect(shown(await h.send(world.tenant, 'sam', 'antwoord 1 Te laat', place))).toContain('Hier loopt geen proefbezoek');
  });

  it('closes when the time is up: the first turn after it, or the job at the end, once', async () => {
    const place = thread('2.0002');
    expect(shown(await h.send(world.tenant, 'sam', 'proefbezoek 10', place))).toContain('10 minuten');
    h.clock.advance(11 * 60_000);
    const late = shown(await h.send(world.tenant, 'sam', 'antwoord 1 Ja, dat herken ik.', place));
    expect(late).toContain('De tijd is om');
    expect(late).toContain('Er is geen enkele vraag beantwoord.');

    const other = thread('3.0003');
    await h.send(world.tenant, 'sam', 'proefbezoek', other);
    const visit = await h.inTenant(world.tenant, (s) => s.drills.openMockVisit(world.partnershipId, 'C-proef', '3.0003'));
    expect(h.scheduled.at(-1)).toMatchObject({ name: 'drills.mock-close', data: { mockVisitId: visit!.id }, runAt: visit!.endsAt, key: `drills.mock-close:${visit!.id}` });
    h.clock.advance(46 * 60_000);
    const run = () =>
      h.store.runJob(
        { platform: 'slack', workspaceId: world.tenant, jobId: `close-${Math.random()}`, name: mockCloseJob.name },
        (ctx) => mockCloseJob.run(ctx, { partnershipId: world.partnershipId, mockVisitId: visit!.id }),
        h.clock.now(),
      );
    await Promise.all([run(), run()]);
    const posted = await h.db.prisma.outboxMessage.findMany({ where: { workspaceId: world.tenant, origin: { startsWith: 'job:drills.mock-close' } } });
    // Once: "time is up" and the summary.
    expect(posted).toHaveLength(2);
    expect(JSON.stringify(posted[1]!.message)).toContain('Samenvatting van het proefbezoek');
  });
});
