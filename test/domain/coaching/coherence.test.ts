import { describe, expect, it } from 'vitest';
import { analyseAnswer, COHERENCE_CUES, type WaarborgId } from '../../../src/domain/coaching';

const linked = (text: string, waarborgId: WaarborgId) => analyseAnswer(text, { waarborgId }).linkedWaarborgen;

describe('coherence with the other waarborgen', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['Het programma komt voort uit onze visie op opleiden.', 'leeromgeving', ['lerende-leraar']],
    ['Het beroepsbeeld is de basis van de beoordeling.', 'organisatie', ['lerende-leraar', 'leeromgeving']],
    ['Zie ook waarborg 3 en waarborg 4.', 'lerende-leraar', ['organisatie', 'kwaliteitscultuur']],
    ['De afspraken over de rolverdeling staan in het rollenhuis.', 'leeromgeving', ['organisatie']],
    // "stage" and "kijkwijzer" are generic, not the framework's leeromgeving vocabulary (eval guide)
    ['Elk jaar evalueren we de stages en verbeteren we de kijkwijzer.', 'organisatie', ['kwaliteitscultuur']],
    ['Elk jaar evalueren we het stageprogramma en verbeteren we de beoordeling.', 'organisatie', ['leeromgeving', 'kwaliteitscultuur']],
    ['De PDCA-cyclus loopt elk jaar.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Het curriculum is in 2022 geëvalueerd.', 'lerende-leraar', ['leeromgeving', 'kwaliteitscultuur']],
    ['The programme is evaluated every year and follows our vision.', 'organisatie', ['lerende-leraar', 'leeromgeving', 'kwaliteitscultuur']],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it('never counts the waarborg being answered', () => {
    const text = 'De leeromgeving, het curriculum en de begeleiding zijn samen ontwikkeld.';
    expect(linked(text, 'leeromgeving')).toEqual([]);
    expect(linked(text, 'organisatie')).toEqual(['leeromgeving']);
    const a = analyseAnswer(text, { waarborgId: 'leeromgeving' });
    expect(a.coherenceMentioned).toBe(false);
    expect(a.coherenceMentions).toEqual([]);
  });

  it('does not read intervisie, supervisie or televisie as "visie"', () => {
    expect(linked('Intervisie en supervisie; televisie.', 'leeromgeving')).toEqual([]);
  });

  it('has cues for every waarborg, with unique ids', () => {
    expect([...new Set(COHERENCE_CUES.map((c) => c.waarborgId))].sort()).toEqual(['kwaliteitscultuur', 'leeromgeving', 'lerende-leraar', 'organisatie']);
    const ids = COHERENCE_CUES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('coherence: the framework vocabulary per waarborg, both directions', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    // the example: organisation linked to the learning environment, and back
    ['In het opleidingsplan staat welke taken de schoolopleider en de instituutsopleider bij de beoordeling hebben.', 'organisatie', ['leeromgeving']],
    ['In het opleidingsplan staat welke taken de schoolopleider en de instituutsopleider bij de beoordeling hebben.', 'leeromgeving', ['organisatie']],
    // lerende leraar ↔ leeromgeving
    ['Het curriculum volgt uit de leeruitkomsten.', 'lerende-leraar', ['leeromgeving']],
    ['Het curriculum volgt uit de leeruitkomsten.', 'leeromgeving', ['lerende-leraar']],
    ['De beroepsbeelden en de opleidingsvisie staan in het visiedocument.', 'organisatie', ['lerende-leraar']],
    ['De curriculumontwikkeling en het beoordelingsformulier zijn gedeeld.', 'organisatie', ['leeromgeving']],
    // organisatie
    ['De stuurgroep bepaalt de taakverdeling en het HRM-beleid.', 'leeromgeving', ['organisatie']],
    ['Het kernteam regelt de professionaliseringsdagen.', 'kwaliteitscultuur', ['organisatie']],
    ['De rol van de schoolopleider is beschreven.', 'leeromgeving', ['organisatie']],
    // kwaliteitscultuur
    ['De kwaliteitszorg loopt via de kwaliteitscyclus en een peer review.', 'organisatie', ['kwaliteitscultuur']],
    ['We monitoren de tevredenheid in de studentenmonitor.', 'leeromgeving', ['kwaliteitscultuur']],
    // English
    ['The learning outcomes shape the curriculum and the assessment.', 'organisatie', ['lerende-leraar', 'leeromgeving']],
    ['The steering group sets the roles and tasks; a peer review follows each year.', 'leeromgeving', ['organisatie', 'kwaliteitscultuur']],
    ['Our professional profile guides the placement programme.', 'kwaliteitscultuur', ['lerende-leraar', 'leeromgeving']],
    // role names and generic words are no links
    ['The workplace supervisor gives feedback on the lesson.', 'kwaliteitscultuur', []],
    ['De mentor geeft begeleiding tijdens de stage en na het lesbezoek.', 'organisatie', []],
    ['De tussenevaluatie van de student is in januari.', 'leeromgeving', []],
    ['De vijf rollen uit het beroepsbeeld staan centraal.', 'leeromgeving', ['lerende-leraar']],
    ['De mentoren krijgen een training in coachende gesprekken.', 'leeromgeving', ['organisatie']],
    ['Studenten krijgen een training in klassenmanagement.', 'leeromgeving', []],
    ['Op basis van de enquête hebben we de intake verbeterd.', 'leeromgeving', ['kwaliteitscultuur']],
    ['De samenwerking is sterk verbeterd.', 'leeromgeving', []],
    ['Het zijn eerder verworven competenties van de student.', 'leeromgeving', ['lerende-leraar']],
    ['De benodigde competenties van de opleiders zijn beschreven.', 'leeromgeving', ['organisatie']],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    ['Dat speelt een grote rol bij ons.', 'leeromgeving'],
    ['De revisie en de televisie zijn nieuw.', 'leeromgeving'],
    ['We nemen de tijd voor elkaar.', 'kwaliteitscultuur'],
    ['De leerwerktaken zijn klaar.', 'leeromgeving'],
    ['We talk a lot.', 'organisatie'],
  ])('no link: %j answering %s', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });

  it('a link in a negated or planned sentence still links the text, but is no evidence for the criterion', () => {
    const negated = analyseAnswer('We hebben het nooit over de startbekwaamheden gehad.', { waarborgId: 'leeromgeving' });
    expect(negated.linkedWaarborgen).toEqual(['lerende-leraar']);
    expect(negated.criteria.map((c) => c.id)).not.toContain('coherence');
    const practice = analyseAnswer('We hebben het elke week over de startbekwaamheden.', { waarborgId: 'leeromgeving' });
    expect(practice.criteria.map((c) => c.id)).toContain('coherence');
  });

  it('"verbetert" in the description of the vision is not a link to quality culture (was a known limit)', () => {
    expect(linked('Onze visie: een leraar die onderzoekt en zijn lessen verbetert.', 'lerende-leraar')).toEqual([]);
  });

  it('English "at this stage" is not a placement (was a known limit)', () => {
    expect(linked('At this stage the vision is shared by all boards.', 'lerende-leraar')).toEqual([]);
  });
});

