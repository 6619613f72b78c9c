// Drill turns through the real engine: a question for the person's group (or
// the one they name), the answer kept with author and role, feedback tied to
// the partnership's own draft with a model answer from its chosen text, Leitner
// cards, later / stop / pause / resume beside the reflection's own words, own
// questions, readiness, and the coordinator's plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestMessage } from '../../../src/flows/timeline/digest';
import { scheduleOf } from '../../../src/flows/timeline/schedule';
import { OutboxRows, PostgresOutboxStore } from '../../../src/store/outbox-store';
import { type DrillHarness, type DrillWorld, buttonOf, shown, startDrillHarness } from './support';

let h: DrillHarness;
let world: DrillWorld;
beforeAll(async () => {
  h = await startDrillHarness();
  world = await h.setUp();
});
afterAll(() => h?.dispose());

const answers = () => h.inTenant(world.tenant, (s) => s.drills.answers(world.partnershipId));
const stateOf = (who: 'sam' | 'coby' | 'bram') => h.inTenant(world.tenant, (s) => s.drills.person(world.partnershipId, world.personIds[who]));

describe('a drill turn', () => {
  it('asks a question of the person’s own group, with its source, and takes the answer with feedback tied to the draft', async () => {
    const asked = await h.send(world.tenant, 'sam', 'oefenen leeromgeving');
    const text = shown(asked);
    expect(text).toContain('Oefenvraag · Leeromgeving · Gesprek met studenten');
    expect(text).toContain('Hoe komt het beroepsbeeld terug in het curriculum van de opleiding?');
    expect(text).toContain('Bron: DUS-I verslag 2024, bijlage 4 Oefenvragen, Gesprek 1: studenten, Waarborg 2: leeromgeving');

    const feedback = shown(await h.send(world.tenant, 'sam', 'We willen volgend jaar meer doen met het programma, maar er is nog geen gezamenlijk programma.'));
    expect(feedback).toContain('Dit kan nog een stuk sterker.');
    expect(feedback).toContain('Je vertelt wat jullie willen');
    expect(feedback).toContain('Mogelijke tegenspraak bij punt 2.1: jij zegt');
    expect(feedback).toContain('uit jullie eigen concept (punt 2.1)');
    expect(feedback).toContain('Het opleidingsprogramma is samen ontwikkeld door de schoolopleiders en de instituutsopleiders.');
    expect(feedback).not.toContain('Volgend jaar willen we de stages uitbreiden');
    expect(feedback).toContain('Deze vraag komt terug vanaf wo 7 apr');

    expect(await answers()).toMatchObject([
      { authorName: 'Sam Student', role: 'student', groupId: 'students', questionId: 'practice-question.students.leeromgeving.1', strength: 'weak', draftMismatch: true },
    ]);
    expect((await stateOf('sam')).cards).toEqual([
      { questionId: 'practice-question.students.leeromgeving.1', box: 1, dueOn: '2027-04-07', lastAnsweredOn: '2027-04-06', lastStrength: 'weak', answers: 1 },
    ]);
  });

  it('moves on to the next question, and a strong answer moves its card up', async () => {
    const asked = shown(await h.send(world.tenant, 'sam', 'oefenen leeromgeving'));
    expect(asked).toContain('Hoe besteden begeleiders en opleiders er aandacht aan?');
    const feedback = shown(
      await h.send(
        world.tenant,
        'sam',
        'Bij ons ontwerpen de schoolopleider en de instituutsopleider samen het programma. Ik had bijvoorbeeld in oktober een driehoeksgesprek met mijn werkplekbegeleider en mijn instituutsopleider over mijn lesbezoek.',
      ),
    );
    expect(feedback).toContain('Sterk antwoord');
    expect((await stateOf('sam')).cards.find((c) => c.questionId === 'practice-question.students.leeromgeving.2')).toMatchObject({ box: 2, dueOn: '2027-04-09' });
  });

  it('drills another group when asked, and postpones with later (button or word)', async () => {
    const asked = await h.send(world.tenant, 'sam', 'oefenen bestuurders organisatie');
    expect(shown(asked)).toContain('Gesprek met bestuurders');
    expect(shown(await h.send(world.tenant, 'sam', buttonOf(asked, 'Later')))).toContain('komt terug vanaf wo 7 apr');
    await h.send(world.tenant, 'sam', 'oefenen kwaliteitscultuur');
    expect(shown(await h.send(world.tenant, 'sam', 'later'))).toContain('komt terug vanaf');
    expect(shown(await h.send(world.tenant, 'sam', 'later'))).toContain('Er staat geen oefenvraag open');
  });

  it('answers through the Beantwoorden button of a question, as a job’s prompt has', async () => {
    const asked = await h.send(world.tenant, 'bram', 'oefenen', { conversationId: 'C-elsewhere', kind: 'channel', reference: {} });
    const opened = await h.send(world.tenant, 'bram', buttonOf(asked, 'Beantwoorden'));
    expect(shown(opened)).toContain('Gesprek met bestuurders');
    expect(shown(await h.send(world.tenant, 'bram', 'De stuurgroep stuurt samen met de besturen op kwaliteit.'))).toContain('Terugkoppeling');
    expect((await answers()).at(-1)).toMatchObject({ authorName: 'Bram Bestuurder', role: 'board_member', groupId: 'board-members' });
  });

  it('says so for an unknown group or waarborg', async () => {
    expect(shown(await h.send(world.tenant, 'sam', 'oefenen piraten'))).toContain('"piraten" ken ik niet als groep of waarborg');
  });
});

