import { describe, expect, it } from 'vitest';
import { analyseAnswer, type StudentSignal } from '../../../src/domain/coaching';

const run = (text: string) => analyseAnswer(text, { waarborgId: 'leeromgeving' });

describe('student example: found', () => {
  it.each<[string, 'testimony' | 'two-signals', StudentSignal[]]>([
    ['Een student vertelde dat de intervisie haar hielp.', 'testimony', ['testimony']],
    ['Vertelde een tweedejaars student ons dat ze het lesbezoek spannend vond.', 'testimony', ['testimony']],
    ['Een zij-instromer gaf in het panelgesprek aan dat hij zich gezien voelde.', 'testimony', ['testimony']],
    ['Volgens een lio-student helpt de kijkwijzer bij het voorbereiden.', 'testimony', ['testimony']],
    ['Een derdejaars student: "Ik durf nu feedback te vragen."', 'testimony', ['testimony']],
    ['Uit de evaluatie bleek dat de stagiairs de feedback waardevol vinden.', 'testimony', ['testimony']],
    ['Zo filmt de student elke week een les voor haar portfolio.', 'two-signals', ['example-marker', 'student-action', 'time-or-number', 'moment']],
    ['Na elk lesbezoek vullen de studenten een reflectieformulier in.', 'two-signals', ['time-or-number', 'student-action']],
    ['Bijvoorbeeld het driehoeksgesprek met de pabo-student en de mentor.', 'two-signals', ['example-marker', 'moment']],
    ['One trainee told us she felt welcome.', 'testimony', ['testimony']],
  ])('%j (%s)', (text, reason, signals) => {
    const a = run(text);
    expect(a.hasStudentExample).toBe(true);
    expect(a.studentExamples[0]!.reason).toBe(reason);
    for (const s of signals) expect(a.studentExamples[0]!.signals.map((x) => x.signal)).toContain(s);
  });

  it('continues into the next sentence when it starts with a pronoun', () => {
    const a = run('Neem Fatima, een tweedejaars pabo-student. Zij bereidt elke week met haar mentor een les voor.');
    expect(a.hasStudentExample).toBe(true);
    const evidence = a.studentExamples[0]!;
    expect(evidence.sentences.map((s) => s.index)).toEqual([0, 1]);
    expect(evidence.student.text).toBe('tweedejaars');
    expect(evidence.signals.map((s) => s.cueId)).toContain('action.pronoun');
  });

  it('explains each signal with its text and offsets', () => {
    const text = 'Sinds 2022 voeren de studenten elk kwartaal een driehoeksgesprek.';
    const [evidence] = run(text).studentExamples;
    for (const s of evidence!.signals) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(evidence!.signals.map((s) => `${s.signal}:${s.text}`)).toEqual([
      'time-or-number:Sinds 2022',
      'student-action:voeren de studenten',
      'time-or-number:elk kwartaal',
      'moment:driehoeksgesprek',
    ]);
  });
});

describe('student example: not found', () => {
  it('no student named: no student example (a named meeting with its time is an example of an activity)', () => {
    const a = run('In het driehoeksgesprek van week 6 wordt de voortgang besproken.');
    expect(a.studentExamples.map((e) => e.reason)).toEqual(['activity']);
  });


  it.each([
    ['Studenten worden op de werkplek begeleid door een werkplekbegeleider.', 'policy wording, passive'],
    ['Het partnerschap biedt studenten een rijke leeromgeving.', 'student is not acting'],
    ['De visie is gericht op de ontwikkeling van de student tot onderzoekende leraar.', 'policy'],
    ['Wij vinden het belangrijk dat studenten zich welkom voelen.', 'a value, present "voelen"'],
    ['Volgend jaar vullen alle studenten na elk lesbezoek een formulier in.', 'a plan, not practice'],
    ['Het streefcijfer is dat 90 procent van de studenten het beroepsbeeld herkent.', 'a figure'],
  ])('%j (%s)', (text) => {
    const a = run(text);
    expect(a.hasStudentExample).toBe(false);
    expect(a.studentExamples).toEqual([]);
  });

  it('what mentors report is no student testimony, but a concrete example of another actor (issue 12, part 1)', () => {
    const a = run('Werkplekbegeleiders gaven in de evaluatie aan dat ze de casusbespreking waarderen.');
    expect(a.studentExamples.map((e) => e.reason)).toEqual(['activity']);
  });

  it('a body of students is not a student; its meeting is an example of an activity (issue 12, part 1)', () => {
    const a = run('De studentenraad komt vier keer per jaar bijeen.');
    expect(a.studentExamples.map((e) => e.reason)).toEqual(['activity']);
  });
});

