import { describe, expect, it } from 'vitest';
import { type DraftText, drillFeedback, itemsNamedIn, itemsOfQuestion } from '../../../src/domain/drills';

const question = {
  waarborgId: 'leeromgeving' as const,
  text: 'Waar zie je de verbinding en samenwerking tussen school en opleiding terug?',
};
const draft: DraftText[] = [
  {
    itemId: 'leeromgeving.minimum.1',
    text:
      'Het opleidingsprogramma is samen ontwikkeld door de schoolopleiders en de instituutsopleiders. ' +
      'Elke week bespreken student, werkplekbegeleider en instituutsopleider in een driehoeksgesprek de voortgang. ' +
      'Zo vertelde een tweedejaars student in de evaluatie dat ze haar lesbezoek samen met de mentor voorbereidde. ' +
      'Volgend jaar willen we de stages uitbreiden.',
  },
];
const feedback = (answer: string, texts: DraftText[] = draft) => drillFeedback({ question, answer, group: 'students', draft: texts });

describe('which items a question and an answer are about', () => {
  it('takes the items of the question’s waarborg whose key terms it names, or all of them', () => {
    expect(itemsOfQuestion(question.text, 'leeromgeving')).toEqual(['leeromgeving.minimum.1', 'leeromgeving.minimum.2']);
    expect(itemsOfQuestion('Hoe onderhoud je je expertise?', 'organisatie')).toEqual([
      'organisatie.minimum.1',
      'organisatie.minimum.2',
      'organisatie.minimum.3',
    ]);
  });

  it('lists the touched items of the answer’s waarborg first', () => {
    expect(itemsNamedIn('Onze visie staat in het programma.', 'leeromgeving')[0]).toMatch(/^leeromgeving\./);
    expect(itemsNamedIn('Onze visie staat in het programma.', 'lerende-leraar')[0]).toMatch(/^lerende-leraar\./);
    expect(itemsNamedIn('Ik heb een leuke klas.', 'leeromgeving')).toEqual([]);
  });
});

describe('drillFeedback', () => {
  it('calls a concrete, joint answer strong and points to what the draft says on the item', () => {
    const f = feedback(
      'Bij ons ontwerpen de schoolopleider en de instituutsopleider samen het programma. ' +
        'Ik had bijvoorbeeld in oktober een driehoeksgesprek met mijn werkplekbegeleider en mijn instituutsopleider over mijn lesbezoek.',
    );
    expect(f).toMatchObject({ strength: 'strong', gaps: [], concreteExample: true, jointness: true });
    expect(f.partners).toEqual(['schoolopleider', 'instituutsopleider', 'werkplekbegeleider']);
    expect(f.touchedItems.slice(0, 2)).toEqual(['leeromgeving.minimum.1', 'leeromgeving.minimum.2']);
    expect(f.notes[0]).toEqual({
      itemId: 'leeromgeving.minimum.1',
      waarborgId: 'leeromgeving',
      draft: 'chosen',
      sharedTerms: ['programma'],
      noSharedTerms: false,
    });
    expect(f.notes[1]).toEqual({ itemId: 'leeromgeving.minimum.2', waarborgId: 'leeromgeving', draft: 'none' });
  });

  it('tells a student’s example from another actor’s (a stuurgroep, a mentor): the feedback praises what is there', () => {
    const student = feedback('Ik had in oktober een driehoeksgesprek met mijn werkplekbegeleider en mijn instituutsopleider over mijn lesbezoek.');
    expect(student).toMatchObject({ concreteExample: true, hasStudentExample: true, hasPracticeExample: true });
    const board = feedback('Elke maandag bespreekt de mentor met de schoolopleider het rooster van de stagiairs.');
    expect(board).toMatchObject({ concreteExample: true, hasStudentExample: false, hasPracticeExample: true });
    const vague = feedback('Dat gaat bij ons goed.');
    expect(vague).toMatchObject({ concreteExample: false, hasStudentExample: false, hasPracticeExample: false });
  });

  it('calls an intention without example or partners weak, and notes it shares no key term with the draft', () => {
    const f = feedback('We willen in de toekomst meer samenwerken.');
    expect(f.strength).toBe('weak');
    expect(f.gaps).toEqual(['no-example', 'intention-not-practice', 'no-partners']);
    expect(f.intentions).toEqual(['We willen', 'in de toekomst']);
    expect(f.notes[0]).toMatchObject({ itemId: 'leeromgeving.minimum.1', draft: 'chosen', sharedTerms: [], noSharedTerms: true });
  });

  it('notes a disagreement when the draft says it is in place and the answer that it is not', () => {
    const f = feedback('Er is nog geen gezamenlijk programma.');
    expect(f.notes[0]).toMatchObject({
      draft: 'chosen',
      disagreement: {
        kind: 'draft-in-place-answer-not',
        terms: ['programma'],
        answerSentence: 'Er is nog geen gezamenlijk programma.',
        draftSentence: 'Het opleidingsprogramma is samen ontwikkeld door de schoolopleiders en de instituutsopleiders.',
        cue: 'nog geen',
      },
    });
  });

  it('notes the other way round: the answer describes practice the draft only plans', () => {
    const planned: DraftText[] = [{ itemId: 'leeromgeving.minimum.1', text: 'Volgend jaar willen we een gezamenlijk programma.' }];
    const f = feedback('In samenwerking met de instituutsopleider maakt de schoolopleider het programma, elk jaar in juni.', planned);
    expect(f.notes[0]).toMatchObject({ disagreement: { kind: 'answer-in-place-draft-not', terms: ['programma', 'samenwerking'] } });
  });

  it('sees a link to the vision', () => {
    expect(feedback('Ons programma volgt de visie op opleiden.').linksVision).toBe(true);
    expect(feedback('Ons programma is goed.').linksVision).toBe(false);
  });

  it('builds the model answer from the partnership’s own practice sentences, never its intentions', () => {
    const f = feedback('Ik heb een leuke klas.');
    expect(f.touchedItems).toEqual([]);
    expect(f.modelAnswer).toEqual({
      itemIds: ['leeromgeving.minimum.1'],
      sentences: [
        'Het opleidingsprogramma is samen ontwikkeld door de schoolopleiders en de instituutsopleiders.',
        'Elke week bespreken student, werkplekbegeleider en instituutsopleider in een driehoeksgesprek de voortgang.',
        'Zo vertelde een tweedejaars student in de evaluatie dat ze haar lesbezoek samen met de mentor voorbereidde.',
      ],
    });
  });

  it('gives no model answer and “none” notes without chosen draft text', () => {
    const f = feedback('Ik heb een leuke klas.', [{ itemId: 'leeromgeving.minimum.1', text: '  ' }]);
    expect(f.modelAnswer).toBeUndefined();
    expect(f.notes.every((n) => n.draft === 'none')).toBe(true);
  });

  it('treats an empty answer as weak, touching nothing, with no notes of disagreement', () => {
    const f = feedback('  …  ');
    expect(f).toMatchObject({ isEmpty: true, strength: 'weak', touchedItems: [] });
    expect(f.notes.some((n) => n.draft === 'chosen' && (n.noSharedTerms || n.disagreement))).toBe(false);
  });
});