describe('stop, pause and resume', () => {
  it('stops, pauses until a date and resumes the drills; the bare words stay the reflection’s', async () => {
    expect(shown(await h.send(world.tenant, 'sam', 'stop oefenen'))).toContain('Je krijgt geen oefenvragen meer');
    expect((await stateOf('sam')).stopped).toBe(true);
    expect(shown(await h.send(world.tenant, 'sam', 'hervat oefenen'))).toContain('Je doet weer mee');
    expect(shown(await h.send(world.tenant, 'sam', 'pauze tot 2027-04-20'))).toContain('tot di 20 apr');
    expect((await stateOf('sam')).pausedUntil).toBe('2027-04-20');
    expect(shown(await h.send(world.tenant, 'sam', 'mijn oefening'))).toContain('Gepauzeerd tot di 20 apr');
    expect(shown(await h.send(world.tenant, 'sam', 'hervat'))).toContain('Je doet weer mee');
    expect((await stateOf('sam')).pausedUntil).toBeNull();
    expect(shown(await h.send(world.tenant, 'sam', 'pauze tot morgen'))).toContain('"morgen" lees ik niet als datum');
    // No reflection is open: the reflection's own answer to `pauze` and `stop`.
    const reflectionPause = shown(await h.send(world.tenant, 'sam', 'pauze'));
    expect(reflectionPause).not.toContain('oefenvragen');
    expect(shown(await h.send(world.tenant, 'sam', 'stop'))).toBe(reflectionPause);
  });

  it('shows the person’s own progress per Leitner box', async () => {
    const mine = shown(await h.send(world.tenant, 'sam', 'mijn oefening'));
    expect(mine).toContain('Je oefent voor het gesprek met studenten.');
    expect(mine).toContain('Doos 1 2/8');
    expect(mine).toContain('Doos 2 1/8');
    expect(mine).toContain('Nog niet geoefend: 5 vragen.');
    expect(mine).toContain('Je gaf 2 antwoorden, waarvan 1 sterk.');
    expect(shown(await h.send(world.tenant, 'sam', 'my practice'))).toBe(mine);
  });
});

