import { describe, expect, it } from 'vitest';
import { fold, splitSentences } from '../../../src/domain/coaching/normalise';
import { practiceSpan } from '../../../src/domain/coaching/practice-span';
import { analyseAnswer } from '../../../src/domain/coaching';

/** The practice part of sentence `index` of `text`, with the given intention sentences. */
const part = (text: string, index = 0, intentions: number[] = []) => {
  const { lower } = fold(text);
  const sentence = splitSentences(text, lower)[index]!;
  const span = practiceSpan(sentence, lower, new Set(intentions));
  return span ? text.slice(span.start, span.end) : undefined;
};

describe('practiceSpan: which part of a sentence tells current practice', () => {
  it('a plain sentence is practice as a whole', () => {
    expect(part('De stuurgroep komt vier keer per jaar bijeen.')).toBe('De stuurgroep komt vier keer per jaar bijeen.');
  });

  it.each([
    ['zou fijn zijn als we als mentoren ook een keer bij elkaar komen.', 'a wish in the conditional'],
    ['We zouden de startbekwaamheden bij elke lesbespreking moeten gebruiken.', 'a norm in the conditional'],
    ["I'd like the panel to meet every term.", 'English wish'],
    ['Wat we nodig hebben is een eenvoudige cyclus.', 'a need'],
    ['We also need to train more mentors, because several experienced ones left last year.', 'English need of the writer'],
  ])('%j is no practice (%s)', (text) => {
    expect(part(text)).toBeUndefined();
  });

  it('"zou" in a clause about what was written down stays practice', () => {
    expect(part('Ik heb opgeschreven wat ik wel en niet zou overnemen.')).toBeDefined();
  });

  it('a step of the plan just stated is part of the plan, unless it is a habit or done', () => {
    expect(part('We gaan de taken herverdelen. Daarvoor volgen alle mentoren in augustus een training.', 1, [0])).toBeUndefined();
    expect(part('We gaan de taken herverdelen. Daarvoor hebben we in maart een werkgroep opgericht.', 1, [0])).toBeDefined();
    expect(part('We gaan de taken herverdelen. Daarvoor volgen alle mentoren in augustus een training.', 1, [])).toBeDefined();
  });

  it('in a wish, only the reason after "want" is practice, unless the reason is a plan too', () => {
    expect(part('Ik zou willen dat zij beoordelaar is, want zij ziet me elke dag lesgeven.', 0, [0])).toBe('zij ziet me elke dag lesgeven.');
    expect(part('We willen meer intervisie, want we willen volgend jaar elke maand bijeenkomen.', 0, [0])).toBeUndefined();
    expect(part('We willen meer intervisie.', 0, [0])).toBeUndefined();
  });

  it('what follows "zorg dat" / "make sure that" is a norm and left out', () => {
    expect(part('Ik zorg ervoor dat elke student een mentor heeft.')).toBe('Ik zorg ervoor dat');
    expect(part('I make sure that every trainee gets a timetable.')).toBe('I make sure that');
  });

  it('what the writer notices ("ik merk … dat", "we see that") is a finding and left out', () => {
    expect(part('Ik merk in mijn lessen dat ze het daarna wel kunnen opnoemen.')).toBe('Ik merk in mijn lessen dat');
    expect(part('We see that the trainees prepare better.')).toBe('We see that');
    expect(part('De mentor ziet dat de student groeit.')).toBe('De mentor ziet dat de student groeit.');
  });

  it('a rule for students with "need to" stays practice', () => {
    expect(part('Students need to update their log every week.')).toBeDefined();
  });
});

describe('practiceSpan: what a document says is its content, not practice (tuning round 6, h4/h5)', () => {
  it.each<[string, string]>([
    ['In de afsprakenkaart staat precies wie wat doet: de mentor begeleidt dagelijks.', 'In de afsprakenkaart staat precies'],
    ['In ons opleidingsplan staat dat de student groeit van meekijken naar lesgeven.', 'In ons opleidingsplan staat'],
    ['In de modulebeschrijvingen staat bij elke opdracht welke rol eraan gekoppeld is.', 'In de modulebeschrijvingen staat bij elke opdracht'],
    ['Het programma staat bij ons in een opleidingsgids met de doelen per fase en de werkplekopdrachten.', 'Het programma staat bij ons in een opleidingsgids'],
    ['Voor elke fase is beschreven wat de student moet kunnen.', 'Voor elke fase is beschreven'],
    ['In our placement handbook it says who does what: the mentor observes every week.', 'In our placement handbook it says'],
  ])('%j', (text, practice) => {
    expect(part(text)).toBe(practice);
  });

  it.each([
    'In de klas staat de student elke dag voor de groep.',
    'In het kernteam bespreken we wat de studenten hebben geleerd.',
    'In our team meeting we discuss what the trainees need.',
    'Het jaarplan staat op de agenda van de stuurgroep.',
  ])('not a document: %j', (text) => {
    expect(part(text)).toBe(text);
  });

  it('the example in a document\'s content is not found; the same routine told as practice is', () => {
    const run = (t: string) => analyseAnswer(t, { waarborgId: 'organisatie' }).hasStudentExample;
    expect(run('In de afsprakenkaart staat precies wie wat doet: de mentor begeleidt dagelijks, ik voer de voortgangsgesprekken.')).toBe(false);
    expect(run('De mentor begeleidt dagelijks, ik voer de voortgangsgesprekken.')).toBe(true);
  });
});