describe('coherence: more framework vocabulary (issue 12 part 5, dev-extra)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    // kwaliteitscultuur vocabulary used from the other waarborgen
    ['Twee keer per jaar verzamelen we feedback van studenten over het gesprek.', 'lerende-leraar', ['kwaliteitscultuur']],
    ['Every term the coordinator collects feedback from trainees.', 'organisatie', ['kwaliteitscultuur']],
    ['Feedback van studenten over de begeleiding bespreken we in het team.', 'lerende-leraar', ['kwaliteitscultuur']],
    ['In onze zelfevaluatie beschrijven we de rolverdeling.', 'leeromgeving', ['organisatie', 'kwaliteitscultuur']],
    ['De resultaten koppelen we terug aan de scholen.', 'organisatie', ['kwaliteitscultuur']],
    ['Elke periode houden we een korte peiling.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Onze verbetercyclus loopt van september tot juli.', 'organisatie', ['kwaliteitscultuur']],
    ['In het jaarverslag staat hoe het ging.', 'organisatie', ['kwaliteitscultuur']],
    ['Zo bewaken we de kwaliteit van de begeleiding.', 'organisatie', ['kwaliteitscultuur']],
    ['The quality report goes to every school.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Elk voorjaar halen we bij de studenten hun ervaringen op.', 'organisatie', ['kwaliteitscultuur']],
    ['We review the programme every June with the mentors.', 'organisatie', ['leeromgeving', 'kwaliteitscultuur']],
    ['Student satisfaction is discussed by the steering group.', 'leeromgeving', ['organisatie', 'kwaliteitscultuur']],
    // organisatie: tasks after a number, mentors trained
    ['Elke locatie heeft een praktijkopleider met vier taakuren per week.', 'leeromgeving', ['organisatie']],
    ['All mentors use the form; they were trained by the university.', 'lerende-leraar', ['organisatie']],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    ['In hun portfolio verzamelen studenten lesvoorbereidingen en feedback van hun werkplekbegeleider.', 'lerende-leraar'],
    ['De mentor geeft de student feedback op de les.', 'organisatie'],
    ['De student schrijft een zelfevaluatie over haar les.', 'organisatie'],
    ['De mentor koppelt terug wat hij zag.', 'organisatie'],
    ['De kwaliteit van de lessen is goed.', 'organisatie'],
    ['De student deelt haar ervaringen met de mentor.', 'organisatie'],
    ['The mentor reviews the lesson plan with the trainee.', 'organisatie'],
    ['The aim of the workplace tasks is that students plan a lesson.', 'leeromgeving'],
    ['The trainees were trained in classroom management.', 'lerende-leraar'],
  ])('no link: %j answering %s', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});

