// Labelled Dutch (and a few English) examples for the contradiction check: what
// the three visit-day groups wrote about one item, and what the check must find.
// Label first, then look at the output; fix the data or the rule, not the label.
import { describe, expect, it } from 'vitest';
import { checkItem, type ContradictionKind, type ConversationGroup } from '../../../src/domain/consistency';
import type { WaarborgId } from '../../../src/domain/framework';

type Answers = Array<[ConversationGroup, string, string]>;

interface Case {
  label: string;
  itemId: string;
  answers: Answers;
  /** [kind, group that says it is in place, the other group, shared term ids] */
  expected: Array<[ContradictionKind, ConversationGroup, ConversationGroup, string[]]>;
}

const check = (itemId: string, answers: Answers) =>
  checkItem({
    waarborgId: itemId.split('.')[0] as WaarborgId,
    itemId,
    answers: answers.map(([group, author, text]) => ({ group, author, text })),
  });

const hits: Case[] = [
  {
    label: '"nog niet" against a programme the educators describe as running',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['teacher-educators', 'Bo', 'We hebben een gezamenlijk opleidingsprogramma voor pabo-studenten en zij-instromers.'],
      ['students', 'Sam', 'Een gezamenlijk programma is er nog niet; iedere school doet het op haar eigen manier.'],
    ],
    expected: [['present-vs-absent', 'teacher-educators', 'students', ['programma', 'samenwerking']]],
  },
  {
    label: '"geen" feedback against feedback after every visit',
    itemId: 'leeromgeving.minimum.3',
    answers: [
      ['teacher-educators', 'Wim', 'Na elk lesbezoek geeft de werkplekbegeleider schriftelijke feedback.'],
      ['students', 'Lia', 'Wij krijgen geen feedback na een lesbezoek, alleen een cijfer.'],
    ],
    expected: [['present-vs-absent', 'teacher-educators', 'students', ['feedback']]],
  },
  {
    label: '"weten we niet" about the vision the board says is laid down',
    itemId: 'lerende-leraar.minimum.2',
    answers: [
      ['board-members', 'Bea', 'Onze gedeelde visie op leren staat in het opleidingsplan.'],
      ['students', 'Sam', 'Of er een visie op leren is, weten we niet.'],
    ],
    expected: [['present-vs-absent', 'board-members', 'students', ['visie']]],
  },
  {
    label: '"ontbreekt": a consultation the board holds and the educators miss',
    itemId: 'organisatie.minimum.1',
    answers: [
      ['board-members', 'Bea', 'Het stuurgroepoverleg vindt zes keer per jaar plaats.'],
      ['teacher-educators', 'Bo', 'Een vast overleg tussen school en opleiding ontbreekt.'],
    ],
    expected: [['present-vs-absent', 'board-members', 'teacher-educators', ['overleg']]],
  },
  {
    label: '"niet" for one group of staff where the board names training for all',
    itemId: 'organisatie.minimum.3',
    answers: [
      ['board-members', 'Bea', 'Alle werkplekbegeleiders volgen de basistraining begeleiden.'],
      ['teacher-educators', 'Bo', "Voor schoolopleiders is er niet zo'n training."],
    ],
    expected: [['present-vs-absent', 'board-members', 'teacher-educators', ['professionalisering']]],
  },
  {
    label: 'a PDCA cycle in practice against a board that wants to set one up',
    itemId: 'kwaliteitscultuur.minimum.1',
    answers: [
      ['teacher-educators', 'Bo', 'We werken met een PDCA-cyclus en bespreken elk half jaar de uitkomsten.'],
      ['board-members', 'Bea', 'We willen een systematiek voor kwaliteitszorg opzetten.'],
    ],
    expected: [['present-vs-intention', 'teacher-educators', 'board-members', ['kwaliteitszorg']]],
  },
  {
    label: 'a mentor students have now against "volgend schooljaar"',
    itemId: 'leeromgeving.minimum.4',
    answers: [
      ['students', 'Sam', 'Op mijn stageschool heb ik een vaste werkplekbegeleider die elke week met me terugkijkt.'],
      ['board-members', 'Bea', 'Volgend schooljaar krijgt elke student een werkplekbegeleider.'],
    ],
    expected: [['present-vs-intention', 'students', 'board-members', ['werkplek', 'begeleiding']]],
  },
  {
    label: 'two contradictions in one item: absent for students, only a plan for the board',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['teacher-educators', 'Bo', 'Het gezamenlijke curriculum draait sinds 2022.'],
      ['students', 'Sam', 'Ik merk niets van een gezamenlijk curriculum.'],
      ['board-members', 'Bea', 'We willen volgend jaar een gezamenlijk curriculum.'],
    ],
    expected: [
      ['present-vs-absent', 'teacher-educators', 'students', ['programma', 'samenwerking']],
      ['present-vs-intention', 'teacher-educators', 'board-members', ['programma', 'samenwerking']],
    ],
  },
  {
    label: 'English: a joint programme, and "no joint programme yet"',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['teacher-educators', 'Bo', 'We run a joint programme for all student teachers.'],
      ['students', 'Sam', "There is no joint programme yet; each school does its own thing."],
    ],
    expected: [['present-vs-absent', 'teacher-educators', 'students', ['programma']]],
  },
];

