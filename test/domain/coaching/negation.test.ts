import { describe, expect, it } from 'vitest';
import { analyseAnswer, type NegationKind, type WaarborgId } from '../../../src/domain/coaching';

const run = (text: string, waarborgId: WaarborgId = 'leeromgeving') => analyseAnswer(text, { waarborgId });
const scopes = (text: string) => run(text).negations.map((n) => `${n.kind}:${n.text}→${n.scope.text}`);
const covered = (text: string, waarborgId: WaarborgId = 'leeromgeving') => run(text, waarborgId).criteria.map((c) => c.id);
const reasonOf = (text: string, id: string, waarborgId: WaarborgId = 'leeromgeving') => {
  const a = run(text, waarborgId);
  return [...a.criteria, ...a.missingCriteria].find((c) => c.id === id)?.reason;
};

describe('negation: the words and their scope', () => {
  it.each<[string, string[]]>([
    ['De mentor bespreekt de les niet met de student.', ['negation:niet→De mentor bespreekt de les niet met de student.']],
    ['We hebben geen gezamenlijk plan, maar de mentor en de io bespreken elk lesbezoek.', ['negation:geen→We hebben geen gezamenlijk plan,']],
    [
      'Op mijn stageschool hebben we het nooit over de startbekwaamheden gehad, alleen op de hogeschool',
      ['negation:nooit→Op mijn stageschool hebben we het nooit over de startbekwaamheden gehad,', 'only:alleen→alleen op de hogeschool'],
    ],
    ['Het beoordelingsformulier is nog niet klaar.', ['not-yet:nog niet→Het beoordelingsformulier is nog niet klaar.']],
    ['Studenten die geen stageplek hebben, krijgen hulp van de coördinator.', ['negation:geen→die geen stageplek hebben']],
    ['The mentor never visits the institute; the tutor visits every school.', ['negation:never→The mentor never visits the institute;']],
    ['We have not yet agreed on the assessment form.', ['not-yet:have not yet→We have not yet agreed on the assessment form.']],
  ])('%j', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });

  it.each([
    'Niet alleen de mentor, maar ook de schoolopleider is betrokken.',
    'Dat is geen probleem: de mentor en de io overleggen elke week.',
    'Intervisie is niet meer weg te denken.',
    'Not only the mentor but also the tutor takes part.',
    'That is no problem for the school-based educator.',
    // the contrast pair of a review names both sides, nothing is absent
    'De mentor en de schoolopleider bespreken wat goed gaat en wat niet.',
    'We kijken samen terug op wat goed ging en wat niet.',
    'Mentors and the school-based educator look back on what worked and what didn\'t.',
    'They talk about what goes well and what doesn\'t.',
    'We discuss what went well and what did not.',
  ])('affirming wording is no negation: %j', (text) => {
    expect(run(text).negations.filter((n) => n.kind !== 'only')).toEqual([]);
  });

  it('reports each negation with the words as written and offsets', () => {
    const text = 'Er is NOOIT overleg.';
    const [n] = run(text).negations;
    expect(n!.text).toBe('NOOIT');
    expect(text.slice(n!.start, n!.end)).toBe('NOOIT');
    expect(n!.kind satisfies NegationKind).toBe('negation');
  });
});

describe('negation: a sentence saying it does not happen is no evidence', () => {
  it('the playground case: never at the school, only at the institute, is not joint work and says so', () => {
    const text = 'Op mijn stageschool hebben we het nooit over de startbekwaamheden gehad, alleen op de hogeschool';
    const a = run(text);
    expect(a.criteria.map((c) => c.id)).not.toContain('jointness');
    expect(a.missingCriteria.find((c) => c.id === 'practice')).toEqual({ id: 'practice', reason: 'negated', sentenceIndices: [0] });
    expect(a.missingCriteria.find((c) => c.id === 'coherence')?.reason).toBe('negated');
    // The link still counts as coherence of the text, but not as the criterion (no practice).
    expect(a.linkedWaarborgen).toEqual(['lerende-leraar']);
    expect(a.criteria.map((c) => c.id)).not.toContain('coherence');
    // The school is negated and the hogeschool a place: no partner carries anything.
    expect(a.partnersNamed).toEqual([]);
  });

  it('only the negated clause is left out: what follows "maar" still counts', () => {
    const text = 'We hebben geen gezamenlijk plan, maar de schoolopleider en de instituutsopleider bespreken elk lesbezoek.';
    expect(covered(text)).toContain('jointness');
  });

  it('a role in "alleen …" does not pair with one outside it', () => {
    expect(covered('De schoolopleider voert de gesprekken, alleen de pabo beoordeelt.', 'organisatie')).not.toContain('jointness');
    expect(covered('De schoolopleider voert de gesprekken en de pabo beoordeelt.', 'organisatie')).toContain('jointness');
  });

  it('"nog niet" is a gap, not practice, and is named as such', () => {
    const text = 'Schoolopleiders en instituutsopleiders voeren elk kwartaal nog geen gezamenlijke driehoeksgesprekken.';
    const a = run(text);
    expect(a.criteria.map((c) => c.id)).toEqual([]);
    expect(reasonOf(text, 'jointness')).toBe('not-yet');
    expect(reasonOf(text, 'practice')).toBe('not-yet');
    expect(a.hasStudentExample).toBe(false);
  });

  it('English: "never" and "not" drop the evidence of their clause only', () => {
    expect(covered('The school-based educator and the university tutor never meet.', 'organisatie')).not.toContain('jointness');
    expect(reasonOf('The school-based educator and the university tutor never meet.', 'jointness', 'organisatie')).toBe('negated');
    expect(covered('The mentor never visits the institute; the school-based educator and the university tutor meet every month.', 'organisatie')).toContain('jointness');
  });

  it('a negated student example is no example', () => {
    expect(run('Geen enkele student vertelde ons dat de intervisie hielp.').hasStudentExample).toBe(false);
    expect(run('Een student vertelde ons dat de intervisie hielp.').hasStudentExample).toBe(true);
    expect(run('Studenten bespreken hun lesvoorbereiding nooit elke week met de mentor.').hasStudentExample).toBe(false);
  });
});