describe('coherence: vocabulary families, inflections and traps (tuning for generality)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    // kwaliteitscultuur: inflections of bewaken / borgen / monitoren with "kwaliteit", monitoring whether
    ['De stuurgroep bewaakt de kwaliteit van de begeleiding.', 'organisatie', ['kwaliteitscultuur']],
    ['De kwaliteit van de stages wordt jaarlijks gemeten.', 'leeromgeving', ['kwaliteitscultuur']],
    ['De kwaliteit van de begeleiding is geborgd.', 'leeromgeving', ['kwaliteitscultuur']],
    ['De opleidingsmanager bewaakt of de visie in de praktijk herkenbaar blijft.', 'lerende-leraar', ['kwaliteitscultuur']],
    ['The steering group monitors the quality of supervision.', 'organisatie', ['kwaliteitscultuur']],
    ['We discuss the results in the quality team.', 'leeromgeving', ['kwaliteitscultuur']],
    // compounds: studenttevredenheid, nulmeting, studentvragenlijst, interne audit
    ['De studenttevredenheid is gestegen.', 'organisatie', ['kwaliteitscultuur']],
    ['In september deden we een nulmeting.', 'leeromgeving', ['kwaliteitscultuur']],
    ['De studentvragenlijst gaat in juni rond.', 'organisatie', ['kwaliteitscultuur']],
    ['Elk jaar is er een interne audit.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Twee critical friends kijken mee.', 'organisatie', ['kwaliteitscultuur']],
    // the framework's questions
    ['Doen we het goede? Hoe weten we dat?', 'organisatie', ['kwaliteitscultuur']],
    ['How do we know it works? We ask the trainees.', 'organisatie', ['kwaliteitscultuur']],
    // data collected or discussed, typos of the family
    ['In het voorjaar hebben de besturen de uitstroomcijfers besproken.', 'organisatie', ['kwaliteitscultuur']],
    ['We collect data on the placements every term.', 'organisatie', ['kwaliteitscultuur']],
    ['We gebruiken kwantitatieve en kwalitatieve gegevens.', 'organisatie', ['kwaliteitscultuur']],
    ['De enquette en de vragelijst gaan in juni rond.', 'organisatie', ['kwaliteitscultuur']],
    ['Het kwaliteit zorg systeem werkt.', 'organisatie', ['kwaliteitscultuur']],
    // looking back on the programme or the year, student voice, inspection
    ['Aan het eind van het jaar kijken we met alle partners terug op het programma.', 'organisatie', ['leeromgeving', 'kwaliteitscultuur']],
    ['In juni blikken we terug op het afgelopen schooljaar.', 'organisatie', ['kwaliteitscultuur']],
    ['Every June we look back on the year with the mentors.', 'organisatie', ['kwaliteitscultuur']],
    ['Het studentenpanel praat twee keer per jaar met de stuurgroep.', 'leeromgeving', ['organisatie', 'kwaliteitscultuur']],
    ['Bij het laatste inspectiebezoek kwam de begeleiding van starters aan bod.', 'organisatie', ['kwaliteitscultuur']],
    // feedback on the practice, keeping an eye on quality, visited, analysing dropout
    ['Students give feedback on the supervision.', 'organisatie', ['kwaliteitscultuur']],
    ['Studenten geven feedback op de begeleiding.', 'organisatie', ['kwaliteitscultuur']],
    ['Zo houden we zicht op de kwaliteit.', 'organisatie', ['kwaliteitscultuur']],
    ['De opleidingsschool wordt elke zes jaar gevisiteerd.', 'organisatie', ['kwaliteitscultuur']],
    ['We analyseren de uitval per school.', 'organisatie', ['kwaliteitscultuur']],
    ['We verzamelen elk jaar de ervaringen van de studenten.', 'organisatie', ['kwaliteitscultuur']],
    // organisatie: who does what, hours for the educators' task
    ['We have agreements on who does what.', 'leeromgeving', ['organisatie']],
    ['Schoolopleiders krijgen uren voor hun taak.', 'leeromgeving', ['organisatie']],
    ['Mentors are given time for supervision.', 'leeromgeving', ['organisatie']],
    // improvement words of the partnership
    ['De verbeteracties staan op de verbeteragenda.', 'organisatie', ['kwaliteitscultuur']],
    // adjusting on the basis of collected data or what students said
    ['De formulieren verzamelen we en in juni stellen we het programma bij.', 'organisatie', ['leeromgeving', 'kwaliteitscultuur']],
    ['Studenten gaven in de groepsgesprekken aan dat de opdrachten te laat kwamen, dus hebben we de volgorde aangepast.', 'organisatie', ['kwaliteitscultuur']],
    ['After the complaints we adapted the schedule.', 'organisatie', ['kwaliteitscultuur']],
    ['Na de enquête passen we de opdrachten aan.', 'organisatie', ['kwaliteitscultuur']],
    ['Met de uitkomsten van de monitor sturen we elk jaar bij.', 'organisatie', ['kwaliteitscultuur']],
    ['Op basis van de uitkomsten is het beroepsbeeld herzien.', 'organisatie', ['lerende-leraar', 'kwaliteitscultuur']],
    // an evaluative question to the participants
    ['Na elke stage vraag ik studenten wat ze gemist hebben in de begeleiding.', 'leeromgeving', ['kwaliteitscultuur']],
    ['We vragen de mentoren wat er beter kan.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Each June we ask the mentors what could be improved.', 'leeromgeving', ['kwaliteitscultuur']],
    // the evaluation of the practice, also next to a lesson
    ['Na elke periode evalueren we het programma met de mentoren.', 'organisatie', ['leeromgeving', 'kwaliteitscultuur']],
    ['De evaluatie van de lessenreeks met de pabo is in juni.', 'organisatie', ['kwaliteitscultuur']],
    // organisatie: tasks (compounds), responsibilities, decision structure, HR words, educator courses
    ['Het gesprek gaat over hun begeleidingstaak.', 'kwaliteitscultuur', ['organisatie']],
    ['De taak van de schoolopleider is beschreven.', 'leeromgeving', ['organisatie']],
    ['Het takenpakket van de mentor is te groot.', 'leeromgeving', ['organisatie']],
    ['De verantwoordelijkheid voor de beoordeling ligt bij de instituutsopleider.', 'kwaliteitscultuur', ['leeromgeving', 'organisatie']],
    ['De beslisstructuur staat in het convenant.', 'leeromgeving', ['organisatie']],
    ['De taken van de schoolopleider staan in het functiehuis.', 'leeromgeving', ['organisatie']],
    ['Elke nieuwe mentor volgt de basiscursus begeleiden.', 'leeromgeving', ['organisatie']],
    ['Alle schoolopleiders staan in het beroepsregister (BRLO).', 'leeromgeving', ['organisatie']],
    ['Hun mentortraining duurt drie middagen.', 'leeromgeving', ['organisatie']],
    // leeromgeving: inflections and compounds of beoordelen, modules, leerroutes
    ['De instituutsopleider beoordeelt het portfolio.', 'organisatie', ['leeromgeving']],
    ['Twee praktijkbeoordelaars halen een certificaat.', 'organisatie', ['leeromgeving']],
    ['De keuzemodules en de maatwerkleerroutes zijn nieuw.', 'organisatie', ['leeromgeving']],
    ['Voor zij-instromers is er een apart leerarrangement.', 'organisatie', ['leeromgeving']],
    ['De werkplek is een rijke leeromgeving.', 'organisatie', ['leeromgeving']],
    // lerende leraar: compounds and English
    ['Het bekwaamheidsdossier en het beroepsprofiel zijn leidend.', 'leeromgeving', ['lerende-leraar']],
    ['Our competence framework describes the starting teacher.', 'leeromgeving', ['lerende-leraar']],
    // split compounds (a common slip)
    ['Het beroeps beeld en het opleidings plan zijn besproken in de stuur groep.', 'kwaliteitscultuur', ['lerende-leraar', 'leeromgeving', 'organisatie']],
    ['Het kern team bespreekt het werkplek leren.', 'kwaliteitscultuur', ['leeromgeving', 'organisatie']],
    ['The competency profile of the mentor is described.', 'leeromgeving', ['organisatie']],
    ['Our view of learning is shared by all partners.', 'leeromgeving', ['lerende-leraar']],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    // evaluating a lesson is feedback on the lesson
    ['Na de les evalueren we samen hoe het ging.', 'organisatie'],
    ['De mentor en ik evalueren elke les kort.', 'organisatie'],
    ['The mentor evaluates the lesson with the trainee.', 'organisatie'],
    ['De evaluatie van de rekenles was positief.', 'organisatie'],
    // a lesson improved, a student's own task, a student's responsibility
    ['De student past zijn les aan na de feedback.', 'organisatie'],
    ['De taak van de student is een les voor te bereiden.', 'leeromgeving'],
    ['Studenten krijgen steeds meer verantwoordelijkheid in de klas.', 'leeromgeving'],
    ['Student teachers learn best when they are given responsibility early.', 'lerende-leraar'],
    ['De school en de pabo hebben een gezamenlijke verantwoordelijkheid.', 'leeromgeving'],
    // role with a place phrase, a student's course, "kwaliteit" alone, adjusting without data
    ['Ik heb een startgesprek met mijn begeleider op de werkplek.', 'organisatie'],
    ['De student volgt een cursus Spaans.', 'leeromgeving'],
    ['We vinden kwaliteit belangrijk.', 'organisatie'],
    ['We hebben het rooster aangepast.', 'organisatie'],
    ['De mentor past de les aan de groep aan.', 'organisatie'],
    ['We stellen vragen bij de les.', 'organisatie'],
    ['Ik vraag de student wat hij wil leren.', 'leeromgeving'],
    ['Voor haar praktijkonderzoek verzamelt de student gegevens in de klas.', 'leeromgeving'],
    ['We bespreken de cijfers van de leerlingen.', 'leeromgeving'],
    ['Na de les kijkt de student terug op de les.', 'leeromgeving'],
    ['Studenten geven elkaar feedback op hun lessen.', 'leeromgeving'],
    ['De student analyseert haar les met de mentor.', 'leeromgeving'],
    ['Studenten krijgen tijd voor hun opdrachten.', 'leeromgeving'],
    ['In her logbook the trainee looks back on each lesson.', 'leeromgeving'],
  ])('no link: %j answering %s', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});

