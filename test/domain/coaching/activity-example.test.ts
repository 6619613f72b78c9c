import { describe, expect, it } from 'vitest';
import { analyseAnswer, type StudentSignal, type WaarborgId } from '../../../src/domain/coaching';

const run = (text: string, waarborgId: WaarborgId = 'organisatie') => analyseAnswer(text, { waarborgId });

describe('concrete example by any actor: found', () => {
  it.each<[string, StudentSignal[]]>([
    ['De stuurgroep komt vier keer per jaar bijeen en stelt het jaarplan vast.', ['activity', 'time-or-number', 'instrument']],
    ['Elk jaar in juni houden we een evaluatiedag met studenten, mentoren, schoolopleiders en instituutsopleiders; de uitkomsten gaan naar de stuurgroep.', ['actor', 'activity', 'time-or-number', 'co-actor']],
    ['Tweemaal per jaar is er een bijeenkomst voor alle werkplekbegeleiders, georganiseerd door de schoolopleiders.', ['activity', 'time-or-number', 'actor']],
    ['De schoolopleider voert elk kwartaal een gesprek met de instituutsopleider.', ['actor', 'activity', 'time-or-number', 'co-actor']],
    ['Elke maand kijkt de schoolopleider in groep 5 mee bij een les van de mentor.', ['actor', 'where', 'activity']],
    ['Each semester the institute-based educator visits every placement school and observes a lesson together with the mentor.', ['actor', 'activity', 'time-or-number', 'co-actor']],
    ['The steering group meets four times a year and sets the annual plan.', ['activity', 'time-or-number']],
    // the writer or a student by first name acting, anchored in time or a past event
    ['In groep 3 heb ik drie weken lang de leeshoek opnieuw ingericht met boeken op niveau.', ['actor', 'where', 'past-event']],
    ['Op 14 maart hebben we een werkconferentie gehouden over de taakverdeling.', ['actor', 'activity', 'time-or-number', 'past-event']],
    ['In block 2 I designed a practical assignment for first-year students.', ['actor', 'time-or-number', 'past-event']],
    ['Zo bereidt Sanne haar lesbezoek voor met haar mentor en filmt ze de les.', ['activity', 'actor']],
    ['Every month the school-based educator and the university tutor hold a meeting at the school.', ['actor', 'activity', 'where']],
  ])('%j', (text, signals) => {
    const a = run(text);
    expect(a.hasStudentExample).toBe(true);
    const evidence = a.studentExamples.find((e) => e.reason === 'activity')!;
    expect(evidence).toBeDefined();
    for (const s of signals) expect(evidence.signals.map((x) => x.signal)).toContain(s);
    // Each signal names the words that triggered it.
    for (const s of evidence.signals) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('the issue\'s student example (with partners) is found, as a student example', () => {
    const a = run(
      'Op maandag oefent een derdejaars met haar werkplekbegeleider een rekenles, en daarna bespreken ze met de schoolopleider wat de leerlingen ervan leerden.',
      'leeromgeving',
    );
    expect(a.hasStudentExample).toBe(true);
    expect(a.partnersNamed).toEqual(['schoolopleider', 'werkplekbegeleider', 'student']);
  });

  it('makes a general-looking answer concrete: the evaluatiedag is no longer "too general"', () => {
    const a = run('Elk jaar in juni houden we een evaluatiedag met studenten, mentoren, schoolopleiders en instituutsopleiders; de uitkomsten gaan naar de stuurgroep.', 'kwaliteitscultuur');
    expect(a.criteria.map((c) => c.id)).toContain('concrete');
    expect(a.criteria.map((c) => c.id)).toContain('jointness');
  });
});

describe('concrete example by any actor: not found', () => {
  it.each([
    ['Dat gaat goed.', 'nothing concrete'],
    ['De schoolopleider begeleidt de studenten.', 'an actor acting, nothing else'],
    ['Studenten worden begeleid door een werkplekbegeleider en een instituutsopleider.', 'passive policy wording'],
    ['Student teachers are supervised by a mentor at school.', 'passive, English'],
    ['In het opleidingsplan staat welke taken de schoolopleider en de instituutsopleider bij de beoordeling hebben.', 'a document and roles, no activity'],
    ['Er is een stuurgroep.', 'a body exists'],
    ['Volgend jaar komt de stuurgroep vier keer bijeen.', 'a plan'],
    ['De stuurgroep komt nooit vier keer per jaar bijeen.', 'negated'],
    ['The partnership values good supervision.', 'a value, English'],
    ['We gaan uit van het principe dat studenten zoveel mogelijk leren op de werkplek.', 'a principle: a place does not anchor'],
    ['Elke school begeleidt minimaal vier studenten.', 'an agreement: a number does not anchor'],
    ['We hebben het gevoel dat we goed op weg zijn.', '"gevoel" is no participle'],
    ['Wij vinden het belangrijk dat studenten zich welkom voelen op school.', 'a value'],
  ])('%j (%s)', (text) => {
    expect(run(text).studentExamples.filter((e) => e.reason === 'activity')).toEqual([]);
  });
});

describe("concrete example: the eval labelling guide's own examples", () => {
  const partnerSignal = (text: string) => run(text, 'leeromgeving').partnersNamed.some((r) => r !== 'student' && r !== 'joint');
  it.each([
    'Vorige maand hebben de mentoren van drie scholen samen beoordeelde lessen besproken.',
    'Every Wednesday the trainees meet with the school-based educator to discuss a video of their lesson.',
    'Studenten houden elke week een logboek bij en bespreken dat met hun mentor.',
    'In maart hebben we een studiedag gehouden over het beroepsbeeld, met alle schoolopleiders.',
  ])('an example: %j', (text) => {
    expect(run(text, 'leeromgeving').hasStudentExample).toBe(true);
  });
  it.each([
    'Dat gaat goed.',
    'We werken nauw samen.',
    'Er is veel aandacht voor reflectie.',
    'De begeleiding is goed geregeld.',
    'Studenten worden goed begeleid.',
    'We hebben een gedeelde visie.',
    'Studenten reflecteren op hun ontwikkeling.',
  ])('no example: %j', (text) => {
    expect(run(text, 'leeromgeving').hasStudentExample).toBe(false);
  });
  it('partners: an organisation acting counts, students placed on schools do not', () => {
    expect(partnerSignal('De hogeschool investeert flink in de samenwerking.')).toBe(true);
    expect(partnerSignal('We plaatsen studenten op scholen.')).toBe(false);
  });
});

describe('concrete example: a role taking part, a person after "met/with" (issue 12 part 5, dev-extra)', () => {
  it.each([
    'In het kernteam bespreken we elke maand hoe het staat met de bekwaamheidseisen.',
    'Every week the school-based educator reads the log with them.',
    'De student heeft elke week een gesprek met mij.',
  ])('example: %j', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });

  it.each([
    ['In het kernteam bespreken we hoe het gaat.', 'a role taking part, no anchor'],
    ['Het kernteam wordt elke maand geïnformeerd.', 'passive: the role undergoes'],
    ['De mentor praat veel met hen.', 'a person taking part, no anchor'],
    // (was "reads the log": a named document is now a signal of its own, see the next block)
    ['Every week the school-based educator reads it.', 'an actor in time, nothing more'],
  ])('no example: %j (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('concrete example: classes of when, what and past events (tuning round 3)', () => {
  it.each([
    // intervals, ordinal moments, numbered years in words, "after each …", a past period
    'Each Thursday the school-based educator reads it with them.',
    'In year one they write a short statement with their mentor.',
    'Elke eerste dinsdag van de maand zitten de schoolopleiders met de pabo om tafel.',
    'Om de twee weken vullen de mentor en ik samen het feedbackformulier in.',
    'Every two weeks the mentor and I fill in the feedback form.',
    'Na elke vergadering schrijft de secretaris een verslag van één pagina.',
    'Dat vraag ik elke student in het eerste gesprek.',
    // named activities: evaluations, meetings, named days and lessons, tests, visits, documents
    'Elk jaar een zelfevaluatie, om de vier jaar een visitatie.',
    'Elk jaar in september hebben de bestuurders een heidag met de pabodirectie.',
    'Afgelopen blok heb ik een praktijkles gegeven.',
    'Ik heb deze periode zelf een toets voor 2 havo gemaakt en nagekeken.',
    'De docent van de opleiding komt één keer per jaar langs.',
    'De mentor kijkt een les en vult het observatieformulier in.',
    'Ik moet elke week mijn logboek bijwerken voor de stage.',
    'Every week the school-based educator reads the log.',
    // a recurring decision; a past event in the passive
    'Het jaarplan van de stuurgroep wordt elk jaar in oktober vastgesteld.',
    'De doelen zijn in september vastgesteld en worden in juni geëvalueerd.',
    'Vorige maand werd de kijkwijzer in het kernteam besproken.',
    'During the last meeting the school-based educators compared their assessments.',
    // a past moment relative to now, a named discussion
    'Afgelopen maandag had ik een gesprek met mijn mentor.',
    'Twee weken geleden heeft de schoolopleider mijn les bekeken.',
    'A week ago my mentor and I had a debrief after the lesson.',
    'Op dinsdag is er een leerlingbespreking met de mentor en de stagiaire.',
  ])('example: %j', (text) => {
    const a = run(text);
    expect(a.hasStudentExample).toBe(true);
    for (const e of a.studentExamples) for (const s of e.signals) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    ['In de eerste plaats vinden we de student belangrijk.', '"in de eerste plaats" is no moment'],
    ['In the first place, we value reflection.', '"in the first place", English'],
    ['For the first time, we work together.', '"for the first time" is no moment'],
    ['We houden geen nabespreking meer.', 'negated'],
    ['Kortgeleden was het druk.', 'a time, nothing else'],
    ['De toets is belangrijk.', 'an activity, nothing else'],
    ['Er is een evaluatie.', 'an evaluation exists'],
    ['De resultaten van de evaluatie staan in het jaarverslag.', 'the document of an evaluation'],
    ['De verslagen van het overleg sturen we naar de directeur.', 'the document of a meeting, sent'],
    ['De visie is gebaseerd op het beroepsbeeld.', 'a state in the passive'],
    ['The programme was based on the professional profile.', 'a state in the passive, English'],
    ['Het jaarplan wordt door de stuurgroep vastgesteld.', 'a decision, no time'],
    ['Het partnerschap heeft in 2021 een gedeelde visie vastgesteld.', 'a one-off decision is no activity'],
    ['De stuurgroep komt samen.', '"samen" in "komt samen" is the meeting, not a second actor'],
    ['De directeur heeft besloten dat elke student een vaste mentor krijgt.', 'a decision is policy'],
  ])('no example: %j (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('activity example: one actor is not two, a vague past does not anchor (tuning round 4, h2 errors)', () => {
  it.each([
    ['We evaluate regularly and we take the results seriously.', 'the same "we" twice'],
    ['Als bestuur investeren we in werkplekleren en we kijken naar de resultaten.', 'a role in apposition is the writer'],
    ['I filled in a survey once, but I never heard what happened with it.', 'a vague one-off past'],
    ['We hebben ooit een enquête gehad, maar ik weet niet meer waar die over ging.', 'a vague past, Dutch'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });

  it.each([
    'Wij als opleidingsschool houden elk jaar in juni een evaluatiemiddag.',
    'We evaluate the programme with the mentors every June.',
    'I observed a lesson once a week with my mentor last year.',
    'Vorig jaar hebben we met de schoolopleiders een evaluatiedag gehouden.',
  ])('%j is an example', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });
});

describe('activity example: a generic meeting or evaluation word needs an anchor (tuning round 5)', () => {
  it.each([
    ['Het overleg tussen de scholen en de pabo loopt goed.', 'who meets, not which meeting'],
    ['Met de opleiding overleggen we eigenlijk alleen als er een probleem is.', 'overleggen, no anchor'],
    ['De kwaliteitsmedewerker van de pabo werkt in overleg met de werkgroep opleidingsscholen.', '"in overleg met" is a way of working'],
    ['We evalueren de samenwerking met de lerarenopleiding vooral informeel, bij de koffie.', 'evalueren, no anchor'],
    ['Mijn werkplekbegeleider helpt me met de praktijk en de docent van de opleiding helpt me met mijn opdrachten.', 'plain opdrachten'],
    ['The school-based educator and the institute hold meetings about the students.', 'English: plain meetings'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });

  it.each([
    'De schoolopleider en de instituutsopleider overleggen elke maand over de studenten.',
    'Het overleg tussen de scholen en de pabo is vier keer per jaar.',
    'Bij de tussenevaluatie bespreek ik met mijn werkplekbegeleider en de instituutsopleider wat goed gaat.',
    'Op dinsdag zitten alle begeleiders met de schoolopleider om tafel.',
    'The school-based educator and the tutor meet every month to discuss the students.',
    'Vorig jaar hebben we de opdrachten met de mentoren geëvalueerd.',
  ])('%j is an example (a named activity, or an anchor)', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });
});

describe('activity example: "ze" after a plural role is that role again (tuning round 5)', () => {
  it('a role and the pronoun that refers back to it are one actor', () => {
    expect(run('Veel medestudenten willen dat ze meer tijd krijgen voor de nabespreking.').hasStudentExample).toBe(false);
  });
  it('an object pronoun after "with" is another person', () => {
    expect(run('Every trainee keeps a log. Each Thursday the school-based educator reads it with them.').hasStudentExample).toBe(true);
  });
});

describe('activity example: a Dutch simple past of doing is a past event (tuning round 5)', () => {
  it.each([
    'Met vier andere studenten en twee werkplekbegeleiders bespraken we wat er beter kon.',
    'Na elke stageperiode schrijf ik een reflectie. Vorige keer schreef ik dat ik te laat hoorde welke groep ik kreeg.',
    'In de module Beroepsidentiteit moesten we in blok 2 een essay schrijven.',
    'Werkplekbegeleiders gaven in de evaluatie aan dat ze de casusbespreking waarderen.',
  ])('%j is an example', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });

  it.each([
    ['In de enquête kwam naar voren dat onze scholingsmiddag te theoretisch was.', '"kwam naar voren" reports a finding'],
    ['De samenwerking met de pabo ging goed.', '"ging goed" is a state'],
    ['We hadden een goed gesprek.', '"had" is a state'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('activity example: mailing someone addresses them, it is no event (tuning round 5)', () => {
  it.each([
    'Ik heb de directeur van de pabo gemaild over ons beroepsbeeld, maar nog geen antwoord gehad.',
    'We hebben de coördinator ge-e-maild over de stageplaatsen.',
    'I emailed the coordinator about my placement.',
  ])('%j is no example', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });

  it.each([
    'Vorige week heb ik de coördinator gebeld en hebben we de planning besproken.',
    'In maart hebben we de enquête naar alle mentoren verstuurd.',
  ])('%j is an example (a call is a conversation; sending a survey is an event)', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });
});

describe('activity example: a role taking part is who, also without another actor (tuning round 5)', () => {
  it.each([
    'De volgende evaluatiebijeenkomst van het kernteam is op 14 maart.',
    'At the moment the institute-based educator checks this in the final assessment.',
  ])('%j is an example', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });

  it.each([
    ['Studenten worden na elk lesbezoek begeleid door een mentor.', 'passive: a policy'],
    ['Het overleg met de stuurgroep loopt goed.', 'a generic meeting, no anchor'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('activity example: more ways to say when, and a norm in the conditional (tuning round 5)', () => {
  it.each([
    ['Each ROC runs its own student survey in spring.', 'in spring'],
    ['I only know the survey we get in May.', 'in May'],
    ['Besluiten van de stuurgroep zetten we binnen een week in de nieuwsbrief.', 'binnen een week'],
    ['We send the minutes to all mentors within two days.', 'within two days'],
    ['Ik bewaak de kwaliteit samen met de mentor door bij elke eindbeoordeling een tweede beoordelaar in te zetten.', 'bij elke …'],
  ])('%j is an example (%s)', (text, when) => {
    const a = run(text);
    expect(a.hasStudentExample).toBe(true);
    expect(a.details.filter((d) => d.kind === 'when').map((d) => d.text.toLowerCase()).join(' ')).toContain(when.replace(' …', '').toLowerCase());
  });

  it.each([
    ['We zouden de startbekwaamheden eigenlijk bij elke lesbespreking moeten gebruiken.', 'what should happen'],
    ['Mentors ought to attend every intervision meeting with the tutor.', 'English norm'],
    ['zou fijn zijn als we als mentoren ook een keer bij elkaar komen.', 'a wish in the conditional'],
    ['Het zou mooi zijn als de stuurgroep elk jaar in juni een evaluatiedag houdt.', 'a wish, with "het"'],
    ["It would help if the school-based educator shared the results at one of our monthly mentor meetings.", 'English wish'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });

  it('"zou" in a clause about what was written down is no wish', () => {
    expect(run('In mijn eerste stageweek heb ik elke dag twee lessen bijgewoond en opgeschreven wat ik wel en niet zou overnemen.').hasStudentExample).toBe(true);
  });

  it('"may" without a preposition is the verb, "bij elke student" no event: no time', () => {
    expect(run('We may ask the mentors.').details.filter((d) => d.kind === 'when')).toEqual([]);
    expect(run('Bij elke student hoort één werkplekbegeleider.').details.filter((d) => d.kind === 'when')).toEqual([]);
  });
});

describe('activity example: discussing, an agenda, "eens per …" (tuning round 5, dev-4)', () => {
  it.each([
    'De bestuurders van de vier schoolbesturen bespreken de opbrengsten één keer per jaar met het college van bestuur van de hogeschool.',
    'As a board we discuss the partnership twice a year, mainly budget and the number of trainees.',
    'De afstemming tussen het programma op de hogeschool en op de ROC\'s bespreken we in het kernteam.',
    'Wij nemen eens per vier jaar deel aan de ontwikkelingsgerichte peer review.',
    'Het kernteam kijkt daar elke maand naar en zet opvallende scholen op de agenda.',
  ])('%j is an example', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });

  it.each([
    ['We bespreken veel met de mentoren.', 'plain "bespreken", no anchor'],
    ['The board supports the partnership and takes part in the steering group.', 'membership of a body is no activity'],
    ['Daar bespreken we de plaatsing van studenten en de inzet van de schoolopleiders.', 'plain "bespreken" with a role, no anchor'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('activity example: a named meeting with its time is enough (tuning round 5, dev-4)', () => {
  it.each([
    'Het beroepsbeeld staat twee keer per jaar op de agenda van het bestuurlijk overleg.',
    'Er zijn tot nu toe twee sessies geweest, in november en januari.',
    'Die driehoek komt drie keer per jaar samen.',
  ])('%j is an example', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });

  it.each([
    ['Daar is in november een eerste gesprek over.', 'a plain conversation with a date'],
    ['De rollen en taken worden elk jaar geëvalueerd en waar nodig bijgesteld.', 'a revision with a frequency'],
    ['Elke week is er overleg.', 'a generic meeting word and a time'],
    ['Studenten worden na elk lesbezoek begeleid door een mentor.', 'the time is the meeting itself'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('activity example: a governing body adopting or deciding a named thing (tuning round 5, dev-4)', () => {
  it.each([
    'Het beroepsbeeld is vastgesteld in de stuurgroep, waar alle besturen in zitten.',
    'Het plan is vastgesteld door de stuurgroep en staat op de gedeelde site.',
    'Het bestuur heeft voor alle scholen één gezamenlijk opleidingsplan met de pabo vastgesteld.',
    'The steering group approved the new assessment form.',
  ])('%j is an example', (text) => {
    const a = run(text);
    expect(a.hasStudentExample).toBe(true);
    expect(a.studentExamples[0]!.signals.map((s) => s.cueId)).toContain('activity.body-decision');
  });

  it.each([
    ['We hebben als besturen afgesproken dat alle scholen hetzelfde stageprogramma gebruiken.', 'the content of an agreement'],
    ['The board decided that every school has a mentor.', 'English: the content of a decision'],
    ['De stuurgroep heeft nog niets vastgesteld.', 'negated'],
    ['De schoolopleider heeft de planning vastgesteld.', 'not a governing body'],
    ['Het jaarplan wordt door de stuurgroep vastgesteld.', 'a procedure in the present'],
    ['De visie wordt gedragen door alle besturen en is vastgelegd in het visiedocument.', 'recorded in a document'],
    ['Together with the ROC we agreed that every student team has one fixed workplace supervisor.', 'the content of an agreement, English'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('activity example: recurring meetings as times, named assessment moments, teaching (tuning round 5, dev-4)', () => {
  it.each([
    ['Die vragen staan op de agenda van elk schoolopleidersoverleg.', 'elk schoolopleidersoverleg'],
    ['Bij de afsluiting van het jaar mochten we op post-its zetten wat beter kon.', 'afsluiting van het jaar'],
    ['After every meeting the mentors and the tutor write a short report.', 'every meeting'],
  ])('%j is an example (when: %s)', (text, when) => {
    const a = run(text);
    expect(a.hasStudentExample).toBe(true);
    expect(a.details.filter((d) => d.kind === 'when').map((d) => d.text.toLowerCase()).join(' ')).toContain(when.toLowerCase());
  });

  it.each([
    'de startbekwaamheden komen alleen terug bij de eindbeoordeling, dan vinken we ze af op het formulier van de opleiding',
    'Volgens mij doet de schoolopleider alles op school en de instituutsopleider zie je alleen bij de eindbeoordeling.',
    'De ene mentor laat de student al in week 2 lesgeven, de andere pas na de kerst.',
  ])('%j is an example (a named assessment moment, teaching)', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });

  it.each([
    ['De beoordeling ligt bij de hogeschool.', 'a plain "beoordeling" is a function'],
    ['Lesgeven is een vak.', 'teaching without an actor or anchor'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('activity example: writing something down or aligning is no event (tuning round 5, dev-4)', () => {
  it.each([
    'We hebben de startbekwaamheden uitgewerkt in drie fases: oriënteren, verdiepen en zelfstandig uitvoeren.',
    'In onze opleidingsschool hebben we het beroepsbeeld aangevuld met twee eigen accenten.',
    'We hebben het opleiden opgenomen in het functieboek: elke docent kan mentor zijn.',
    'Wij hebben de rollen goed op elkaar afgestemd en iedereen weet wat hij moet doen.',
  ])('%j is no example', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });

  it('an event in the perfect stays one', () => {
    expect(run('In maart hebben we met alle schoolopleiders een studiedag gehouden.').hasStudentExample).toBe(true);
  });
});

describe("activity example: the writer's own role is the writer, not a second actor (tuning round 5, dev-4)", () => {
  it.each([
    ['Ik ben sinds twee jaar mentor.', 'a role as predicate'],
    ['I am a mentor since 2021.', 'English predicate'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });

  it.each([
    'Ik heb de registratie als schoolopleider bij het BRLO vorig jaar afgerond.',
    'Wij hebben als drie besturen samen met de universiteit het beroepsbeeld opgesteld, met de vijf rollen als kern.',
  ])('%j is an example (a past event far from its auxiliary)', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });
});

describe('activity example: "afgelopen" is no participle, noticing is no event (tuning round 5, dev-4)', () => {
  it.each([
    'Als directeur van een mbo-college heb ik de afgelopen jaren gezien hoe belangrijk een goede werkplek is.',
    'Vorig jaar heb ik gemerkt dat het beter gaat.',
  ])('%j is no example', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });

  it('a participle after "de afgelopen twee jaar" is still found', () => {
    expect(run('In november hebben we alle beoordelingen van de afgelopen twee jaar naast de leeruitkomsten gelegd.').hasStudentExample).toBe(true);
  });
});

describe('activity example: a step of the plan just stated is part of the plan (tuning round 5)', () => {
  it.each([
    'Voor het nieuwe schooljaar gaan we de taken herverdelen. Daarvoor volgen alle werkplekbegeleiders in augustus een beoordelaarstraining.',
    'In de toekomst moet opleiden een vast onderdeel van het personeelsbeleid worden. De eerste stap is een gesprek met de HR-afdeling, in januari.',
    'Next year we want a joint evaluation. As a first step the steering group meets in March.',
  ])('%j is no example', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });

  it.each([
    'We willen de intervisie uitbreiden. Daarvoor hebben we in maart al een werkgroep met de pabo opgericht.',
    'We willen meer scholen erbij. Dan bespreken we elke maand met de pabo de plaatsing van de studenten.',
  ])('%j is an example (the step already happened, or is a habit)', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });
});

describe('activity example: a Dutch passive with its participle far from the auxiliary (tuning round 5, dev-4)', () => {
  it('the roles in it undergo, they are not shown acting', () => {
    expect(run('de student wordt in het eerste jaar via de opleiding geïnformeerd, daarna ligt het bij de werkplekbegeleider').hasStudentExample).toBe(false);
  });
  it('an active sentence with a time stays an example', () => {
    expect(run('De mentor bespreekt in het eerste jaar elke maand met de student de leerlijn.').hasStudentExample).toBe(true);
  });
});

describe('details: the number of a list item is no quantity (tuning round 5, dev-4)', () => {
  it('numbers that open list items are not read as quantities of the sentence before', () => {
    const a = run('Een paar punten:\n\n1. Ook collega\'s leren van de studenten, bijvoorbeeld als een student nieuwe werkvormen inbrengt.\n2. De afstemming hangt af van één persoon.');
    expect(a.details.filter((d) => d.kind === 'quantity').map((d) => d.text)).toEqual([]);
    expect(a.hasStudentExample).toBe(false);
  });
  it('a number inside a sentence still counts', () => {
    expect(run('1. Elke school begeleidt vier studenten.').details.filter((d) => d.kind === 'quantity').map((d) => d.text)).toEqual(['vier']);
  });
});

describe('activity example: asking, scheduling, a standing item, "na een stageperiode" (tuning round 5, dev-4)', () => {
  it.each([
    'Na een stageperiode vraag ik de werkplekbegeleiders hoe het ging.',
    'Daar vraag ik als bestuurder elk halfjaar naar.',
    'De school roostert studenten in blokken van twee dagen.',
    'Kwaliteit is een vast agendapunt in de stuurgroep.',
  ])('%j is an example', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });

  it.each([
    ['Soms vraagt mijn mentor hoe het gaat met de opdrachten.', 'asking, no anchor'],
    ['De school roostert de studenten in.', 'scheduling, no anchor'],
    ['Vaste momenten hebben we niet.', 'negated'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('activity example: two titles of one role are two people (tuning round 5, dev-4)', () => {
  it('a teamleider and a directeur are both school leaders, and two actors', () => {
    expect(run('Elke teamleider bespreekt in het jaargesprek met de directeur hoe het met de begeleiding gaat.').hasStudentExample).toBe(true);
  });
  it('a title and its plural are one group', () => {
    expect(run('De mentor helpt de mentoren met de opdrachten.').hasStudentExample).toBe(false);
  });
});

describe('activity example: a course, analysing, testing (tuning round 5)', () => {
  it.each([
    "Elke mentor in onze stichting volgt in het eerste jaar de cursus 'Coachen van studenten', vijf avonden op het bestuurskantoor.",
    'Elk semester analyseer ik de beoordelingen van alle studenten per ROC-locatie.',
    'De schoolopleiders van drie scholen testen nu een eerste versie.',
    'Every term the coordinator analyses the survey results with the steering group.',
  ])('%j is an example', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });

  it.each([
    ['We analyseren de resultaten.', 'analysing, no anchor'],
    ['In the courses we use the learning outcomes of the programme.', 'English "courses" are parts of a programme'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('activity example: rooms of a school are places (tuning round 5)', () => {
  it('a named arrangement with a start and a place', () => {
    expect(run('Sinds september heeft elke student een vaste werkplek in de docentenkamer en een eigen laptop van school.').hasStudentExample).toBe(true);
  });
  it('a place alone does not make an example', () => {
    expect(run('Er is een werkplek in de docentenkamer.').hasStudentExample).toBe(false);
  });
});

describe('activity example: what an actor sees to ("zorg dat", "make sure that") is a norm, not an event (tuning round 5)', () => {
  it.each([
    'Daarbij let ik erop dat mentoren een training hebben gehad en het beroepsbeeld kennen.',
    'As a school leader I make sure that every trainee gets a timetable with fixed hours for lessons, observation and meetings with the school-based educator.',
    'Ik zorg ervoor dat elke student in de eerste week een gesprek met de mentor heeft.',
  ])('%j is no example', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });

  it('signals before the norm still count', () => {
    expect(run('Elke maand bespreek ik met de schoolopleider de voortgang en zorg ik dat de verslagen kloppen.').hasStudentExample).toBe(true);
  });
});

describe('activity example: a passive of a separable verb (tuning round 5)', () => {
  it('"wordt regelmatig bijgesteld": the roles in it undergo', () => {
    expect(run('Het opleidingsplan wordt regelmatig bijgesteld op basis van evaluaties met studenten.').hasStudentExample).toBe(false);
  });
  it('a participle in a relative clause ("die is afgeleid van") does not make the sentence passive', () => {
    expect(run('Bij de beoordeling van de stage gebruiken schoolopleider en instituutsopleider dezelfde rubric, die direct is afgeleid van de leeruitkomsten.').hasStudentExample).toBe(true);
  });
});

describe('activity example: a need named as such is no practice (tuning round 5, dev-4)', () => {
  it.each([
    'Wat we nodig hebben is een eenvoudige cyclus: één keer per jaar vragen, bespreken, iets veranderen.',
    'What we need is a meeting with the mentors every term.',
  ])('%j is no example', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
  it('a need of students as the topic of a meeting is not the writer\'s need', () => {
    expect(run('Elke maand bespreken we met de mentoren wat studenten nodig hebben.').hasStudentExample).toBe(true);
  });
});

describe('activity example: the reason after "want" in a wish tells what happens now (tuning round 5)', () => {
  it('the reason is read, the wish is not', () => {
    const a = run('Ik zou willen dat zij ook beoordelaar is, want zij ziet me elke dag lesgeven.');
    expect(a.intentions.length).toBeGreaterThan(0);
    expect(a.hasStudentExample).toBe(true);
  });
  it.each([
    ['We willen elke maand een intervisie met de mentoren houden.', 'no reason: the wish only'],
    ['We willen de intervisie uitbreiden, want we willen volgend jaar elke maand met de mentoren bijeenkomen.', 'the reason is itself the plan'],
  ])('%j is no example (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('activity example: a meeting named by a compound, with who takes part (tuning round 6, h4/h5)', () => {
  it.each([
    'Dat staat in de normjaartaak en ik bespreek het in de jaargesprekken.',
    'Studenten draaien mee in het hele team, ook in de bouwvergaderingen en de ouderavonden.',
    'In de sollicitatiegesprekken met nieuwe docenten vragen we naar hun beeld van het vak.',
    'I free up time for the mentors and the trainees are part of the team meetings.',
  ])('found: %j', (text) => {
    const a = run(text);
    expect(a.hasStudentExample).toBe(true);
    const evidence = a.studentExamples[0]!;
    expect(evidence.signals.map((s) => s.signal)).toEqual(expect.arrayContaining(['actor', 'activity']));
  });
  it.each([
    // a plain meeting word, lessons or a portfolio are arrangements, not a named meeting
    'Ik bespreek het in het overleg.',
    'Ik geef lessen en werk aan mijn portfolio.',
    'We discuss it in our meetings.',
    // no one taking part
    'De jaargesprekken zijn belangrijk.',
    // negated
    'Ik kom nooit in de teamvergadering.',
  ])('not found: %j', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});

describe('activity example: "gedeeld" after a perfect auxiliary is a participle (tuning round 6, h4/h5)', () => {
  it('"hebben … gedeeld met alle scholen" is a past event', () => {
    const a = run('We hebben de uitkomsten van de peer review gedeeld met alle scholen en de lerarenopleiding.', 'kwaliteitscultuur');
    expect(a.hasStudentExample).toBe(true);
    expect(a.studentExamples[0]!.signals.map((s) => s.cueId)).toContain('past.perfect');
  });
  it('"een gedeelde visie" is an adjective', () => {
    expect(run('We hebben een gedeelde visie op opleiden met de pabo.').hasStudentExample).toBe(false);
  });
});

describe('activity example: "wel eens" is a vague past, like "ooit" (tuning round 6, h4/h5)', () => {
  it('"ik heb wel eens een enquête ingevuld" is no example', () => {
    expect(run('Ik heb wel eens een enquête ingevuld maar weet niet meer waarover.', 'kwaliteitscultuur').hasStudentExample).toBe(false);
  });
  it('"één keer" with a named survey still is', () => {
    expect(run('Vorig jaar heb ik één keer een enquête ingevuld over de begeleiding.', 'kwaliteitscultuur').hasStudentExample).toBe(true);
  });
});

describe('activity example: how often a written document appears is no time of an event (tuning round 6, h4/h5)', () => {
  it.each([
    'I hear about it mainly through the yearly report of the partnership.',
    'We have a quality handbook and an annual report.',
    'Ik lees het jaarlijkse verslag van het partnerschap.',
  ])('not found: %j', (text) => {
    expect(run(text, 'kwaliteitscultuur').hasStudentExample).toBe(false);
  });
  it.each([
    // a survey or a meeting is held: its frequency is the event's
    'Every year we hold an annual survey among the trainees.',
    'Elk jaar in oktober stellen we het jaarplan vast met de pabo.',
  ])('found: %j', (text) => {
    expect(run(text, 'kwaliteitscultuur').hasStudentExample).toBe(true);
  });
});

describe('activity example: a plain conversation needs an anchor, like "overleg" (tuning round 6, h4/h5)', () => {
  it.each([
    'Ik probeer in mijn gesprekken terug te gaan naar de vraag wat voor docent ze willen zijn.',
    'Het meeste gesprek erover loopt via de schoolopleider, die het met de mentoren bespreekt.',
    'Daarover zijn we nu in gesprek met de HR-afdeling.',
    'In my conversations with the trainees I ask what they need.',
  ])('not found: %j', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
  it.each([
    // with an anchor, or a named conversation
    'Elke maand voer ik een gesprek met de schoolopleider over de studenten.',
    'In het voortgangsgesprek bespreek ik met de mentor en de student het portfolio.',
  ])('found: %j', (text) => {
    expect(run(text).hasStudentExample).toBe(true);
  });
});

describe('activity example: a quality event that is held, with its date, is an example (tuning round 6, h4/h5)', () => {
  it.each([
    'Ja, bij de peer review in 2024 was het panel positief over onze evaluatiecyclus.',
    'In winter all mentors get a short survey.',
    'De enquête onder studenten was in maart.',
  ])('found: %j', (text) => {
    const a = run(text, 'kwaliteitscultuur');
    expect(a.hasStudentExample).toBe(true);
    expect(a.studentExamples[0]!.signals.map((s) => s.signal)).toEqual(expect.arrayContaining(['instrument', 'time-or-number']));
  });
  it.each([
    // no date; a written document with a date is not held; a negated or planned event is none
    'De peer review is belangrijk voor ons.',
    'Het jaarplan van 2024 ligt op de plank.',
    'In 2024 is er geen enquête geweest.',
    'Volgend jaar komt er een audit.',
  ])('not found: %j', (text) => {
    expect(run(text, 'kwaliteitscultuur').hasStudentExample).toBe(false);
  });
});

describe('activity example: a day part named by what happens in it is a meeting (tuning round 7, h6)', () => {
  it.each([
    'Elke eerste woensdag van de maand hebben we op De Regenboog een opleidingsmiddag.',
    'Alle nieuwe werkplekbegeleiders krijgen het plan in september op de introductiemiddag.',
    'Twee keer per jaar organiseren we een studieochtend voor de mentoren.',
  ])('found: %j', (text) => {
    const a = run(text, 'leeromgeving');
    expect(a.hasStudentExample).toBe(true);
    expect(a.studentExamples[0]!.signals.map((s) => s.signal)).toContain('activity');
  });
  it.each(['Op woensdagmiddag ben ik er niet, maar vanavond wel.', 'In de namiddag zijn de lokalen vrij.', 'Op donderdagochtend heb ik een vrije ochtend.'])(
    'no named day part: %j',
    (text) => {
      const a = run(text, 'leeromgeving');
      expect(a.studentExamples.flatMap((e) => e.signals).filter((s) => s.signal === 'activity')).toEqual([]);
    },
  );
});

describe('activity example: compounds of named activities, a debrief by its verb (tuning round 8, h7)', () => {
  const activityWords = (text: string, waarborgId: WaarborgId = 'organisatie') =>
    run(text, waarborgId).studentExamples.flatMap((e) => e.signals.filter((s) => s.signal === 'activity').map((s) => s.text.toLowerCase()));
  it.each<[string, string]>([
    ['Wij doen mee aan de tevredenheidspeiling van de pabo, de uitkomsten bespreek ik met de intern begeleider en de mentoren.', 'tevredenheidspeiling'],
    ['De beoordelaar van de hogeschool kwam vorige maand naar mijn examenles kijken.', 'examenles'],
    ['Na elke les nabespreken we met de mentor wat goed ging.', 'nabespreken'],
    ['We had the lessons voorbesproken with the mentor every Monday.', 'voorbesproken'],
  ])('%j names %j', (text, word) => {
    expect(activityWords(text)).toContain(word);
  });
  it.each([
    // a plain "bespreken" stays generic without an anchor; a debrief in a wish or negated is no example
    'Met de opleiding bespreken we de voortgang.',
    'We willen de lessen vaker nabespreken met de mentor.',
    'We nabespreken de lessen niet met de mentor.',
  ])('no example: %j', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });
});