const nonHits: Case[] = [
  {
    label: 'all three describe the same practice',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['students', 'Sam', 'We volgen het gezamenlijke opleidingsprogramma.'],
      ['teacher-educators', 'Bo', 'Het programma maken we samen met de pabo.'],
      ['board-members', 'Bea', 'Het gezamenlijk programma is door beide besturen vastgesteld.'],
    ],
    expected: [],
  },
  {
    label: 'both honestly say "nog niet": that is consistent',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['students', 'Sam', 'Er is nog geen gezamenlijk programma.'],
      ['teacher-educators', 'Bo', 'Een gezamenlijk programma hebben we nog niet.'],
    ],
    expected: [],
  },
  {
    label: '"not yet" and "we want" agree that it is not in place',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['students', 'Sam', 'Er is nog geen gezamenlijk programma.'],
      ['board-members', 'Bea', 'We willen volgend jaar een gezamenlijk programma.'],
    ],
    expected: [],
  },
  {
    label: 'different key terms: the programme is laid down, feedback is missing',
    itemId: 'leeromgeving.minimum.3',
    answers: [
      ['teacher-educators', 'Bo', 'Het programma is vastgelegd in het opleidingsplan.'],
      ['students', 'Sam', 'Feedback krijgen we niet altijd.'],
    ],
    expected: [],
  },
  {
    label: '"niet alleen … maar ook" affirms',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['students', 'Sam', 'Het programma is niet alleen voor pabo-studenten maar ook voor zij-instromers.'],
      ['teacher-educators', 'Bo', 'We hebben een gezamenlijk programma.'],
    ],
    expected: [],
  },
  {
    label: 'a negation after "maar" is about something else',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['students', 'Sam', 'Het programma is goed, maar niet iedereen op school kent het.'],
      ['teacher-educators', 'Bo', 'Er is een gezamenlijk programma.'],
    ],
    expected: [],
  },
  {
    label: 'a question is no claim',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['students', 'Sam', 'Is er eigenlijk geen gezamenlijk programma?'],
      ['teacher-educators', 'Bo', 'Er is een gezamenlijk programma.'],
    ],
    expected: [],
  },
  {
    label: 'a quoted student is not the group speaking',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['students', 'Sam', 'Het gezamenlijk programma loopt sinds 2022.'],
      ['teacher-educators', 'Bo', 'Het programma loopt goed. Een zij-instromer zei: "voor ons is er geen programma".'],
    ],
    expected: [],
  },
  {
    label: 'a group that says both contradicts nobody (that is a talk inside the group)',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['students', 'Sam', 'Er is een gezamenlijk programma.'],
      ['students', 'Lia', 'Een gezamenlijk programma is er op mijn school niet.'],
      ['teacher-educators', 'Bo', 'Het gezamenlijk programma draait goed.'],
    ],
    expected: [],
  },
  {
    label: '"geen probleem" affirms',
    itemId: 'organisatie.minimum.1',
    answers: [
      ['teacher-educators', 'Bo', 'Het overleg met de pabo is geen probleem.'],
      ['board-members', 'Bea', 'Er is maandelijks overleg.'],
    ],
    expected: [],
  },
  {
    label: '"supervisie" is not the vision',
    itemId: 'lerende-leraar.minimum.2',
    answers: [
      ['students', 'Sam', 'Supervisie krijgen we niet.'],
      ['board-members', 'Bea', 'Onze visie op leren is vastgelegd.'],
    ],
    expected: [],
  },
  {
    label: 'an ambition next to the practice is not a contradiction',
    itemId: 'leeromgeving.minimum.1',
    answers: [
      ['teacher-educators', 'Bo', 'Er is een gezamenlijk programma. We willen het volgend jaar uitbreiden naar het mbo.'],
      ['board-members', 'Bea', 'Het gezamenlijk programma is vastgesteld.'],
    ],
    expected: [],
  },
  {
    label: 'silence is not contradiction',
    itemId: 'leeromgeving.minimum.1',
    answers: [['students', 'Sam', 'Er is nog geen gezamenlijk programma.']],
    expected: [],
  },
];