describe('coherence: classes from the retired h2 answers (round 4)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    // a student's progress review is assessment (leeromgeving), not an evaluation of the programme
    ['Bij de tussenevaluatie schuift ook de docent van de opleiding aan.', 'lerende-leraar', ['leeromgeving']],
    ['In het voortgangsgesprek bespreken we het portfolio.', 'organisatie', ['leeromgeving']],
    ['De eindevaluatie van de stage is in juni.', 'kwaliteitscultuur', ['leeromgeving']],
    ['At the mid-term review the tutor joins us.', 'organisatie', ['leeromgeving']],
    ['My institute-based educator assesses my portfolio at the end of the year.', 'organisatie', ['leeromgeving']],
    // roles and competences of people are organisatie; with the beroepsbeeld the roles are the teacher's
    ['Daarin staan de taken per rol en de competenties die we daarbij vragen.', 'leeromgeving', ['organisatie']],
    ['We bespreken welke van de rollen uit het beroepsbeeld aan bod kwamen.', 'kwaliteitscultuur', ['lerende-leraar']],
    ['Welke rollen van de pedagoog en de didacticus herken je?', 'kwaliteitscultuur', []],
    ['De rollen van schoolopleider en instituutsopleider zijn beschreven.', 'kwaliteitscultuur', ['organisatie']],
    // professional development in compounds and as a verb
    ['Onze scholingsmiddag was te theoretisch.', 'kwaliteitscultuur', ['organisatie']],
    ['De scholingsdagen sluiten aan bij de praktijk.', 'leeromgeving', ['organisatie']],
    ['We also need to train more mentors.', 'leeromgeving', ['organisatie']],
    ['Dit jaar trainen we de nieuwe werkplekbegeleiders zelf.', 'leeromgeving', ['organisatie']],
    // an evaluative question about how the practice works
    ['Na elk blok vragen we de studenten wat ze van het programma op school vonden.', 'organisatie', ['leeromgeving', 'kwaliteitscultuur']],
    ['Aan het eind vraagt ze altijd wat we van de opzet van de bijeenkomsten vinden en wat er anders kan.', 'organisatie', ['kwaliteitscultuur']],
    ['We vragen mentoren hoe ze de samenwerking met de pabo ervaren.', 'organisatie', ['kwaliteitscultuur']],
    ['We asked the trainees what they thought of the Thursday meetings.', 'organisatie', ['kwaliteitscultuur']],
    // monitoring figures, and data referred back to
    ['In november lagen de cijfers over uitval van starters op tafel.', 'lerende-leraar', ['kwaliteitscultuur']],
    ['De uitvalcijfers zijn gestegen.', 'organisatie', ['kwaliteitscultuur']],
    ['The dropout rates of first-year trainees went down.', 'organisatie', ['kwaliteitscultuur']],
    ['Op basis daarvan hebben we de begeleiding bijgesteld.', 'organisatie', ['kwaliteitscultuur']],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    // traps: a lesson is feedback, a student's competences with a student's role, a train, a question to a student about himself
    ['De mentor vraagt wat ik van mijn les vond.', 'organisatie'],
    ['My mentor asked what I thought of my lesson.', 'organisatie'],
    ['Ik vraag de student hoe het met hem gaat.', 'organisatie'],
    ['Ik neem de trein naar school.', 'organisatie'],
    ['Mentors train the trainees in classroom management.', 'leeromgeving'],
    ['We bespreken de cijfers van de toets met de leerlingen.', 'leeromgeving'],
    ['Het programma zit vol met opdrachten.', 'leeromgeving'],
  ])('no link: %j answering %s', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});