describe('negation: still searching, and a comma before a new main clause (tuning for generality)', () => {
  it.each<[string, string[]]>([
    ['We zijn als pabo nog zoekende naar een vorm.', ['not-yet:nog zoekende→We zijn als pabo nog zoekende naar een vorm.']],
    ['Het partnerschap is nog op zoek naar een coördinator.', ['not-yet:nog op zoek→Het partnerschap is nog op zoek naar een coördinator.']],
    ['We are still figuring out the assessment.', ['not-yet:still figuring out→We are still figuring out the assessment.']],
    ['De school heeft daar niets over te zeggen, de io beslist.', ['negation:niets→De school heeft daar niets over te zeggen,']],
    ['Er is geen overleg, dat regelt de coördinator alleen.', ['negation:geen→Er is geen overleg,', 'only:alleen→alleen.']],
    ['We hebben geen vaste momenten, we spreken af wanneer het uitkomt.', ['negation:geen→We hebben geen vaste momenten,']],
    // no cut: the verb comes last in a relative or subordinate clause, and an enumeration is one clause
    ['Er is geen mentor, geen schoolopleider en geen io bij.', ['negation:geen→Er is geen mentor, geen schoolopleider en geen io bij.', 'negation:geen→Er is geen mentor, geen schoolopleider en geen io bij.', 'negation:geen→Er is geen mentor, geen schoolopleider en geen io bij.']],
    ['We hebben nog geen plan, de school een beetje.', ['not-yet:nog geen→We hebben nog geen plan, de school een beetje.']],
    // ", anders" / ", otherwise" opens a new clause: the rule before it is not negated
    ['Studenten moeten elke periode een lesbezoek hebben, anders kunnen ze niet beoordeeld worden.', ['negation:niet→anders kunnen ze niet beoordeeld worden.']],
    ['Trainees hand in a log every week, otherwise they cannot be assessed.', ['negation:cannot→otherwise they cannot be assessed.']],
    // a clause opened by "what" / "wat" keeps its negation inside (the review pair "wat goed gaat en wat niet" is no negation at all)
    ['Twice a year we meet with the coordinator to talk about what does not work.', ['negation:not→what does not work.']],
    ['De mentoren bespreken elke week wat niet werkt.', ['negation:niet→wat niet werkt.']],
    ['Twice a year we meet with the coordinator to talk about what goes well and what doesn\'t.', []],
    ['De mentoren bespreken elke week wat goed gaat en wat niet.', []],
  ])('%j', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });
});

describe('negation: a review pair is no negation, a plain "wat niet" still is (tuning round 5)', () => {
  it.each<[string, string[]]>([
    ['De mentor bespreekt wat niet goed ging.', ['negation:niet→wat niet goed ging.']],
    ['The mentor did not say what worked.', ['negation:not→The mentor did not say what worked.']],
  ])('%j', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });
});

describe('negation: a relative clause after the negated noun is negated too (tuning round 5)', () => {
  it.each<[string, string[]]>([
    ['Er is nog geen vaste plek waar we dat met de opleiding bespreken.', ['not-yet:nog geen→Er is nog geen vaste plek waar we dat met de opleiding bespreken.']],
    ['We hebben geen mentor die dat doet.', ['negation:geen→We hebben geen mentor die dat doet.']],
  ])('%j', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });

  it('a relative clause further away keeps its own reading', () => {
    const a = run('Er is geen probleem met de mentoren die elke week langskomen.');
    expect(a.negations.filter((n) => n.kind !== 'only')).toEqual([]);
    const b = analyseAnswer('We hebben niet genoeg tijd voor de studenten die elke week langskomen bij de mentor.', { waarborgId: 'organisatie' });
    expect(b.negations[0]!.except?.length).toBe(1);
  });
});