describe('own questions', () => {
  it('a member proposes, only a coordinator accepts, edits or retires; an accepted one is drilled', async () => {
    expect(shown(await h.send(world.tenant, 'sam', 'vraag toevoegen studenten organisatie Wie is je aanspreekpunt op school?'))).toContain('als nummer 1');
    expect(shown(await h.send(world.tenant, 'sam', 'vraag accepteer 1'))).toContain('alleen een coördinator');
    expect(shown(await h.send(world.tenant, 'coby', 'vraag wijzig 1 Wie is jouw aanspreekpunt op school?'))).toContain('Vraag 1 is aangepast');
    expect(shown(await h.send(world.tenant, 'coby', 'vraag accepteer 1'))).toContain('Vraag 1 is geaccepteerd');
    expect(shown(await h.send(world.tenant, 'coby', 'vraag accepteer 1'))).toContain('Dat kan niet meer met vraag 1');
    expect(shown(await h.send(world.tenant, 'sam', 'vragen'))).toContain('1. [geaccepteerd] Gesprek met studenten · Organisatie: Wie is jouw aanspreekpunt op school? _(Sam Student)_');
    expect(shown(await h.send(world.tenant, 'coby', 'vraag accepteer 9'))).toContain('Vraag "9" ken ik niet');

    // Two framework questions for students on Organisatie, then the own one.
    const seen = [];
    for (let i = 0; i < 3; i++) {
      seen.push(shown(await h.send(world.tenant, 'sam', 'oefenen organisatie')));
      await h.send(world.tenant, 'sam', 'later');
    }
    expect(seen.some((s) => s.includes('Wie is jouw aanspreekpunt op school?') && s.includes('Een vraag van jullie eigen partnerschap'))).toBe(true);

    expect(shown(await h.send(world.tenant, 'coby', 'vraag intrekken 1'))).toContain('ingetrokken');
  });
});