describe('coherence: tuning round 5 classes', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    // an evaluative question in the passive or with "ervan", and telling how they experience the practice
    ['Wij worden als studenten nooit gevraagd wat we ervan vinden.', 'lerende-leraar', ['kwaliteitscultuur']],
    ['Zo kunnen zij ons vertellen hoe zij de opleidingsschool ervaren.', 'leeromgeving', ['kwaliteitscultuur']],
    // task hours, professionalising, compounds of training for educators, who is responsible
    ['Our board pays for the extra task hours of the school-based educators.', 'leeromgeving', ['organisatie']],
    ['Een van de actiepunten was het professionaliseren van de beoordelaars.', 'kwaliteitscultuur', ['leeromgeving', 'organisatie']],
    ['Werkplekbegeleiders volgen de basistraining van de hogeschool.', 'lerende-leraar', ['organisatie']],
    ['Wie is verantwoordelijk voor de monitoring van het curriculum?', 'leeromgeving', ['organisatie', 'kwaliteitscultuur']],
    ['Who is responsible for the placements?', 'leeromgeving', ['organisatie']],
    // the role of a mentor is the organisation's
    ['De rol van de mentor staat beschreven.', 'leeromgeving', ['organisatie']],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    // the teacher's roles: a number in English, "de rol van onderzoekende leraar", an answer that named the five roles
    ['My mentor often refers to the five roles.', 'lerende-leraar'],
    ['Wat ik minder herken is de rol van onderzoekende leraar.', 'lerende-leraar'],
    ['Elke opdracht hoort bij een van de vijf rollen. We kijken of alle rollen evenwichtig verdeeld zijn.', 'lerende-leraar'],
    ['Each task belongs to one of the five roles. We check that all roles get enough attention.', 'lerende-leraar'],
    // a lesson still is feedback, not an evaluation
    ['Na de les vraagt de mentor wat we ervan vonden.', 'organisatie'],
  ])('no link: %j answering %s', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});