describe('negation: two negations affirm (tuning round 5)', () => {
  it.each([
    'Er gaat geen week voorbij zonder overleg met de mentor.',
    'No decision is made without the school-based educator.',
    'Zonder de pabo zou dit niet lukken.',
    'The mentor never misses a lesson visit.',
    'De mentor slaat nooit een lesbezoek over.',
  ])('no negation: %j', (text) => {
    expect(run(text).negations.filter((n) => n.kind !== 'only')).toEqual([]);
  });

  it.each([
    ['De mentor geeft geen feedback over de les.', ['negation:geen→De mentor geeft geen feedback over de les.']],
    ['De schoolopleider is nooit bij de beoordeling.', ['negation:nooit→De schoolopleider is nooit bij de beoordeling.']],
  ])('still negated: %j', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });
});

describe('negation: a main clause joined by "en"/"and" or opened by an adverb is a clause of its own (tuning round 6, h4/h5)', () => {
  it.each<[string, string[]]>([
    [
      'Op de opleiding hebben we er 1 college over gehad en op mijn stageschool heeft mijn begeleider het er nooit over.',
      ['negation:nooit→en op mijn stageschool heeft mijn begeleider het er nooit over.'],
    ],
    ['De training is op donderdagavond en dat lukt mij niet.', ['negation:niet→dat lukt mij niet.']],
    ['We evaluate the placement every year and we do not change the programme.', ['negation:not→and we do not change the programme.']],
    ['Ik heb één keer een enquete ingevuld, verder weet ik niet wat ermee gebeurt.', ['negation:niet→verder weet ik niet wat ermee gebeurt.']],
    [
      'In de praktijk merk ik daar niet zoveel van, de gesprekken met mijn begeleider gaan vooral over roosters.',
      ['negation:niet→In de praktijk merk ik daar niet zoveel van,'],
    ],
  ])('%j', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // one subject of two roles: no verb before "en", so the whole clause is negated
    ['Mijn mentor en de instituutsopleider hebben elkaar nooit gesproken.', ['negation:nooit→Mijn mentor en de instituutsopleider hebben elkaar nooit gesproken.']],
    ['My mentor and I have never talked about the standards.', ['negation:never→My mentor and I have never talked about the standards.']],
    // "en" joining objects, not a clause
    ['We hebben geen tijd en geen ruimte voor overleg.', ['negation:geen→We hebben geen tijd en geen ruimte voor overleg.', 'negation:geen→We hebben geen tijd en geen ruimte voor overleg.']],
  ])('one clause: %j', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });
});

describe('negation: "te weinig", "too little" say it happens, not enough (tuning round 6, h4/h5)', () => {
  it.each([
    'Onze stuurgroep vergadert eigenlijk te weinig, vorig jaar maar één keer.',
    'We spend too little time with the school-based educator.',
  ])('no negation: %j', (text) => {
    expect(run(text).negations.filter((n) => n.kind !== 'only')).toEqual([]);
  });
  it('the meeting it names is an example', () => {
    expect(analyseAnswer('Onze stuurgroep vergadert eigenlijk te weinig, vorig jaar maar één keer.', { waarborgId: 'organisatie' }).hasStudentExample).toBe(true);
  });
  it.each<[string, string[]]>([
    ['Er is weinig contact met de pabo.', ['negation:weinig→Er is weinig contact met de pabo.']],
    ['There is little contact with the university.', ['negation:little→There is little contact with the university.']],
  ])('still negated: %j', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });
});

describe('negation: a pronoun subject after a comma opens a new main clause, whatever its verb (tuning round 7, h6)', () => {
  it.each<[string, string[]]>([
    ['Ik heb geen training gehad, ik ben in juni door de directeur gevraagd.', ['negation:geen→Ik heb geen training gehad,']],
    ['Mijn student en ik hebben geen vaste momenten, we spreken elkaar tussendoor in de docentenkamer.', ['negation:geen→Mijn student en ik hebben geen vaste momenten,']],
    ['We never had a training, I learned it on the job.', ['negation:never→We never had a training,']],
    // no cut: a pronoun in an enumeration, or negated itself
    ['Er is geen overleg tussen de mentor, ik en de io.', ['negation:geen→Er is geen overleg tussen de mentor, ik en de io.']],
    ['Dat weet de school niet, ik niet en de mentor ook niet.', Array(3).fill('negation:niet→Dat weet de school niet, ik niet en de mentor ook niet.')],
  ])('%j', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });
  it('a review pair with a comma is no negation', () => {
    expect(scopes("Na elke stageperiode voeren we een 'wat werkte, wat niet'-gesprek met de studenten.")).toEqual([]);
    expect(analyseAnswer("Sinds dit jaar voeren we na elke stageperiode een 'wat werkte, wat niet'-gesprek met de studenten.", { waarborgId: 'kwaliteitscultuur' }).hasStudentExample).toBe(true);
  });
});