describe('practiceSpan: a finding in inverted order ("als mentor merk ik dat …") is no event (tuning round 6, h4/h5)', () => {
  it.each<[string, string]>([
    ['Als werkplekbegeleider merk ik dat er steeds meer van ons gevraagd wordt.', 'Als werkplekbegeleider merk ik dat'],
    ['In de gesprekken zie ik vaak dat studenten de koppeling missen.', 'In de gesprekken zie ik vaak dat'],
    ['I notice that the trainees skip the logbook.', 'I notice that'],
  ])('%j', (text, practice) => {
    expect(part(text)).toBe(practice);
  });
  it('"zie ik de student elke week" is no finding', () => {
    expect(part('Als mentor zie ik de student elke week in de klas.')).toBe('Als mentor zie ik de student elke week in de klas.');
  });
});

describe('practiceSpan: a purpose ("om te zorgen dat …") is what the practice is for, not a norm (tuning round 6, h5)', () => {
  it.each<[string, string]>([
    [
      'Om te zorgen dat iedereen op dezelfde manier kijkt, organiseren we met de schoolopleiders elk jaar een kalibratiemiddag.',
      ' organiseren we met de schoolopleiders elk jaar een kalibratiemiddag.',
    ],
    ['We plannen de gesprekken vroeg om ervoor te zorgen dat studenten tijd hebben.', 'We plannen de gesprekken vroeg '],
    ['We meet every month in order to make sure that the trainees get feedback.', 'We meet every month '],
  ])('%j', (text, practice) => {
    expect(part(text)).toBe(practice);
  });
  it('"ik zorg ervoor dat" is still a norm', () => {
    expect(part('Ik zorg ervoor dat elke student een mentor heeft.')).toBe('Ik zorg ervoor dat');
  });
  it('the fronted purpose leaves the example of its main clause', () => {
    const text = 'Om te zorgen dat iedereen op dezelfde manier kijkt, organiseren we met de schoolopleiders elk jaar een kalibratiemiddag.';
    expect(analyseAnswer(text, { waarborgId: 'lerende-leraar' }).hasStudentExample).toBe(true);
  });
});

describe('practiceSpan: the clause before a trailing wish, need or plan is practice (tuning round 8, h7)', () => {
  /** With the intention cue at the first occurrence of `cue`. */
  const withCue = (text: string, cue: string) => {
    const { lower } = fold(text);
    const sentence = splitSentences(text, lower)[0]!;
    const span = practiceSpan(sentence, lower, new Set([0]), [lower.indexOf(cue)]);
    return span ? text.slice(span.start, span.end) : undefined;
  };
  it.each<[string, string, string]>([
    ['Het beroepsbeeld is vastgesteld in de stuurgroep, maar ik zou willen dat we het vaker terugzien.', 'ik zou willen', 'Het beroepsbeeld is vastgesteld in de stuurgroep'],
    ['My student and I look at the profile every Friday afternoon when we plan the next week.', 'we plan', 'My student and I look at the profile every Friday afternoon'],
  ])('%j keeps its first clause', (text, cue, practice) => {
    expect(withCue(text, cue)).toBe(practice);
  });
  it.each<[string, string]>([
    ['Volgend jaar, als het kan, willen we elke maand bij elkaar komen.', 'willen we'],
    ['We willen elke maand bij elkaar komen, ook met de pabo.', 'we willen'],
    ['Dat, maar ik zou willen dat we vaker overleggen.', 'ik zou willen'],
  ])('%j has no practice clause (a plan word before, no boundary or too short)', (text, cue) => {
    expect(withCue(text, cue)).toBeUndefined();
  });
  it('a trailing need or conditional ends the span at its clause', () => {
    expect(part('My supervisor and I fill in the checklist together every month, which helps me see what I still need to work on.')).toBe(
      'My supervisor and I fill in the checklist together every month',
    );
    expect(part('De mentoren komen elke maand bij elkaar, het zou fijn zijn als de pabo aansluit.')).toBe('De mentoren komen elke maand bij elkaar');
    expect(part('We need to meet more often, every month.')).toBeUndefined();
  });
  it('the example before the wish counts, the wish alone does not', () => {
    const yes = 'Het beroepsbeeld is vastgesteld in de stuurgroep, maar ik zou willen dat we het vaker terugzien in de gesprekken met directeuren.';
    expect(analyseAnswer(yes, { waarborgId: 'lerende-leraar' }).hasStudentExample).toBe(true);
    const en = 'My workplace supervisor and I fill in the learning outcomes checklist together every month, which helps me see what I still need to work on.';
    expect(analyseAnswer(en, { waarborgId: 'lerende-leraar' }).hasStudentExample).toBe(true);
    expect(analyseAnswer('Ik zou willen dat de stuurgroep elke maand bij elkaar komt.', { waarborgId: 'lerende-leraar' }).hasStudentExample).toBe(false);
  });
});