describe('coherence: roles of actors, facilitering and competences (tuning round 5, dev-4)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    // the role of a person or body in the partnership, also next to the beroepsbeeld
    ['Mijn rol in het monitoren: ik houd bij hoe vaak de mentoren hun studenten spreken.', 'kwaliteitscultuur', ['organisatie']],
    ['Our role as board members is to ask the difficult questions.', 'kwaliteitscultuur', ['organisatie']],
    ['Welke rol de bestuurder had bij het opstellen van het beroepsbeeld? Een grote.', 'lerende-leraar', ['organisatie']],
    ['Wat is de rol van de instituutsopleider bij het beroepsbeeld?', 'lerende-leraar', ['organisatie']],
    // facilitering: hours, a free afternoon, room in the timetable, for educators
    ['De studenten krijgen een vaste werkplekbegeleider, die daarvoor 40 uur per jaar krijgt.', 'leeromgeving', ['organisatie']],
    ['Onze teams maken ruimte in het rooster zodat werkplekbegeleiders elke week een uur met hun student kunnen zitten.', 'leeromgeving', ['organisatie']],
    ['De mentoren krijgen twee keer per jaar een middag vrij.', 'leeromgeving', ['organisatie']],
    ['Ons bestuur stelt geld beschikbaar zodat elke school een schoolopleider kan vrijroosteren.', 'leeromgeving', ['organisatie']],
    ['Every team has a workplace supervisor with time allocated for the guidance.', 'leeromgeving', ['organisatie']],
    ['Mentors get two hours a week for supervising trainees.', 'leeromgeving', ['organisatie']],
    ['We ask mentors every year how the supervision went.', 'lerende-leraar', ['kwaliteitscultuur']],
    ['We vragen de mentoren elk jaar hoe de begeleiding verliep.', 'lerende-leraar', ['kwaliteitscultuur']],
    ['We keep track of how many trainees drop out.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Ik houd bij hoe vaak de mentoren hun studenten spreken.', 'lerende-leraar', ['kwaliteitscultuur']],
    ['The placement handbook describes the learning route.', 'organisatie', ['leeromgeving']],
    // the educators' competences, a question of who is responsible, a compound of beoordelaar
    ['We stellen de training bij, zodat die aansluit bij de benodigde competenties van opleiders.', 'leeromgeving', ['organisatie']],
    ['Het competentieprofiel voor mentoren is vastgesteld.', 'leeromgeving', ['organisatie']],
    ['Wie is nu eigenlijk verantwoordelijk voor de planning?', 'leeromgeving', ['organisatie']],
    ['Alle schoolopleiders volgen de beoordelaarstraining.', 'organisatie', ['leeromgeving']],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    // a student's competences with a mentor in the sentence, the teacher's own role, a student's free day
    ['Mijn werkplekbegeleider vindt de competenties belangrijk, we hebben het er vaak over.', 'lerende-leraar'],
    ['My school-based educator showed me the seven competences in my first week.', 'lerende-leraar'],
    ['Ik zie mijn rol als leraar vooral als begeleider van leerlingen.', 'lerende-leraar'],
    ['We bespreken welke rol de student heeft in de klas.', 'lerende-leraar'],
    ['Ik zie mijn rol in de klas vooral als begeleider van leerlingen.', 'lerende-leraar'],
    ['My role as a trainee is to learn.', 'lerende-leraar'],
    ['De kinderen hielden in een schriftje bij hoeveel bladzijden ze lazen.', 'leeromgeving'],
    ['De mentor vraagt hoe de les ging.', 'lerende-leraar'],
    ['De student neemt steeds meer de rol van leraar over.', 'lerende-leraar'],
    ['Op vrijdag heb ik een dag vrij.', 'leeromgeving'],
  ])('no link: %j answering %s', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});

describe('coherence: facilitering in other words, time or fte given to the educators (tuning round 7, h4/h5 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['As a board we facilitate every school-based educator with two days a month.', 'leeromgeving', ['organisatie']],
    ['Each location has a school-based educator, facilitated with 0.2 fte for the partnership.', 'leeromgeving', ['organisatie']],
    ['Het bestuur faciliteert de schoolopleiders met extra uren.', 'lerende-leraar', ['organisatie']],
    ['Per locatie werkt een schoolopleider met 0,2 fte.', 'leeromgeving', ['organisatie']],
    ['Die taak ligt bij onze bouwcoördinator, die daar twee uur per week voor krijgt; ze vervangt de schoolopleider.', 'leeromgeving', ['organisatie']],
    ['Ik heb als mentor een uur per week voor mijn student.', 'lerende-leraar', ['organisatie']],
  ])('%j (%s) → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    ['We hebben nog geen uitgangspunten voor het faciliteren van het leren.', 'lerende-leraar'],
    ['The mentor facilitates the discussion with two trainees.', 'lerende-leraar'],
    ['De stagiair staat twee uur per week voor de klas, naast zijn mentor.', 'lerende-leraar'],
    ['Mijn werkplekbegeleider neemt elke week een uur voor me.', 'lerende-leraar'],
    ['De school telt 40 fte.', 'lerende-leraar'],
  ])('%j (%s) → no link', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});

describe('coherence: a training in guiding students is the educators\' training (tuning round 7, h4/h5 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['Ik heb in oktober een training gehad van de pabo over begeleiden.', 'lerende-leraar', ['organisatie']],
    ['Wij hebben onlangs een training gehad over feedback geven aan studenten.', 'kwaliteitscultuur', ['organisatie']],
    ['Last year I took a course on mentoring.', 'leeromgeving', ['organisatie']],
  ])('%j (%s) → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    ['In de cursus over feedback geven aan leerlingen oefenden we met rubrics.', 'lerende-leraar'],
    ['De studenten kregen een workshop over coöperatief leren.', 'lerende-leraar'],
    ['We volgden een cursus in Engelse didactiek.', 'kwaliteitscultuur'],
  ])('%j (%s) → no link', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});

describe('coherence: compounds of overleg and kernteam (tuning round 7, h4/h5 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['In de kernteamvergadering hebben we afgesproken dat elke opleider de visie kan uitleggen.', 'lerende-leraar', ['organisatie']],
    ['In de volgende overlegronde met de roc\'s wil ik dat voorstellen.', 'leeromgeving', ['organisatie']],
    ['We hebben vaste overlegmomenten tussen de roc\'s en de hogeschool.', 'kwaliteitscultuur', ['organisatie']],
    ['The core team meeting is every month.', 'leeromgeving', ['organisatie']],
  ])('%j (%s) → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    ['In de teamvergadering presenteerde de student haar onderzoek.', 'lerende-leraar'],
    ['Het rooster van de teamvergadering hangt in de personeelskamer.', 'lerende-leraar'],
  ])('%j (%s) → no link', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});