describe('readiness and the plan', () => {
  it('shows the coordinator readiness per group and waarborg as bars', async () => {
    expect(shown(await h.send(world.tenant, 'sam', 'oefenstand'))).toContain('alleen een coördinator');
    const readiness = shown(await h.send(world.tenant, 'coby', 'oefenstand'));
    expect(readiness).toContain('Gesprek met studenten · Leeromgeving 2/3');
    expect(readiness).toContain('2 vragen geoefend door 1 persoon; 1 sterk; 1 keer andere woorden of tegenspraak met het concept');
    expect(readiness).toContain('Gesprek met bestuurders · Lerende leraar 1/2');
    expect(readiness).toContain('Gesprek met bestuurders · Leeromgeving 0/1');
    expect(readiness).not.toContain('Niet bereikt');
  });

  it('puts the same bars in the timeline’s weekly digest', async () => {
    const digest = await h.inTenant(world.tenant, async (scope) => {
      const partnership = (await scope.partnerships.get(world.partnershipId))!;
      const schedule = scheduleOf(partnership, await scope.timelines.get(partnership.id), h.clock.now())!;
      return digestMessage(scope, partnership, schedule, 'nl');
    });
    expect(shown(digest.thread ?? [])).toContain('Gesprek met studenten · Leeromgeving 2/3');
  });

  it('names the participants a prompt could not reach, with why', async () => {
    const [id] = await h.db.prisma.$transaction((tx) =>
      new OutboxRows(tx, { platform: 'slack', workspaceId: world.tenant, tenantId: '00000000-0000-0000-0000-000000000000', origin: 'job:drills.run:x', now: h.clock.now() }).enqueue(
        { kind: 'person', userId: 'U3' },
        [{ blocks: [{ type: 'text', text: 'Je oefenvraag' }] }],
        'nl',
      ),
    );
    await new PostgresOutboxStore(h.db).markFailed(id!, h.clock.now(), 'unreachable: user_not_found');
    const readiness = shown(await h.send(world.tenant, 'coby', 'oefenstand'));
    expect(readiness).toContain('Niet bereikt (de afgelopen week, zie ook `bezorging`):\n- Bram Bestuurder: ');
  });

  it('lets the coordinator switch the plan on and change it; shows it to everyone', async () => {
    expect(shown(await h.send(world.tenant, 'sam', 'oefenplan'))).toContain('Het oefenplan staat uit');
    expect(shown(await h.send(world.tenant, 'sam', 'oefenplan aan'))).toContain('alleen een coördinator');
    const on = shown(await h.send(world.tenant, 'coby', 'oefenplan aan'));
    expect(on).toContain('Het oefenplan staat aan.');
    expect(on).toContain('Van di 30 mrt tot en met di 4 mei, op di en do om 09:00 (Europe/Amsterdam), 2 vragen per week, als direct bericht.');
    expect(on).toContain('Volgende momenten: di 6 apr, do 8 apr en di 13 apr.');
    const plan = await h.inTenant(world.tenant, (s) => s.drills.plan(world.partnershipId));
    expect(plan).toMatchObject({ enabled: true, lastProcessed: h.clock.now(), nextRunAt: new Date('2027-04-06T07:00:00.000Z') });

    expect(shown(await h.send(world.tenant, 'coby', 'oefenplan dagen ma wo vr'))).toContain('op ma, wo en vr om 09:00');
    expect(shown(await h.send(world.tenant, 'coby', 'oefenplan tijd 16:30'))).toContain('om 16:30');
    expect(shown(await h.send(world.tenant, 'coby', 'oefenplan per-week 11'))).toContain('questions-per-week');
    expect(shown(await h.send(world.tenant, 'coby', 'oefenplan kanaal'))).toContain('oefenplan aan');
    // A holiday period over the next two slot days: the next moments skip it.
    expect(shown(await h.send(world.tenant, 'coby', 'oefenplan vakantie 2027-04-07 2027-04-09'))).toContain('Volgende momenten: ma 12 apr, wo 14 apr en ma 19 apr.');
    expect((await h.inTenant(world.tenant, (s) => s.drills.plan(world.partnershipId)))?.holidays).toEqual([{ start: '2027-04-07', end: '2027-04-09' }]);
    expect(shown(await h.send(world.tenant, 'coby', 'oefenplan vakantie wis'))).toContain('Volgende momenten: wo 7 apr');
    expect(shown(await h.send(world.tenant, 'coby', 'oefenplan zone America/Curacao'))).toContain('(America/Curacao)');
    expect(shown(await h.send(world.tenant, 'coby', 'oefenplan zone Mars/Olympus'))).toContain('oefenplan aan');
    await h.send(world.tenant, 'coby', 'oefenplan goede-vrijdag aan');
    expect((await h.inTenant(world.tenant, (s) => s.drills.plan(world.partnershipId)))?.goodFriday).toBe(true);
    // A group of the partnership's own, drawing the students' questions; Sam chooses it.
    await h.send(world.tenant, 'coby', 'oefenplan groep Zij-instromers studenten');
    expect((await h.inTenant(world.tenant, (s) => s.drills.plan(world.partnershipId)))?.groups).toEqual([
      { id: 'own:zij-instromers', name: 'Zij-instromers', conversation: 'students' },
    ]);
    expect(shown(await h.send(world.tenant, 'sam', 'mijn groep Zij-instromers'))).toContain('Je oefent voor het zij-instromers.');
    expect(shown(await h.send(world.tenant, 'sam', 'oefenen'))).toContain('Oefenvraag · Lerende leraar · Zij-instromers');
    await h.send(world.tenant, 'sam', 'later');
    expect(shown(await h.send(world.tenant, 'sam', 'mijn groep standaard'))).toContain('Je oefent voor het gesprek met studenten.');
    expect(shown(await h.send(world.tenant, 'sam', 'mijn groep piraten'))).toContain('"piraten" ken ik niet');
    expect(shown(await h.send(world.tenant, 'coby', 'oefenplan uit'))).toContain('Het oefenplan staat uit; er gaan geen oefenvragen meer uit.');
  });
});
