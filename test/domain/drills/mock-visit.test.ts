import { describe, expect, it } from 'vitest';
import { chooseMockQuestions, questionsForGroup, summariseMockVisit } from '../../../src/domain/drills';

const bank = questionsForGroup('students', { own: [], groups: [] });
const text = (id: string) => {
  const q = bank.find((b) => b.id === id)!;
  return { id: q.id, waarborgId: q.waarborgId, text: q.origin === 'framework' ? q.text.nl : q.text };
};

describe('chooseMockQuestions', () => {
  it('takes one question per waarborg in framework order, the least practised first', () => {
    expect(chooseMockQuestions(bank, new Map()).map((q) => q.id)).toEqual([
      'practice-question.students.lerende-leraar.1',
      'practice-question.students.leeromgeving.1',
      'practice-question.students.organisatie.1',
      'practice-question.students.kwaliteitscultuur.1',
    ]);
    const practised = new Map([['practice-question.students.leeromgeving.1', 2], ['practice-question.students.leeromgeving.2', 1]]);
    expect(chooseMockQuestions(bank, practised)[1]!.id).toBe('practice-question.students.leeromgeving.3');
    expect(chooseMockQuestions(bank, new Map(), 2)).toHaveLength(7);
  });
});

describe('summariseMockVisit', () => {
  const questions = chooseMockQuestions(bank, new Map()).map((q) => text(q.id));
  it('names the waarborgen covered and not, the unanswered questions, examples and a divergence between two people', () => {
    const summary = summariseMockVisit({
      group: 'students',
      questions,
      answers: [
        { questionId: questions[1]!.id, author: 'Sam', text: 'Het programma maken de schoolopleider en de instituutsopleider samen; ik zag het in oktober bij mijn lesbezoek met mijn mentor.' },
        { questionId: questions[1]!.id, author: 'Lisa', text: 'Er is nog geen gezamenlijk programma op mijn school.' },
        { questionId: questions[2]!.id, author: 'Lisa', text: 'Dat weet ik niet.' },
      ],
    });
    expect(summary.covered).toEqual(['leeromgeving', 'organisatie']);
    expect(summary.notCovered).toEqual(['lerende-leraar', 'kwaliteitscultuur']);
    expect(summary.unanswered).toEqual([questions[0]!.id, questions[3]!.id]);
    expect(summary.people).toBe(2);
    expect(summary.examples.map((e) => [e.author, e.concrete])).toEqual([
      ['Sam', true],
      ['Lisa', false],
      ['Lisa', false],
    ]);
    expect(summary.divergences).toEqual([
      {
        questionId: questions[1]!.id,
        itemId: 'leeromgeving.minimum.1',
        terms: ['programma'],
        inPlace: { author: 'Sam', sentence: expect.stringContaining('Het programma maken') },
        other: { author: 'Lisa', sentence: 'Er is nog geen gezamenlijk programma op mijn school.', cue: 'nog geen' },
      },
    ]);
  });

  it('finds no divergence when people agree, and ignores answers to other questions', () => {
    const summary = summariseMockVisit({
      group: 'students',
      questions,
      answers: [
        { questionId: questions[1]!.id, author: 'Sam', text: 'Het programma maken we samen.' },
        { questionId: questions[1]!.id, author: 'Lisa', text: 'Ons programma is gezamenlijk gemaakt.' },
        { questionId: 'elsewhere', author: 'Piet', text: 'Iets anders.' },
      ],
    });
    expect(summary.divergences).toEqual([]);
    expect(summary.people).toBe(2);
  });
});