describe('coherence: the first person of beoordelen and compounds of assessment (tuning round 7, h4/h5 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['Ik beoordeel mijn stagiair vooral op gevoel.', 'lerende-leraar', ['leeromgeving']],
    ['De schoolopleider begeleidt het proces, ik beoordeel het verslag.', 'organisatie', ['leeromgeving']],
    ['Daarna kwam het pas weer terug bij het afstudeerassessment.', 'lerende-leraar', ['leeromgeving']],
    ['The final-year assessment is done by a pair.', 'organisatie', ['leeromgeving']],
  ])('%j (%s) → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    ['Ik beoordeel de situatie in de klas eerst zelf.', 'leeromgeving'],
    ['Het eindassessment is in juni.', 'leeromgeving'],
  ])('%j (%s) → no link (own waarborg)', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});

describe('coherence: monitoring and the evaluative question in other forms (tuning round 7, h4/h5 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['Of de begeleiding overal even goed is weet ik niet, dat wordt niet gemonitord.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Over hoe we de opleiding vinden zijn we nooit bevraagd.', 'lerende-leraar', ['kwaliteitscultuur']],
    ['Het zou mooi zijn als er een vaste plek komt waar we ons zegje kunnen doen over de opleiding.', 'organisatie', ['kwaliteitscultuur']],
    ['Trainees have a say in the programme through the panel.', 'leeromgeving', ['kwaliteitscultuur']],
  ])('%j (%s) → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    ['Ik heb gevraagd hoe ze de les vonden.', 'organisatie'],
    ['Hoe we dat vinden, hebben we de mentor verteld.', 'organisatie'],
    ['Ze hebben inspraak in hun eigen rooster.', 'organisatie'],
  ])('%j (%s) → no link', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});

describe('coherence: the roles of the teacher in the plural and with "of" are lerende leraar (tuning round 7, h4/h5 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['Elke leerlijn begint bij een van de rollen van de leraar.', 'lerende-leraar', ['leeromgeving']],
    ['The roles of the teacher, especially the pedagogical one, are new for them.', 'kwaliteitscultuur', []],
    ['De rollen van de schoolopleider en de mentor zijn vastgelegd.', 'leeromgeving', ['organisatie']],
    ['Our roles as board members are clear.', 'leeromgeving', ['organisatie']],
  ])('%j (%s) → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });
});

describe('coherence: training and scholing of educators, inflections and compounds (tuning round 8, h6 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['Ons doel is dat op al onze scholen een geschoolde schoolopleider rondloopt.', 'leeromgeving', ['organisatie']],
    ['We ontwikkelen een online scholingsmodule voor werkplekbegeleiders.', 'lerende-leraar', ['leeromgeving', 'organisatie']],
    ['In elk team zijn twee docenten opgeleid als werkplekbegeleider.', 'leeromgeving', ['organisatie']],
    ['Ik heb nooit een training gehad voor het beoordelen.', 'leeromgeving', ['organisatie']],
    ['We hielden een gezamenlijke studiedag voor mentoren en pabodocenten.', 'leeromgeving', ['organisatie']],
    ['Two teachers were trained as mentors last year.', 'leeromgeving', ['organisatie']],
    ['We organised a study day for all school-based educators.', 'leeromgeving', ['organisatie']],
    // the student trained towards the profile, a study day as a meeting, the school as a core task: no training of educators
    ['Of studenten echt worden opgeleid tot het beroepsbeeld, weten we niet.', 'kwaliteitscultuur', ['lerende-leraar']],
    ['Die vraag stellen we elk jaar op de studiedag met alle begeleiders.', 'leeromgeving', []],
    ['Wij zien opleiden als onderdeel van onze schoolontwikkeling.', 'leeromgeving', []],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });
});

describe('coherence: facilitering as the time educators or the writer get (tuning round 8, h6 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['Ik krijg 20 uur per jaar voor de begeleiding en dat is te weinig.', 'leeromgeving', ['organisatie']],
    ['Ik zou graag wat meer tijd krijgen voor de begeleiding.', 'leeromgeving', ['organisatie']],
    ['De werkplekbegeleiders hebben een uur per week in hun rooster voor de begeleiding.', 'leeromgeving', ['organisatie']],
    ['Every team leader decides how much time the mentors get.', 'leeromgeving', ['organisatie']],
    ['Het hangt af van hoeveel tijd de schoolopleider ervoor krijgt.', 'kwaliteitscultuur', ['organisatie']],
    ['De teamleider roostert de begeleiding in als vaste taak.', 'leeromgeving', ['organisatie']],
    // a student's time, time for guiding without a person: no facilitering
    ['Een jonge student krijgt meer tijd voor de basis.', 'leeromgeving', []],
    ['Het zou fijn zijn als ik op de stage meer tijd kreeg om lessen voor te bereiden.', 'leeromgeving', []],
    ['Met het lerarentekort staat de tijd voor begeleiding onder druk.', 'leeromgeving', []],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });
});