describe('checkItem: contradictions', () => {
  for (const c of [...hits, ...nonHits]) {
    it(`${c.expected.length > 0 ? 'finds' : 'does not flag'}: ${c.label}`, () => {
      const found = check(c.itemId, c.answers).contradictions.map((x) => [x.kind, x.inPlace.group, x.other.group, x.terms.map((term) => term.id)]);
      expect(found).toEqual(c.expected);
    });
  }

  it('explains itself: the sentences, their authors and the words that gave it away', () => {
    const [found] = check('leeromgeving.minimum.1', hits[0]!.answers).contradictions;
    expect(found).toMatchObject({
      kind: 'present-vs-absent',
      inPlace: { group: 'teacher-educators', author: 'Bo', sentence: hits[0]!.answers[0]![2] },
      other: { group: 'students', author: 'Sam', sentence: hits[0]!.answers[1]![2], cue: 'nog niet' },
    });
    expect(found!.inPlace.cue).toBeUndefined();
    const [intention] = check('kwaliteitscultuur.minimum.1', hits[5]!.answers).contradictions;
    expect(intention?.other.cue).toBe('We willen');
    expect(intention?.terms.map((term) => term.id)).toEqual(['kwaliteitszorg']);
  });

  it('is deterministic, and the order of the answers does not change what it finds', () => {
    const answers = hits[7]!.answers;
    const once = check('leeromgeving.minimum.1', answers);
    expect(check('leeromgeving.minimum.1', answers)).toEqual(once);
    const reversed = check('leeromgeving.minimum.1', [...answers].reverse());
    expect(reversed.contradictions.map((c) => [c.kind, c.inPlace.group, c.other.group])).toEqual(
      once.contradictions.map((c) => [c.kind, c.inPlace.group, c.other.group]),
    );
  });
});

describe('checkItem: silent groups', () => {
  it('names the groups that wrote nothing (or only blanks), in visit-day order', () => {
    const result = check('leeromgeving.minimum.2', [
      ['board-members', 'Bea', 'Het programma wordt door beide partners uitgevoerd.'],
      ['students', 'Sam', '   '],
    ]);
    expect(result.silentGroups).toEqual(['students', 'teacher-educators']);
    expect(check('leeromgeving.minimum.2', []).silentGroups).toEqual(['students', 'teacher-educators', 'board-members']);
  });

  it('checks nothing for an item it has no key terms for, but still sees silence', () => {
    const result = check('leeromgeving.algemeen', [['students', 'Sam', 'Er is geen programma.'], ['teacher-educators', 'Bo', 'Er is een programma.']]);
    expect(result).toMatchObject({ terms: [], contradictions: [], silentGroups: ['board-members'] });
  });
});
