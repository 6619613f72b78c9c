import { describe, expect, it } from 'vitest';
import { analyseAnswer, INTENTION_CUES } from '../../../src/domain/coaching';

const phrases = (text: string) => analyseAnswer(text, { waarborgId: 'leeromgeving' }).intentions.map((i) => i.phrase);

describe('intentions: hits', () => {
  it.each([
    // wanting, with word order, case, line breaks and appositions
    ['We willen de intervisie uitbreiden.', ['We willen']],
    ['Wij willen graag meer zij-instromers opleiden.', ['Wij willen graag']],
    ['Daarom willen wij de kijkwijzer aanpassen.', ['willen wij']],
    ['WE WILLEN DIT BORGEN.', ['WE WILLEN']],
    ['We\nwillen dit borgen.', ['We\nwillen']],
    ['Wij als partnerschap willen de rollen verduidelijken.', ['Wij als partnerschap willen']],
    ['Graag zouden we meer scholen betrekken.', ['Graag zouden we']],
    ['Het partnerschap wil de stuurgroep uitbreiden.', ['Het partnerschap wil']],
    // going to, will
    ['Gaan we dit doen? Ja, dat gaan we doen.', ['Gaan we', 'gaan we']],
    ['Het plan is klaar, zodat we de intervisie gaan uitbreiden.', ['gaan']],
    ['Het plan is om de intervisie uit te breiden.', ['Het plan is om']],
    ['Wij zullen de scholing herhalen.', ['Wij zullen']],
    ['Het rollenhuis zal worden herzien.', ['zal']],
    // aims, plans, hopes
    ['We streven ernaar alle scholen te betrekken.', ['streven ernaar']],
    ['Onze AMBITIE is groot.', ['AMBITIE']],
    ['We ambiëren een audit.', ['ambiëren']],
    ['Het is de bedoeling dat iedere student een mentor heeft.', ['Het is de bedoeling']],
    ['Zijn we van plan de opzet te wijzigen? Ja.', ['Zijn we van plan']],
    ['Het voornemen is om te starten.', ['voornemen']],
    ['We nemen ons voor om vaker te evalueren.', ['We nemen ons voor']],
    ['Hopelijk lukt dat.', ['Hopelijk']],
    ['Wij beogen een gezamenlijk programma.', ['Wij beogen']],
    ['Idealiter is iedere school opleidingsschool.', ['Idealiter']],
    ['Onze ontwikkelwensen staan in het jaarplan.', ['ontwikkelwensen']],
    // time ahead
    ['In de nabije toekomst breiden we uit.', ['In de nabije toekomst']],
    ['Op den duur sluiten alle scholen aan.', ['Op den duur']],
    ['Komend schooljaar start de pilot.', ['Komend schooljaar']],
    ['Na de zomervakantie start de pilot.', ['Na de zomervakantie']],
    ['Binnenkort start de pilot.', ['Binnenkort']],
    ['Straks start de pilot.', ['Straks']],
    // not done yet
    ['De kijkwijzer moet ook nog worden aangepast.', ['moet ook nog']],
    ['Het beleid is nog uit te werken.', ['nog uit te werken']],
    ['De inductie is nog in opbouw.', ['in opbouw']],
    ['De scholing staat in mei gepland.', ['staat in mei gepland']],
    ['Het curriculum wordt nu door een werkgroep ontwikkeld.', ['wordt nu door een werkgroep ontwikkeld']],
    // English
    ["We'd like to involve more schools.", ["We'd like"]],
    ["We're going to expand the programme.", ["We're going to"]],
    ['Our aim is a shared curriculum.', ['Our aim is']],
    ['We are planning a new assessment.', ['We are planning']],
    ['Eventually all schools join.', ['Eventually']],
    ['The portfolio is still to be developed.', ['still to be']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe('intentions: not an intention', () => {
  it.each([
    ['We gaan uit van de kracht van de student.', 'present principle'],
    ['Gaan we ervan uit dat iedereen meedoet? Ja.', 'present principle, inverted'],
    ['We gaan hier zorgvuldig mee om.', '"omgaan met"'],
    ['Elke week gaan we op lesbezoek.', 'habit marker'],
    ['Sinds 2023 werken we met leerteams.', 'since: practice'],
    ['Toekomstige leraren leren op de werkplek.', 'names students'],
    ['Het streefcijfer is 80 procent.', 'a present norm'],
    ['Dit is de leraar die we willen opleiden.', 'relative clause: the vision'],
    ['De beoogde leeruitkomsten zijn vastgesteld.', 'present goals'],
    ['In 2021 wilden we alles tegelijk.', 'past'],
    ['De intervisie is nog niet voor alle scholen ingevoerd.', '"nog niet" is a present gap'],
    ['As soon as a trainee arrives, the mentor meets her.', '"as soon as"'],
    ['We will continue the meetings.', 'ongoing'],
    ['Na het lesbezoek bespreekt de student de volgende les.', 'routine'],
    ['Een student zei: "Volgend jaar wil ik zelf intervisie leiden."', 'quoted student'],
    ['Het zal duidelijk zijn dat dit werkt.', 'figure of speech'],
    ['Een leraar is voortdurend in ontwikkeling.', 'vision of the learning teacher'],
    ['In ons partnerschap gaat het om de student.', '"gaat het om"'],
    ['We werken aan de hand van een jaarplanning.', '"aan de hand van"'],
    ['De ambitie uit 2021 is gerealiseerd.', 'realised'],
    ['Dat willen we graag zo houden.', 'keeping current practice'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intention hits', () => {
  it('carry offsets of the phrase and of its sentence', () => {
    const text = 'Sinds 2022 werken we met leerteams. In de toekomst willen we dat uitbreiden.';
    const [first, second] = analyseAnswer(text, { waarborgId: 'leeromgeving' }).intentions;
    expect(first).toMatchObject({ phrase: 'In de toekomst', cueId: 'nl.toekomst', sentenceIndex: 1 });
    expect(text.slice(first!.start, first!.end)).toBe('In de toekomst');
    expect(first!.sentence.text).toBe('In de toekomst willen we dat uitbreiden.');
    expect(text.slice(first!.sentence.start, first!.sentence.end)).toBe(first!.sentence.text);
    expect(second).toMatchObject({ phrase: 'willen we', cueId: 'nl.willen-we' });
    expect(text.slice(second!.start, second!.end)).toBe('willen we');
  });

  it('never overlap: "we zijn van plan om" is one hit', () => {
    expect(phrases('We zijn van plan om te starten.')).toEqual(['We zijn van plan']);
  });

  it('have a stable, unique id and a reason for every cue', () => {
    const ids = INTENTION_CUES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of INTENTION_CUES) expect(c.why.length).toBeGreaterThan(5);
  });
});

describe('intentions: wishes the eval corpus showed (issue 12)', () => {
  it.each([
    ['Het zou goed zijn als studenten ook eens op een andere school kijken.', ['Het zou goed zijn als']],
    ['Het zou helpen als er één vast aanspreekpunt was.', ['Het zou helpen als']],
    ['Ik zou willen dat er een duidelijk overzicht komt.', ['Ik zou willen']],
    ['We zouden als mentoren moeten horen wat studenten vinden.', ['We zouden als mentoren moeten']],
    ['Ik hoop dat de opleiding en de school meer gaan overleggen.', ['Ik hoop']],
    ['Ons doel is dat in 2027 alle begeleiders de basisopleiding hebben afgerond.', ['Ons doel is']],
    ['Volgend blok wil ik vaker feedback vragen.', ['Volgend blok', 'wil ik']],
    ['Wat we willen:\n- een stuurgroep', ['Wat we willen']],
    ['It would be great if students could be part of the quality team.', ['It would be great if']],
    ['The plan is to rewrite the learning outcomes.', ['The plan is to']],
    ['We are working towards a real quality culture.', ['We are working towards']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    'Het doel van de bijeenkomst is afstemming.',
    'Mijn mentor vroeg wat voor leraar ik wil worden, en elke maand kijken we daarop terug.',
    'De mentor en ik hebben elke week een gesprek.',
    'It would not have happened without the mentor.',
  ])('not an intention: %j', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: more ways of writing a plan (issue 12 part 5, dev-extra)', () => {
  it.each([
    ['Er komt een kernteam met twee schoolopleiders.', ['Er komt']],
    ['Daarvoor komt er in het voorjaar een werkgroep.', ['komt er']],
    ['Dat moet de afstemming tussen school en pabo gaan regelen.', ['moet de afstemming tussen school en pabo gaan regelen']],
    ['We overwegen om de leeruitkomsten te gebruiken.', ['We overwegen']],
    ['We denken erover na om een kernteam in te stellen.', ['We denken erover']],
    ['Het idee is dat de stage beter aansluit.', ['Het idee is dat']],
    ['Wat we nog willen:\n- een digitale omgeving', ['Wat we nog willen']],
    ['Die willen we samen met de pabo maken.', ['willen we']],
    ['Zou moeten: een vaste plek voor de resultaten.', ['Zou moeten']],
    ['Er zou een vaste plek moeten komen.', ['zou een vaste plek moeten komen']],
    ['We moeten het stageprogramma nog bijstellen.', ['moeten het stageprogramma nog']],
    ['De beoordeling is nog niet gezamenlijk, maar vanaf februari wel.', ['vanaf februari wel']],
    ['Volgnd jaar start de pilot.', ['Volgnd jaar']],
    ['Het bestuur wil dat elke school een schoolopleider heeft.', ['Het bestuur wil']],
    ['The programme will be redesigned in spring.', ['will be redesigned']],
    ['The aim is a quality culture.', ['The aim is']],
    ['Our board wants every school to have one.', ['Our board wants']],
    ['We are considering a peer review.', ['We are considering']],
    ['We gaan de feedback niet meer op papier verzamelen maar digitaal.', ['We gaan']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Er komt geen nieuwe kijkwijzer, we houden de oude.', '"er komt geen" is no plan'],
    ['Er komt bij dat de mentor ziek was.', '"er komt bij": moreover'],
    ['Er komen veel vragen van studenten over de beoordeling.', '"er komen veel": present'],
    ['We gaan het curriculum niet aanpassen, daar is geen tijd voor.', 'a negated plan'],
    ['We will not change the programme this year.', 'a negated plan, English'],
    ['Op woensdag komen er studenten langs bij de schoolopleider.', '"langskomen": coming by'],
    ['Elke week komt er een student bij de schoolopleider.', 'habit'],
    ['Studenten moeten het logboek nog steeds elke week bijwerken.', 'a rule in force, "nog steeds"'],
    ['Vanaf dit schooljaar werken alle mentoren met de kijkwijzer.', 'in force'],
    ['The aim of the workplace tasks is that students plan a lesson.', 'the purpose of an existing activity'],
    ['Students say they want more feedback.', 'a reported wish'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: classes of writing a plan, from the dev errors and beyond (tuning round 3)', () => {
  it.each([
    // a wish as an opinion, the writer's own "zou graag"
    ['Ik zou graag meer verschillende scholen zien.', ['Ik zou graag']],
    ['Het lijkt me goed als er na elke stage een evaluatie komt.', ['Het lijkt me goed']],
    ['Het lijkt ons zinvol om de mentoren te scholen.', ['Het lijkt ons zinvol']],
    ['Ik zou het fijn vinden als de mentor vaker kijkt.', ['Ik zou het fijn vinden']],
    ['Wat we nog willen is dat de scholen meedoen.', ['Wat we nog willen']],
    ['Wat ik graag zou zien, is een gezamenlijke beoordeling.', ['Wat ik graag zou zien']],
    // something that does not exist yet, with a modal
    ['Misschien kan er een studentenraad komen.', ['Misschien kan']],
    ['Er moet een vast aanspreekpunt komen.', ['Er moet een vast aanspreekpunt komen']],
    // a need not met yet
    ['Dat kan nog beter.', ['kan nog beter']],
    ['De afstemming met de pabo mag echt vaker.', ['mag echt vaker']],
    // the wish in a subordinate clause, verb at the end
    ['Omdat we dit willen verbeteren, vragen we feedback.', ['willen']],
    ['We vragen feedback, zodat ik de lessen wil aanpassen.', ['wil']],
    // going to, any subject, a change verb at the end of the clause
    ['De scholen gaan met de nieuwe kijkwijzer werken.', ['gaan']],
    ['Alle mentoren gaan vanaf januari het portfolio gebruiken.', ['gaan']],
    ['Als de pilot slaagt, gaan de scholen het portfolio gebruiken.', ['gaan']],
    ['Het is duidelijk dat de pabo het programma gaat aanpassen en dat is goed.', ['gaat']],
    // work on something not in use yet
    ['Daar zijn we nu samen met het roc een format voor aan het maken.', ['zijn we nu samen met het roc een format voor aan het maken']],
    ['De werkgroep stelt nu een beroepsbeeld voor het roc op.', ['stelt nu een beroepsbeeld voor het roc op']],
    ['Momenteel ontwikkelen we een kijkwijzer.', ['Momenteel ontwikkelen']],
    ['De werkgroep is een nieuw stageprogramma aan het ontwikkelen.', ['is een nieuw stageprogramma aan het ontwikkelen']],
    ['Het portfolio wordt in september ingevoerd.', ['wordt in september ingevoerd']],
    ['Er wordt een kernteam opgericht.', ['wordt een kernteam opgericht']],
    ['Dit schooljaar voegen we er een audit aan toe.', ['Dit schooljaar voegen we er een audit aan toe']],
    // English
    ['All schools will use the rubric.', ['schools will']],
    ['The board shall appoint a coordinator.', ['board shall']],
    ['We are currently developing a new rubric.', ['We are currently developing']],
    ["We're setting up a quality team.", ["We're setting up"]],
    ['A survey is being set up.', ['is being set up']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Het plan om een stuurgroep op te richten is van tafel.', 'a dropped plan'],
    ['Het voornemen om te fuseren is losgelaten.', 'a dropped resolution'],
    ['The plan to add a survey was dropped.', 'a dropped plan, English'],
    ['Als een school boven het gemiddelde zit, gaan we in gesprek met de schoolopleider.', 'a conditional routine'],
    ['Wanneer er een probleem is, gaan we samen om tafel.', 'a conditional routine'],
    ['Studenten gaan elke week naar de pabo.', '"gaan" as movement'],
    ['Studenten gaan naar hun stageschool en werken daar met de mentor.', '"gaan" as movement, no change verb ending the clause'],
    ['Het gaat om samen leren werken.', '"het gaat om"'],
    ['Daarna gaan de studenten in tweetallen werken.', 'a step of a procedure'],
    ['Als de student klaar is, gaat hij zelfstandig werken.', 'a conditional routine of a student'],
    ['Studenten geven aan dat ze meer feedback willen.', 'a reported wish of students'],
    ['De student wil graag een andere stageschool.', '"wil" of a student'],
    ['Er kunnen studenten langskomen bij de schoolopleider.', 'coming by'],
    ['Er mogen geen studenten bij komen.', 'negated'],
    ['Het lijkt me goed.', 'an opinion without a wish'],
    ['De student kan beter reflecteren dan vorig jaar.', 'a comparative ability'],
    ['De student is een les aan het voorbereiden.', 'a student at work'],
    ['We zetten nu de kijkwijzer in.', 'using something now'],
    ['De kijkwijzer wordt elk jaar toegevoegd aan het portfolio.', 'a habit'],
    ['De resultaten worden toegevoegd aan het portfolio.', 'a routine in the passive'],
    ['De lessen worden uitgebreid besproken.', '"uitgebreid" = extensively'],
    ['De student voegt elke week een verslag toe aan het portfolio.', 'a habit'],
    ['Sinds dit schooljaar voegen we de resultaten toe aan het jaarverslag.', 'since: in place'],
    ['After each lesson the mentor will discuss it with the student.', 'a routine with "will"'],
    ['When a trainee is ill, the mentor will call the coordinator.', 'a conditional routine'],
    ['Students join of their own free will.', '"free will"'],
    ['The trainee will then reflect on the lesson with the mentor.', 'a procedure, "will then"'],
    ['The students are preparing their lessons.', 'present practice'],
    ['In het opleidingsplan staat hoe de beoordeling gaat.', '"plan" as a document in use'],
    ['Plan: doelen stellen in de stuurgroep.', 'PDCA step'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: aims, needs and English wishes beyond the dev errors (tuning round 3)', () => {
  it.each([
    ['We hebben de intentie om de mentoren te scholen.', ['We hebben de intentie']],
    ['Het is onze intentie om dit te verbeteren.', ['Het is onze intentie']],
    ['Het is de wens om een stuurgroep op te richten.', ['Het is de wens']],
    ['Wij zien graag dat de scholen meer samenwerken.', ['Wij zien graag']],
    ['Wij hebben als doel dat elke student een mentor heeft.', ['Wij hebben als doel']],
    ['Er is behoefte aan een gezamenlijke visie.', ['Er is behoefte aan']],
    ['Een verbeterpunt is dat we meer evalueren.', ['verbeterpunt is']],
    ['Ik neem me voor om vaker te reflecteren.', ['Ik neem me voor']],
    ['We kijken of we een audit kunnen organiseren.', ['We kijken of we een audit kunnen']],
    ['Dit moet beter.', ['moet beter']],
    ['De rol van de mentor moet duidelijker.', ['moet duidelijker']],
    ['De feedback moet echt verbeterd worden.', ['moet echt verbeterd worden']],
    ['The intention is that every trainee has a coach.', ['The intention is']],
    ["We're looking to expand the programme.", ["We're looking to"]],
    ['Ideally, every school would have a school-based educator.', ['Ideally']],
    ['We still need to agree on the roles.', ['We still need to']],
    ['We need to improve the feedback.', ['We need to improve']],
    ['This needs to be improved.', ['needs to be improved']],
    ['There should be a joint evaluation.', ['There should be']],
    ['A new steering group is to be set up.', ['is to be set up']],
    ['We are in the process of writing a vision.', ['We are in the process of']],
    ['One of our goals is to involve the students.', ['One of our goals is']],
    ['I want to improve my feedback.', ['I want to']],
    ["I'm going to ask my mentor.", ["I'm going to"]],
    ['The school is going to introduce a rubric.', ['is going to']],
    ['We have plans to set up a panel.', ['We have plans to']],
    ['We expect to introduce a rubric next spring.', ['We expect to', 'next spring']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['De intervisie heeft als doel dat studenten reflecteren.', 'the purpose of an existing activity'],
    ['Studenten hebben behoefte aan feedback.', 'a need reported of students'],
    ['De wens van de student is dat hij vaker les geeft.', 'a wish reported of a student'],
    ['Verbeterpunten uit de jaarlijkse evaluatie nemen we mee in de planning.', 'the routine of the cycle'],
    ['We kijken of het programma nog past.', 'an evaluation'],
    ['Students need to hand in their log every week.', 'a rule in force'],
    ['The form needs to be signed by the mentor.', 'a rule in force, passive'],
    ['I need to hand in my portfolio in week 10.', 'a rule in force for a student'],
    ['Trainees are to be assessed by two assessors.', 'a rule in force, "are to be"'],
    ['There has to be a mentor in every lesson.', 'a rule in force, "has to be"'],
    ['Last time I added that I want to be the teacher who knows every name.', 'the content of a reflection'],
    ['I want to be a teacher who listens.', 'the content of a reflection'],
    ["I'm going to school by bike.", '"going to" as movement'],
    ['We have lesson plans for every week.', '"plans" as documents in use'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: a negated plan word is no plan (tuning round 3)', () => {
  it.each([
    ['Het is niet de bedoeling dat de mentor de beoordeling alleen doet.', 'a norm'],
    ['Het is nooit de bedoeling geweest om de scholen te laten kiezen.', 'never the intention'],
    ['We zijn niet van plan om te stoppen.', 'no plan'],
    ["We don't plan to change the programme.", 'no plan, English'],
    ['There are no plans to change the rubric.', 'no plans'],
    ['Wij zullen dat niet doen.', 'a negated future'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it.each([
    ['We zullen niet langer op papier evalueren.', ['We zullen']],
    ['We gaan niet langer op papier evalueren.', ['We gaan']],
    ['Dit zal niet alleen de mentor helpen.', ['zal']],
  ])('"niet langer", "niet alleen" still announce: %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe('intentions: periods ahead, nl and en (tuning round 3)', () => {
  it.each([
    ['Volgend blok start de pilot.', ['Volgend blok']],
    ['Aankomend schooljaar start de pilot.', ['Aankomend schooljaar']],
    ['Het komende blok oefenen de studenten met de nieuwe kijkwijzer.', ['Het komende blok']],
    ['In het nieuwe schooljaar starten we een leerteam.', ['In het nieuwe schooljaar']],
    ['Next block the trainees start with a new portfolio.', ['Next block']],
    ['In the coming school year all mentors get a training.', ['In the coming school year']],
    ['Over the next two years the programme is renewed.', ['Over the next two years']],
    ['The upcoming year brings a new rubric.', ['The upcoming year']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Elk volgend blok begint met een intake.', 'a routine'],
    ['Grote verschillen bespreek ik in het overleg van het volgende kwartaal.', 'relative to a routine'],
    ['Toen bepaalden ze samen wat ik het volgende blok ga doen.', 'the content of a past conversation'],
    ['Het nieuwe schooljaar is goed begonnen.', 'the present year'],
    ['Volgende week is de tussenevaluatie, net als elke periode.', 'a scheduled event of a routine'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: a heading of plans introduces its list (tuning round 3)', () => {
  it.each([
    ['Plannen:\n- een audit\n- een kernteam', ['Plannen']],
    ['Onze plannen: een audit en een kernteam.', ['Onze plannen']],
    ['Vervolgstappen:\n- een audit', ['Vervolgstappen']],
    ['Next steps:\n- a survey', ['Next steps']],
    ['Wij als partnerschap gaan de rollen verduidelijken.', ['Wij als partnerschap gaan']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Plan: doelen stellen in de stuurgroep.', 'the PDCA step'],
    ['We bespreken de plannen: wat doet de student?', 'plans discussed, not a heading'],
    ['Wensen van studenten:\n- meer feedback', 'wishes reported of students'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it('a role in the items of a heading of plans carries no practice', () => {
    const a = analyseAnswer('Plannen:\n- een kernteam met de schoolopleider\n- een audit', { waarborgId: 'organisatie' });
    expect(a.partnersNamed).toEqual([]);
  });
});

describe('intentions: a plan being weighed or proposed (tuning round 3)', () => {
  it.each([
    ['Er wordt nagedacht over een gezamenlijke beoordeling.', ['Er wordt nagedacht over']],
    ['Er wordt onderzocht of een audit haalbaar is.', ['Er wordt onderzocht of een audit haalbaar']],
    ['Er ligt een voorstel om een kernteam op te richten.', ['Er ligt een voorstel om']],
    ['Our proposal is to add a survey.', ['Our proposal is']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Er wordt gekeken of het programma nog past.', 'an evaluation'],
    ['Het voorstel om een kernteam op te richten is afgewezen.', 'a rejected proposal'],
    ['The proposal to add a survey was rejected.', 'a rejected proposal, English'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: conditional wishes, needs and plans in progress with words between (tuning round 4, h2 errors)', () => {
  it.each([
    ['Ik zou wel willen dat mijn stageschool er ook iets mee doet.', ['Ik zou wel willen']],
    ['Ik zou als mentor graag één keer per jaar een terugkomdag willen.', ['Ik zou als mentor graag één keer per jaar een terugkomdag willen']],
    ['Wij zouden het liefst alle scholen erbij willen betrekken.', ['Wij zouden het liefst alle scholen erbij willen']],
    ['Maar dan zou het fijn zijn als het wat zichtbaarder was.', ['zou het fijn zijn als']],
    ['Dat zou wel moeten.', ['Dat zou wel moeten']],
    ['We zijn daarom bezig een draaiboek te maken.', ['We zijn daarom bezig']],
    ['Daar zijn we nu mee bezig.', ['zijn we nu mee bezig']],
    ['Volgens mij moet de opleiding dat veel meer samen met de scholen oppakken.', ['Volgens mij moet']],
    ['Twee keer per jaar bespreken we de resultaten, en volgend jaar willen we een audit.', ['volgend jaar', 'willen we']],
    ['Volgend jaar gaan we elke week intervisie houden.', ['Volgend jaar']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Dat zouden we niet willen missen.', 'a negated wish'],
    ['We zijn al jaren bezig met intervisie.', 'an activity going on for years'],
    ['Studenten zeggen dat ze meer feedback zouden willen.', 'a wish reported for students'],
    ['Elk jaar nemen we de verbeterpunten mee in de planning van volgend jaar.', 'the routine of the cycle'],
    ['Twee keer per jaar bespreken we in de teamvergadering wie volgend jaar mentor wil worden.', 'what a routine is about'],
    ['In oktober checken we in het overleg of die verbeterpunten zijn opgepakt.', 'improvement points that were acted on'],
    ['De verbeterpunten zijn inmiddels doorgevoerd.', 'improvement points carried out'],
    ['Ik weet wat goed gaat en waar ik nog aan moet werken.', '"gaat" as "goes well", the verb belongs to another clause'],
    ['Daar moesten we een essay schrijven over wat voor docent we willen worden.', 'the content of an assignment'],
    ['Hij vroeg welke leraar we willen opleiden.', 'an indirect question describing the vision'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: needs and wishes, tuning round 5', () => {
  it.each([
    ['De rolbeschrijvingen moeten beter aansluiten bij onze visie op opleiden.', ['moeten beter aansluiten']],
    ['Wat nog beter moet: de terugkoppeling naar de studenten.', ['Wat nog beter moet']],
    ['Wat we nog willen verbeteren is dat we vaker met studenten praten.', ['Wat we nog willen verbeteren']],
    ['Wat we willen bereiken: een gedeelde visie.', ['Wat we willen bereiken']],
    ['De pabo gaat de module herzien.', ['pabo gaat']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Centraal staat de vraag: wat voor leraar willen we samen opleiden?', 'the vision\'s question, content of a course'],
    ['Ze neemt het mee als ze met de pabo gaat overlegen.', 'a body after a preposition is no subject of "gaat"'],
    ['De student moet beter leren plannen.', 'a student assessed, not a plan'],
    ['Studenten moeten beter aansluiten bij de groep.', 'a student assessed'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: scheduled dates, asked periods, attributes and shortcomings are no plans (tuning round 6, dev-4)', () => {
  it.each([
    ['Straks start de pilot.', ['Straks']],
    ['De werkplekbegeleider doet straks ook de eerste beoordeling.', ['straks']],
    ['We werken aan een nieuwe kijkwijzer.', ['We werken aan']],
    ['Daar werken we nu hard aan.', ['werken we nu hard aan']],
    ['Volgend schooljaar start de pilot.', ['Volgend schooljaar']],
    ['De eerste bijeenkomst met de nieuwe scholen is volgend jaar.', ['volgend jaar']],
    ['Een verbeterpunt is dat we meer evalueren.', ['verbeterpunt is']],
    ['Wat nog beter moet: de terugkoppeling naar de studenten.', ['Wat nog beter moet']],
    ['Next year we will add a second survey.', ['Next year', 'we will']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ["We hebben de studenten van nu nodig als collega's van straks.", '"van straks" is an attribute'],
    ['Tot straks!', 'a greeting'],
    ['Daar werken we aan de opdrachten uit de leerlijn.', "working on the student's assignments is the activity"],
    ['In de intervisie werken we aan onze leervragen.', 'working on learning questions'],
    ['We work on our portfolio every week.', 'English activity'],
    ['Het beroepsbeeld wordt elke vier jaar bekeken. De eerste keer is volgend schooljaar.', 'the first date of an agreed routine'],
    ['De volgende stuurgroepvergadering is volgend jaar in maart.', 'a scheduled meeting of a routine'],
    ['The next round is next year.', 'English scheduled date'],
    ['Na de zomer start het nieuwe schooljaar met een kick-off, zoals altijd.', 'a period ahead marked as routine'],
    ['Next year, as every year, the trainees start in September.', 'English, marked as routine'],
    ['Ten eerste de capaciteit: hoeveel studenten kunnen de colleges het komende jaar plaatsen.', 'a period inside an indirect question'],
    ['We bespreken welke scholen volgend jaar studenten plaatsen.', 'what a routine is about'],
    ['Verbeterpunten:\n- de werkplekbegeleiders hebben te weinig tijd\n- de terugkoppeling komt laat', 'a heading over shortcomings'],
    ['Wat nog beter kan: de mentoren van groep 1-2 voelen zich soms vergeten.', 'a heading over a shortcoming'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: the conditional with words between, any subject (tuning round 6, dev-4)', () => {
  it.each([
    ['Dat weet ik niet, dat zouden we beter moeten monitoren.', ['zouden we beter moeten']],
    ['We zouden in de sectie ook eens moeten bespreken hoe het gaat.', ['We zouden in de sectie ook eens moeten']],
    ['De scholen zouden elk jaar hun mentoren moeten laten trainen.', ['zouden elk jaar hun mentoren moeten']],
    ['Een leerlijn op één A4tje zou al enorm helpen.', ['zou al enorm helpen']],
    ['Meer taakuren zou veel schelen.', ['zou veel schelen']],
    ['Zou toch fijn zijn als we als mentoren ook een keer bij elkaar komen.', ['Zou toch fijn zijn']],
    ['Zou echt mooi zijn als de pabo vaker langskomt.', ['Zou echt mooi zijn']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['De kinderen mochten voorspellen wat er zou gebeuren.', 'a past future in a narrative'],
    ['Ik wist vooraf waar ik op beoordeeld zou worden.', 'a past future in a relative clause'],
    ['Dat zouden we niet moeten doen.', 'a negated conditional'],
    ['Een extra formulier zou niet helpen.', 'a negated conditional'],
    ['We bespreken welke aanpak zou helpen.', 'an indirect question'],
    ['Ik weet niet wat ik zou moeten doen.', 'an indirect question'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: a need put as a suggestion, an opinion or a body\'s own task (tuning round 6, dev-4)', () => {
  it.each([
    ['Eigenlijk moeten we als opleiding veel meer op de werkplek aanwezig zijn.', ['Eigenlijk moeten we']],
    ['Misschien moet de opleiding dat beter communiceren.', ['Misschien moet de opleiding']],
    ['Wellicht kunnen de scholen een vaste contactpersoon aanwijzen.', ['Wellicht kunnen']],
    ['Dat moet eigenlijk anders.', ['moet eigenlijk']],
    ['Kunnen we misschien samen evalueren met de pabo.', ['Kunnen we misschien']],
    ['Ik denk dat we daar als partnerschap een stap in moeten zetten.', ['Ik denk dat we daar als partnerschap een stap in moeten']],
    ['Volgens mij moeten de pabo en de school dit beter afstemmen.', ['Volgens mij moeten']],
    ['Dat moeten we als bestuur ook agenderen in het directeurenoverleg.', ['Dat moeten we als bestuur']],
    ['Wij als kernteam moeten de rollen beter beschrijven.', ['moeten de rollen beter']],
    ['Daar moeten we als partnerschap iets mee.', ['Daar moeten we als partnerschap']],
    ['Daar moeten we in het bestuurlijk overleg een keer voor gaan zitten.', ['moeten we in het bestuurlijk overleg een keer voor gaan zitten']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Studenten moeten elke week hun logboek bijwerken.', 'a rule in force (guide)'],
    ['Volgens mij moet elke student een keer per periode een driegesprek hebben.', 'the rule in force as the writer knows it'],
    ['Als student moeten we een portfolio bijhouden.', "a student's rule in force"],
    ['Wij als mentoren moeten elk blok een beoordeling invullen.', 'a duty with a habit marker'],
    ['Elke periode moeten we een keer een lesbezoek plannen.', 'a rule in force with "een keer"'],
    ['Wie moet dat eigenlijk uitleggen, de instituutsopleider?', 'a question: "eigenlijk" only asks'],
    ['Eigenlijk kan dat niet anders.', 'a negated possibility'],
    ['Misschien moet je dat niet doen.', 'negated'],
    ['Dat kan eigenlijk prima zo.', '"kan eigenlijk" affirms'],
    ['Eigenlijk kan ik kort zijn: het gaat goed.', '"eigenlijk kan" is no suggestion'],
    ['Misschien kan ik hier een voorbeeld geven.', 'the text announcing itself'],
    ['Misschien moet ik eerst uitleggen hoe het werkt.', 'the text announcing itself'],
    ['Wij als opleidingsschool moeten voldoen aan de eisen van de pabo.', 'an obligation in force'],
    ['Ik vind het belangrijk dat studenten weten wat ze moeten doen.', 'an opinion about what students know'],
    ['Ik denk dat mijn student meer moet oefenen met orde.', "a mentor's view of the student, assessed"],
    ['De mentor zei dat ik meer zou moeten oefenen met orde.', "someone else's advice, reported"],
    ['In de intervisie gaan we dieper in op casussen.', '"ingaan op" discusses, it plans nothing'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: needs, wishes and next steps (tuning round 5, dev-4)', () => {
  it.each([
    ['zou fijn zijn als we als mentoren ook een keer bij elkaar komen.', ['zou fijn zijn als']],
    ['We zouden in de sectie ook eens moeten bespreken hoe de begeleiding gaat.', ['We zouden in de sectie ook eens moeten']],
    ['Dat zouden we beter moeten monitoren.', ['zouden we beter moeten']],
    ['Een leerlijn op één A4tje zou al enorm helpen.', ['zou al enorm helpen']],
    ['Wij moeten daar als partnerschap een stap in zetten.', ['een stap in zetten']],
    ['Daar moeten we in het bestuurlijk overleg een keer voor gaan zitten.', ['moeten we in het bestuurlijk overleg een keer voor gaan zitten']],
    ['Eigenlijk moeten we als opleiding veel meer op de werkplek aanwezig zijn.', ['Eigenlijk moeten we']],
    ['Misschien moet de opleiding dat beter communiceren.', ['Misschien moet de opleiding']],
    ['Volgende stap is dat ook de vakcoaches erbij komen.', ['Volgende stap is dat']],
    ['We learned from that: we now want a deputy for every key role.', ['we now want']],
    ['My hope is that the new lectorate can help us.', ['My hope is']],
    ['I would expect the coordinator to send them before each meeting.', ['I would expect']],
    ['The next step is to involve the trainees.', ['The next step is to']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['We hebben de studenten van nu nodig als collega\'s van straks.', 'the coming generation'],
    ['Op maandag werken we aan de opdrachten uit de leerlijn.', 'doing assignments is practice'],
    ['We moeten elk jaar een verslag inleveren bij de pabo.', 'a rule in force'],
    ['Wat we nog missen is een evaluatie of de formulieren gebruikt worden.', 'a stated lack without a wish (labels disagree; not a cue)'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: English "should" with any subject and a pending proposal (tuning round 6, dev-4)', () => {
  it.each([
    ['I think the school and the university should talk more about the assignments.', ['should talk more']],
    ['The coordinator should send us the figures.', ['should']],
    ['That is not how it should be.', ['is not how it should be']],
    ['It is nice of her, but not really how it should be.', ['not really how it should be']],
    ["That isn't the way things should work.", ["isn't the way things should work"]],
    ['Dat voorstel ligt nu bij de stuurgroep.', ['Dat voorstel ligt nu bij']],
    ['Ik heb in het directeurenoverleg voorgesteld om vaste koppels te maken.', ['Ik heb in het directeurenoverleg voorgesteld om']],
    ['I proposed that every school gets a coordinator.', ['I proposed that']],
    ['The proposal is still pending.', ['The proposal is']],
    ['Our plan is now pending at the board.', ['plan is now pending']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['We agreed on what a student should be able to do in each year.', 'a standard, after a question word'],
    ['Students should hand in their log every week.', 'a rule in force'],
    ['If in doubt, the trainee should call the mentor.', 'a procedure'],
    ['The mentor should not grade alone.', 'a negated norm'],
    ['These are the tasks that mentors should do.', 'a relative clause describes the tasks'],
    ['The evaluation asks students what should be better.', 'a question word as the subject'],
    ['According to the handbook, the mentor should observe a lesson twice a term.', 'a rule in force with its source and frequency'],
    ['Vorig jaar hebben we voorgesteld om een audit te doen en dat is aangenomen.', 'a proposal taken up'],
    ['Op ons voorstel is het aantal terugkomdagen verhoogd.', 'a proposal carried out'],
    ['Vorig jaar hebben we voorgesteld om een audit te doen; die is in mei gehouden.', 'a past proposal, carried out'],
    ['My grade is still pending.', 'a result not in yet, no plan'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: more words for a need, a wish or the writer\'s plan (tuning round 6)', () => {
  it.each([
    ['We moeten de rol van de stuurgroep explicieter maken.', ['moeten de rol van de stuurgroep explicieter']],
    ['Het beroepsbeeld moet beter gedragen worden door de teams.', ['moet beter']],
    ['We kunnen de mentoren nog meer betrekken bij de beoordeling.', ['kunnen de mentoren nog meer']],
    ['Ik ga dit bespreken met mijn mentor.', ['Ik ga dit bespreken']],
    ['Dat ga ik oppakken met de schoolopleider.', ['ga ik oppakken']],
    ['Wat we nodig hebben is een vaste cyclus.', ['Wat we nodig hebben']],
    ['Een wens is nog dat de studenten meedenken.', ['Een wens is nog dat']],
    ['Het liefst zien we dat elke school een schoolopleider heeft.', ['Het liefst zien we']],
    ['Er ligt een plan klaar om de begeleiding te verbeteren.', ['Er ligt een plan klaar om']],
    ['Een volgende stap zou zijn om de studenten te betrekken.', ['Een volgende stap zou zijn']],
    ['Ik zou het waarderen als de pabo vaker komt.', ['zou het waarderen']],
    ['We verwachten het in maart af te ronden.', ['We verwachten het in maart af te ronden']],
    ['Er is meer tijd nodig voor de begeleiding.', ['Er is meer tijd nodig']],
    ['We hebben echt extra uren nodig.', ['We hebben echt extra uren nodig']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['De student moet beter plannen.', 'a student assessed'],
    ['Je moet meer reflecteren dan in jaar 1.', 'a rule for the student'],
    ['Het moet meer dan een formulier zijn.', '"meer dan" compares'],
    ['De student kan nog beter reflecteren.', 'a student assessed'],
    ['Dat kan nog meer dan vroeger.', '"meer dan" compares'],
    ['We moeten elke week meer formulieren invullen.', 'a rule in force with a habit'],
    ['Ik ga elke dinsdag naar de pabo.', 'movement with a habit'],
    ['Ik ga met plezier naar mijn stage.', 'movement'],
    ['Daarna ga ik met mijn mentor de les bespreken.', 'a step of a routine'],
    ['Mijn schoolopleider maakt een rooster van welke klassen ik ga overnemen.', 'a relative clause'],
    ['We verwachten van studenten een actieve houding te tonen.', 'a norm for others'],
    ['De mentoren hebben meer tijd nodig, en daar hebben we de taakuren op aangepast.', 'a need reported and met'],
    ['Daarvoor is een VOG nodig.', 'a rule, no comparative'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: envisaged approaches and needs for more (tuning round 5)', () => {
  it.each([
    ['De aanpak die we voor ogen hebben:', ['die we voor ogen hebben']],
    ['Wij hebben een gezamenlijke beoordeling voor ogen.', ['Wij hebben een gezamenlijke beoordeling voor ogen']],
    ['We also need to train more mentors.', ['We also need to train more']],
    ['We need more hours for the supervision.', ['We need more']],
    ['I think the school and the university should talk more about the assignments.', ['should talk more']],
    ['My mentor translates things for me, which is nice but not really how it should be.', ['not really how it should be']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Students need to update their log every week.', 'a rule in force'],
    ['Trainees should hand in their log every Friday.', 'a rule in force with "should"'],
    ['De mentor heeft de student voor ogen gehouden wat hij kan.', 'another idiom'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: English wishes and plans in other words (tuning round 6)', () => {
  it.each([
    ["We'd really like to involve more schools.", ["We'd really like"]],
    ['We are keen to expand the programme.', ['We are keen to']],
    ['What we need is a shared calendar.', ['What we need is']],
    ['We still have to agree on the roles.', ['We still have to']],
    ['The roles have yet to be described.', ['yet to be']],
    ['The board is planning to invest in mentors.', ['planning to']],
    ['We are currently looking at ways to improve the feedback.', ['We are currently looking at ways']],
    ['There are plans for a shared assessment.', ['There are plans for']],
    ['I would suggest that the mentors meet twice a year.', ['I would suggest']],
    ['Maybe the university could send the assignments earlier.', ['Maybe the university could']],
    ['Perhaps we could share the results with the students.', ['Perhaps we could']],
    ['It might help to have a shared form.', ['It might help']],
    ['I wish the university would tell us more.', ['I wish']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['There are no plans for a shared assessment.', 'negated'],
    ['We have to hand in our log.', 'a rule in force'],
    ['Students still have to hand in their log every week.', 'a rule with a habit'],
    ['My mentor suggested that I film a lesson.', 'a suggestion reported, past'],
    ['I wish to point out that our mentors are trained.', 'a way of writing'],
    ['I would recommend this school to every student.', 'recommending the school to others, with "every"'],
    ['Based on that session we set two priorities for the coming year.', 'what a routine is about'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: a plan being weighed or work still ahead, in idiom (tuning round 6)', () => {
  it.each([
    ['Wij zijn aan het kijken hoe we dat kunnen verbeteren.', ['Wij zijn aan het kijken hoe']],
    ['We zijn nu aan het nadenken over een gezamenlijke training.', ['We zijn nu aan het nadenken']],
    ['Er is nog werk aan de winkel.', ['nog werk aan de winkel']],
    ['We hebben nog een lange weg te gaan.', ['nog een lange weg te gaan']],
    ['Daar valt nog veel winst te behalen.', ['nog veel winst te behalen']],
    ['Het wordt tijd voor een gezamenlijke visie.', ['Het wordt tijd voor']],
    ['Dat moet echt anders.', ['moet echt anders']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['De studenten zijn aan het onderzoeken hoe leerlingen leren.', "the students' own research"],
    ['We zijn aan het kijken naar de les van de student.', 'observing a lesson'],
    ['Elke week zijn we aan het kijken hoe de planning loopt.', 'a habit'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: exploring, tasks ahead, work in progress (tuning round 5)', () => {
  it.each([
    ['We zijn aan het onderzoeken of we een gezamenlijke dag kunnen organiseren.', ['We zijn aan het onderzoeken']],
    ['Ze zijn aan het onderzoeken of we een gezamenlijke dag kunnen organiseren.', ['aan het onderzoeken of we een gezamenlijke dag kunnen']],
    ['Er ligt nog een taak om dit te borgen.', ['Er ligt nog een taak om']],
    ['A working group is currently developing the new handbook.', ['is currently developing']],
    ['Going forward, the mentors will meet monthly.', ['Going forward']],
    ['We are exploring whether we could share one assessment form.', ['We are exploring']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['De student onderzoekt of hij de les anders kan geven.', 'a student trying something in a lesson'],
    ['The trainees are currently developing their teaching skills.', 'the learning person'],
    ['We want to stress that the mentors do a great job.', 'a way of writing'],
    ['The mentors are currently working on their lesson plans with the trainees.', 'practice going on'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('planned sentences: a decision already taken is practice (tuning round 6)', () => {
  const analysed = (text: string) => analyseAnswer(text, { waarborgId: 'kwaliteitscultuur' });
  it.each([
    ['Volgend schooljaar krijgt elke schoolopleider 4 uur per week, dat is afgesproken in de stuurgroep.', 'stuurgroep'],
    ['In de werkgroep kwaliteit hebben we afgesproken dat we een alumni-enquête gaan ontwikkelen.', 'werkgroep'],
    ['The steering group has decided that all schools will use the new form next year.', 'stuurgroep'],
  ])('%j keeps its intention and names the deciding body (%s)', (text, role) => {
    const a = analysed(text);
    expect(a.intentions.length).toBeGreaterThan(0);
    expect(a.partnersNamed).toContain(role);
  });

  it.each([
    ['De werkgroep gaat volgend jaar een alumni-enquête ontwikkelen.'],
    ['The steering group will decide next year.'],
    ['We willen dat de stuurgroep vaker vergadert.'],
  ])('%j: a plan only, its roles carry nothing', (text) => {
    const a = analysed(text);
    expect(a.intentions.length).toBeGreaterThan(0);
    expect(a.partnersNamed.filter((r) => r !== 'student' && r !== 'joint')).toEqual([]);
  });
});

describe('intentions: the text announcing itself is a way of writing (tuning round 6)', () => {
  it.each([
    ['Hieronder zal ik laten zien hoe we werken.'],
    ['Ik zal eerst uitleggen hoe de begeleiding loopt.'],
    ['Ik zal een voorbeeld geven.'],
    ['Ik zal in dit antwoord beschrijven hoe het gaat.'],
    ['Hieronder zal ik de drie onderdelen beschrijven.'],
    ['Below we will describe how we work.'],
    ['In this answer I will explain our approach.'],
    ['I will give an example.'],
    ['Below I will describe the three parts.'],
    ['Ik zal eerlijk zijn: het gaat niet altijd goed.'],
    ['Ik zal kort zijn.'],
    ['We will be honest about it.'],
    ['We want to show how we work together.'],
    ['Ik wil laten zien hoe we werken.'],
    ['Ik wil graag een voorbeeld geven.'],
    ['Ik wil eerst iets vertellen over onze school.'],
    ['Wij willen hieronder beschrijven hoe we werken.'],
    ['Hieronder wil ik ingaan op de rol van de mentor.'],
    ['I want to explain what we do.'],
  ])('%j', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it.each([
    ['We zullen de kijkwijzer aanpassen.', ['We zullen']],
    ['We zullen de studenten uitleggen hoe het portfolio werkt.', ['We zullen']],
    ['We will explain the new rubric to all mentors.', ['We will']],
    ['Hieronder staat wat we zullen veranderen.', ['we zullen']],
    ['We want to show trainees more of the school.', ['We want to']],
    ['We willen de studenten laten zien hoe een les werkt.', ['We willen']],
  ])('%j → %j (a plan, not the text)', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe('intentions: English aims, needs and work still ahead (tuning round 6)', () => {
  it.each([
    ["We're aiming to involve all schools.", ["We're aiming to"]],
    ["We're hoping the university joins.", ["We're hoping the"]],
    ['It is our goal that every trainee has a mentor.', ['It is our goal that']],
    ['We would welcome more visits.', ['We would welcome']],
    ['There is a need for more contact.', ['There is a need for']],
    ['More time for mentors is needed.', ['More time for mentors is needed']],
    ['We still have work to do on this.', ['still have work to do']],
    ['This is still a work in progress.', ['still a work in progress']],
    ['That is on our wish list.', ['our wish list']],
    ['We are in the middle of setting up a new system.', ['in the middle of setting up']],
    ['A new handbook is in the making.', ['in the making']],
    ['The plan is being discussed by the board.', ['plan is being discussed']],
    ['I would suggest that every school has a coordinator.', ['I would suggest']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['A certificate of conduct is needed for the placement.', 'a rule, no comparative'],
    ['The trainee is aiming at a distinction.', "the student's own aim in a lesson"],
    ['Each term more hours are needed.', 'a recurring need of the routine'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: a reported wish taken up (tuning round 6)', () => {
  it.each([
    ['Studenten willen meer oefenen met oudergesprekken. Dat nemen we mee: vanaf februari sluiten ze aan.', ['Dat nemen we mee']],
    ['Dat pakken we op in het kernteam.', ['Dat pakken we op']],
    ['Studenten missen feedback op hun portfolio. We pakken dit zeker op.', ['We pakken dit zeker op']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Verbeterpunten uit de jaarlijkse evaluatie nemen we mee in de planning.', 'the routine of the cycle'],
    ['Na elke evaluatie nemen we dat mee in het jaarplan.', 'a routine'],
    ['Dat nemen we elk jaar mee in de evaluatie.', 'a routine with a habit'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: a start date with an explicit future, bodies in the plural (tuning round 5)', () => {
  it.each([
    ['Vanaf september gaan de mentoren elke week observeren.', ['gaan']],
    ['From September the mentors will observe every week.', ['will']],
    ['De scholen willen vaker samen evalueren.', ['De scholen willen']],
    ['The schools want more contact with the university.', ['The schools want']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Sinds september gaan we elke week op lesbezoek.', 'a habit since a month'],
    ['Vanaf september werken alle mentoren met de kijkwijzer.', 'no explicit future (no calendar: a known limit)'],
    ['Studenten die de scholen willen leren kennen, lopen een dag mee.', 'a relative clause'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: a hope about the answer itself is a way of writing (tuning round 6)', () => {
  it.each([
    ['Ik hoop dat dit duidelijk is.'],
    ['Ik hoop dat het duidelijk is.'],
    ['Hopelijk geeft dit een beeld van onze werkwijze.'],
    ['We hope this gives a clear picture.'],
    ['Hopefully this answers the question.'],
    ['I hope I have shown how we work.'],
  ])('%j', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it.each([
    ['Ik hoop dat de pabo vaker komt.', ['Ik hoop']],
    ['Hopelijk lukt dat.', ['Hopelijk']],
    ['We hopen dat het beeld van de leraar duidelijker wordt.', ['We hopen']],
    ['We hope to start a pilot.', ['We hope']],
  ])('%j → %j (a hope about the practice)', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe('intentions: "er komt" as a step of a procedure (tuning round 6)', () => {
  it.each([
    ['Daarna komt er een eindgesprek met de mentor.'],
    ['Aan het eind van de stage komt er een beoordelingsgesprek.'],
    ['Na elke stageperiode komt er een evaluatie.'],
  ])('%j', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it.each([
    ['Er komt een kernteam met twee schoolopleiders.', ['Er komt']],
    ['Aan het eind van dit jaar komt er een nieuw beroepsbeeld.', ['komt er']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe('intentions: more headings of plans (tuning round 6)', () => {
  it.each([
    ['Wens: een gezamenlijke evaluatie.', ['Wens']],
    ['Onze wens: meer contact met de pabo.', ['Onze wens']],
    ['Actiepunten:\n- de rollen beschrijven', ['Actiepunten']],
    ['Toekomst: een gezamenlijk programma.', ['Toekomst']],
    ['Action points:\n- describe the roles', ['Action points']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['De wens van de student is leidend.', 'not a heading'],
    ['De actiepunten uit de evaluatie nemen we mee in het jaarplan.', 'the cycle, not a heading'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: other forms of the future (tuning round 6)', () => {
  it.each([
    ["I'll discuss this with my mentor.", ["I'll"]],
    ["They'll introduce a new form.", ["They'll"]],
    ['Next month the trainees start.', ['Next month']],
    ['We start the pilot in two months.', ['in two months']],
    ['Over twee maanden starten we met de pilot.', ['Over twee maanden']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ["It'll be fine.", 'a figure of speech'],
    ["I'll be honest about how it works in practice.", 'a way of writing'],
    ["I'll explain how we work.", 'the text announcing itself'],
    ['Every Thursday we look at my lesson plan for the next week.', "a routine's object"],
    ['We praten over twee weken stage.', '"over" means about'],
    ['In het overleg hebben we afgesproken dat de mentor voortaan een deel van het formulier invult.', 'an agreement in force'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: the period ahead as what a step of the cycle sets or chooses (tuning round 7, h4/h5 errors)', () => {
  it.each([
    ['Op basis daarvan stellen we de begroting en de prioriteiten voor het volgende jaar vast.', 'priorities set in the cycle'],
    ['Juni: evaluatiedag, waar we de verbeterpunten voor het volgende jaar vaststellen.', 'improvement points set in the cycle'],
    ['In spring the steering group looks at both and picks two improvements for the next year.', 'English, improvements chosen'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });

  it.each([
    ['Mijn plan voor volgend jaar is een korte bijeenkomst per college.', ['volgend jaar']],
    ['De prioriteiten voor volgend jaar zijn nog niet bekend.', ['volgend jaar']],
    ['Volgend jaar stellen we nieuwe prioriteiten vast.', ['Volgend jaar']],
    ['Next year we will set new priorities.', ['Next year', 'we will']],
    ['We set our goals for next year in June.', ['our goals for', 'next year']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe('intentions: a need with a long object before the intensified comparative (tuning round 7, h4/h5 errors)', () => {
  it.each([
    ['We moeten het programma op de werkplek en dat op het instituut nog veel beter op elkaar afstemmen, dat kwam uit de evaluatie.', ['moeten het programma op de werkplek en dat op het instituut nog veel beter op elkaar afstemmen']],
    ['Wij moeten het programma op school en op de opleiding nog veel beter op elkaar laten aansluiten.', ['moeten het programma op school en op de opleiding nog veel beter op elkaar laten aansluiten']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Studenten moeten hun lessen in het eerste jaar op de stageschool nog veel beter leren voorbereiden.', 'a student assessed'],
    ['We moeten het programma op school, dat van de pabo en de toetsing nooit beter afstemmen dan nodig.', 'a comma ends the span'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: the conditional wish in inverted or subordinate order (tuning round 7, h4/h5 errors)', () => {
  it.each([
    ['Wel zou ik willen dat de beoordeling op die leeruitkomsten gebaseerd is.', ['zou ik willen']],
    ['Er is geen contact met de andere begeleiders, terwijl ik best zou willen horen hoe zij het aanpakken.', ['ik best zou willen']],
    ['Wat mij betreft zou de volgende stap zijn dat de schoolopleiders meedenken.', ['zou de volgende stap zijn']],
    ['Ik denk dat het beter zou werken als we het in het overleg bespreken.', ['het beter zou werken als']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Welke zou de volgende stap zijn, vroeg de student.', 'a question'],
    ['Dat zou ik niet willen missen.', 'negated'],
    ['Hoe het zou werken als de pabo meedoet, weet ik niet.', 'an indirect question'],
    ['Zou ik willen? Nee.', 'a question answered no (no clause after the verb)'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: a season ahead is a period ahead (tuning round 7, h4/h5 errors)', () => {
  it.each([
    ['De schoolopleiders en de pabo hebben voor komend voorjaar een studiedag gepland.', ['komend voorjaar']],
    ['Volgend najaar start de pilot.', ['Volgend najaar']],
    ['The programme will be redesigned next spring.', ['will be redesigned', 'next spring']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  it.each([
    ['Elk voorjaar houden we een evaluatiedag.', 'a routine'],
    ['Afgelopen voorjaar hebben we de enquête afgenomen.', 'a season past'],
    ['Last spring the survey showed that mentors want more time.', 'English, past'],
  ])('%j (%s)', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: the passive of work in progress, other verbs (tuning round 8, h6 errors)', () => {
  it.each([
    ['Dat besluit wordt nu uitgewerkt door de HR-afdelingen.', ['wordt nu uitgewerkt']],
    ['Het grootste deel wordt nog door de opleiding ontworpen.', ['wordt nog door de opleiding ontworpen']],
    ['Het nieuwe beleid wordt op dit moment opgesteld.', ['wordt op dit moment opgesteld']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
  it.each([
    // done, or a routine: not in progress
    'Het beleid is in 2022 uitgewerkt door de HR-afdeling.',
    'Het programma wordt elk jaar opnieuw opgesteld door de werkgroep.',
    'De stages worden door de opleiding ingericht.',
  ])('%j → no intention', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe("intentions: someone else's advice reported, the reader pointed elsewhere (tuning round 8, h6 errors)", () => {
  it.each([
    "My workplace mentor says that's too much work and I should just use the lesson plans from the method.",
    'I don\'t know how it works in the classroom, that is something the school leaders should tell you.',
    'My tutor told me I should write shorter reflections.',
  ])('%j → no intention', (text) => {
    expect(phrases(text)).toEqual([]);
  });
  it.each([
    // the writer's own view of what should change stays a need
    ['I think the school and the university should talk more about the assignments.', ['should talk more']],
    ['We should really align the assessment criteria.', ['We should']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe('intentions: "gaan" with a task verb ending its clause, any subject (tuning round 9, h6/h7 errors)', () => {
  it.each([
    ['We hebben een nieuwe schoolopleider aangesteld, zij gaat het beroepsbeeld binnen de school weer op de kaart zetten.', ['gaat']],
    ['De coördinator heeft gezegd dat ze een vervangingsregeling gaan maken.', ['gaan']],
    ['Ik ga die leerteams begeleiden samen met iemand van de hogeschool.', ['Ik ga die leerteams begeleiden']],
    ['De schoolopleiders gaan de werkplekbegeleiders vaker betrekken.', ['gaan']],
    ['She is going to put the professional profile back on the agenda.', ['is going to']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
  it.each([
    // movement, a routine step, a relative clause, a plural noun: no plan
    'De studenten gaan daarna naar de scholen.',
    'Daarna gaan de studenten in tweetallen een les ontwerpen.',
    'Elke week gaat de mentor met de student de planning maken.',
    'We spreken af wat de student dit semester gaat doen.',
    'Every week my mentor and I plan the lessons together.',
  ])('%j → no intention', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe('intentions: the wish or plan as the subject of "is", other fillers and verbs (tuning round 9, h5-h7 errors)', () => {
  it.each([
    ['Wat we wel gaan doen is in het voorjaar een bijeenkomst organiseren.', ['Wat we wel gaan doen']],
    ['Wat ik zelf zou willen is dat we ook eens bij elkaar in de keuken kijken.', ['Wat ik zelf zou willen']],
    ['Waar we naartoe willen is dat kwaliteit een plek krijgt in de HR-gesprekken.', ['Waar we naartoe willen']],
    ['Waar we nog aan willen werken: de rol van de directeuren.', ['Waar we nog aan willen werken']],
    ['What we want to do next is involve the trainees.', ['we want']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
  it.each([
    // movement, knowing, a relative clause: no wish or plan
    'Waar we heen gaan is de pabo.',
    'Wat ik wel weet is dat het werkt.',
    'Het beroepsbeeld beschrijft wat we willen, en dat is helder.',
    'What we do every week is plan the lessons together.',
  ])('%j → no intention', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});

describe("intentions: a plain need of the writer's own side (tuning round 9, h5-h7 errors)", () => {
  it.each([
    ['We moeten die visie opnieuw met elkaar bespreken, anders blijft het een papieren visie.', ['We moeten']],
    ['Kort gezegd: we moeten de rollen opnieuw verdelen.', ['we moeten']],
    ['Dit jaar moet het echt gebeuren, ook omdat de nieuwe eisen eraan komen.', ['moet het echt gebeuren']],
    ['Dat moet in de volgende kwaliteitscyclus gebeuren.', ['moet in de volgende kwaliteitscyclus gebeuren']],
    ['Waar we nog aan moeten werken is de rol van de directeuren.', ['Waar we nog aan moeten werken']],
    ['We still need to agree on the roles.', ['We still need to']],
  ])('%j → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
  it.each([
    // a rule in force, a habit, a question, a student's learning goal
    'We moeten van de pabo drie lessen per week geven.',
    'We moeten als opleidingsschool voldoen aan de eisen.',
    'Elke week moeten we een logboek bijhouden.',
    'Het overleg besluit of er iets moet gebeuren.',
    'De beoordeling moet binnen twee weken gebeuren.',
    'Ik weet waar ik nog aan moet werken.',
    'We have to hand in the portfolio every term.',
  ])('%j → no intention', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});