describe('coherence: the teacher roles, pupils\' meetings and who is responsible (tuning round 8, h6 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    // the teacher's roles written as "teacher roles" or with "docent" are lerende leraar, not organisatie
    ['Students write on which of the teacher roles they recognise in their mentor.', 'lerende-leraar', []],
    ['We bespreken de rollen van de docent in het team.', 'leeromgeving', []],
    // a meeting about pupils is not the partnership's overleg
    ['Elke student maakt een ouderavond en een zorgoverleg mee.', 'lerende-leraar', []],
    ['Het leerlingoverleg is op maandag.', 'leeromgeving', []],
    ['De schoolopleider brengt het in bij het schoolopleidersoverleg.', 'leeromgeving', ['organisatie']],
    // who is responsible, in subordinate order
    ['Wie verantwoordelijk is voor de monitoring van het curriculum? Niemand weet het.', 'leeromgeving', ['organisatie', 'kwaliteitscultuur']],
    ['Ik weet niet wie er verantwoordelijk is voor het curriculum.', 'leeromgeving', ['organisatie']],
    ['The roles of mentor and school-based educator are written down.', 'leeromgeving', ['organisatie']],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });
});

describe('coherence: an evaluative talk in other words, exit interviews and what works (tuning round 8, h6 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['Ik voer met elke student een exitgesprek over wat onze school beter kan doen.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Trainees who leave get an exit interview.', 'organisatie', ['kwaliteitscultuur']],
    ["Twice a year we meet to discuss what is and isn't working in the collaboration.", 'organisatie', ['kwaliteitscultuur']],
    ['Eens per periode bespreken we met de coördinator wat goed gaat en wat niet.', 'leeromgeving', ['kwaliteitscultuur']],
    // a heading, a lesson, exit tickets in class: no evaluation of the practice
    ['Wat goed werkt: de studenten krijgen een vaste dag.', 'leeromgeving', []],
    ['Na elke les bespreken we wat goed gaat en wat niet.', 'leeromgeving', []],
    ['Ik heb met mijn klas exit tickets uitgeprobeerd.', 'leeromgeving', []],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });
});

describe('coherence: "bewaken dat" is making sure, "bewaken of" is checking (tuning round 9, h6/h7 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['De opleidingsmanager bewaakt of de afspraken worden nagekomen.', 'organisatie', ['kwaliteitscultuur']],
    ['We bewaken hoe de begeleiding op de scholen loopt.', 'organisatie', ['kwaliteitscultuur']],
    ['De coördinator monitort of de visie herkenbaar blijft.', 'lerende-leraar', ['kwaliteitscultuur']],
    ['De stuurgroep bewaakt de kwaliteit van de begeleiding.', 'organisatie', ['kwaliteitscultuur']],
    // making sure something is done ("zorgen dat") is no quality monitoring
    ['Ik heb vooral bewaakt dat het beeld past bij wat onze scholen nodig hebben.', 'lerende-leraar', []],
    ['De teamleiders bewaken dat de begeleiders hun uren ook echt krijgen.', 'leeromgeving', []],
    ['I made sure that every school had someone in the working group.', 'lerende-leraar', []],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });
});

describe('coherence: reviewing the practice in other words (tuning round 9, h7 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    // talking over what can be better, or how the programme runs
    ['We bespreken dan de studenten, maar ook hoe het programma loopt en wat er beter kan.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Vier keer per jaar spraken we met de coördinator over wat er beter kon.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Twice a year we talk with the mentors about what could be improved.', 'leeromgeving', ['kwaliteitscultuur']],
    ['In the network we discuss how the placements went.', 'leeromgeving', ['kwaliteitscultuur']],
    // the review idioms and proposing changes
    ['We houden de visie elke twee jaar tegen het licht in de stuurgroep.', 'lerende-leraar', ['organisatie', 'kwaliteitscultuur']],
    ['Elk voorjaar nemen we de afspraken met de scholen onder de loep.', 'leeromgeving', ['kwaliteitscultuur']],
    ['De werkgroep doet voorstellen voor aanpassingen.', 'leeromgeving', ['kwaliteitscultuur']],
    ['Twice a year the school-based educators go through the placement tasks with us and propose changes.', 'leeromgeving', ['kwaliteitscultuur']],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    // a heading, a list item running into the next line, a lesson: no review of the practice
    ['Wat nog beter kan: de planning van de stagedagen.', 'leeromgeving'],
    ['- in de gesprekscyclus bespreek ik met iedere leerkracht wat hij doet\nWat nog beter kan is de planning.', 'leeromgeving'],
    ['Na elke les bespreek ik met mijn student wat er beter kan.', 'leeromgeving'],
    ['We discuss with the trainee what could be better in the lesson.', 'leeromgeving'],
  ])('no link: %j answering %s', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});

describe('coherence: assessing pupils or a student\'s own progress is no evaluation of the programme (tuning round 9, h4/h7 errors)', () => {
  it.each<[string, WaarborgId, WaarborgId[]]>([
    ['We evalueren het programma elk jaar met de scholen.', 'leeromgeving', ['kwaliteitscultuur']],
    ['De studentvragenlijst gaat in juni rond.', 'organisatie', ['kwaliteitscultuur']],
    ['De stuurgroep monitort de uitval.', 'leeromgeving', ['organisatie', 'kwaliteitscultuur']],
  ])('%j answering %s → %j', (text, waarborgId, expected) => {
    expect(linked(text, waarborgId)).toEqual(expected);
  });

  it.each<[string, WaarborgId]>([
    ['Vorige maand hadden we een workshop over formatief evalueren.', 'lerende-leraar'],
    ['We practised formative evaluation with the pupils.', 'lerende-leraar'],
    ['De student vraagt haar klas een leerlingvragenlijst in te vullen.', 'lerende-leraar'],
    ['Ik monitor als schoolopleider de voortgang van de studenten.', 'lerende-leraar'],
  ])('no link: %j answering %s', (text, waarborgId) => {
    expect(linked(text, waarborgId)).toEqual([]);
  });
});