describe('student example: more verbs of doing (tuning round 3)', () => {
  it.each([
    'Vorige week kookten de studenten een menu voor 40 gasten.',
    'Een derdejaars hielp in groep 3 elke ochtend bij het lezen.',
    'In week 6 las de student voor aan de kleuters.',
    'Last month a trainee planned a science project in year 5.',
  ])('a student acting, anchored: %j', (text) => {
    const a = run(text);
    expect(a.studentExamples.map((e) => e.reason)).toContain('two-signals');
  });

  it.each([
    ['De mentor begeleidt elke week de studenten.', 'the student as the object of the verb'],
    ['Studenten plannen hun lessen.', 'a student acting, no anchor'],
    ['Studenten worden elke week begeleid door de mentor.', 'passive'],
  ])('no student example: %j (%s)', (text) => {
    expect(run(text).studentExamples.filter((e) => e.reason !== 'activity')).toEqual([]);
  });
});

describe('student example: a report in the present tense is a general claim unless anchored (tuning round 5)', () => {
  it.each([
    ['Studenten geven in de evaluatie aan dat ze meer contact met de hogeschool willen.', 'present report of a wish'],
    ['Wel geven veel medestudenten aan dat ze meer tijd willen voor de nabespreking van hun lessen.', 'the moment is in what is reported'],
    ['Stagiairs zeggen dat ze zich welkom voelen.', 'present report'],
    ['Students say they would like more feedback.', 'English, present'],
  ])('no example: %j (%s)', (text) => {
    expect(run(text).hasStudentExample).toBe(false);
  });

  it.each([
    'In de enquête van dit voorjaar gaven studenten aan dat ze meer feedback willen.',
    'Een student vertelde dat de intervisie haar hielp.',
    'Vijf studenten vertellen in het panelgesprek dat de kijkwijzer helpt.',
    'Last spring students said the workshop helped them.',
  ])('a testimony: %j', (text) => {
    expect(run(text).studentExamples.map((e) => e.reason)).toContain('testimony');
  });
});

describe('student example: standing in front of the class is teaching (tuning round 5)', () => {
  it.each([
    'Op een locatie in Zwolle stonden studenten vorig jaar wekenlang alleen voor de klas.',
    'Sinds november staat de stagiair twee ochtenden per week voor haar eigen groep.',
    'Since January the trainee stands in front of the class every Monday.',
  ])('%j', (text) => {
    expect(run(text).studentExamples.map((e) => e.reason)).toContain('two-signals');
  });

  it('no anchor: no example', () => {
    expect(run('Studenten staan voor de klas.').hasStudentExample).toBe(false);
  });
});

describe('student example: a possibility is no act (tuning round 5)', () => {
  it.each([
    'Studenten kunnen kiezen uit drie leerroutes: voltijd, deeltijd en werkend leren.',
    'Trainees can choose between two placements each year.',
  ])('%j is no student example', (text) => {
    expect(run(text).studentExamples.filter((e) => e.reason !== 'activity')).toEqual([]);
  });
  it('the act itself stays one', () => {
    expect(run('Vorig jaar kozen drie studenten voor de werkend-leren-route.').studentExamples.map((e) => e.reason)).toContain('two-signals');
  });
});
