import { describe, expect, it } from 'vitest';
import { afterAnswer, afterLater, answerStrength, boxCounts, chooseNextQuestion, type DrillCard } from '../../../src/domain/drills';

describe('answerStrength', () => {
  it('is strong with no gap, partial with one, weak with two or an empty answer', () => {
    expect(answerStrength({ isEmpty: false, gaps: [] })).toBe('strong');
    expect(answerStrength({ isEmpty: false, gaps: ['no-partners'] })).toBe('partial');
    expect(answerStrength({ isEmpty: false, gaps: ['no-example', 'intention-not-practice'] })).toBe('weak');
    expect(answerStrength({ isEmpty: true, gaps: [] })).toBe('weak');
  });
});

describe('Leitner boxes', () => {
  it('moves a strong answer up a box and later (1, 3, 7, 14, 28 days), never past box 5', () => {
    let card: DrillCard | undefined;
    const seen: string[] = [];
    for (const today of ['2027-04-01', '2027-04-04', '2027-04-11', '2027-04-25', '2027-05-23', '2027-06-20']) {
      card = afterAnswer(card, 'q1', 'strong', today);
      seen.push(`${card.box}:${card.dueOn}`);
    }
    expect(seen).toEqual(['2:2027-04-04', '3:2027-04-11', '4:2027-04-25', '5:2027-05-23', '5:2027-06-20', '5:2027-07-18']);
    expect(card!.answers).toBe(6);
  });

  it('sends a weak answer back to box 1 (tomorrow) and keeps a partial one in its box', () => {
    const box4: DrillCard = { questionId: 'q1', box: 4, dueOn: '2027-04-10', answers: 3 };
    expect(afterAnswer(box4, 'q1', 'weak', '2027-04-10')).toMatchObject({ box: 1, dueOn: '2027-04-11', lastStrength: 'weak', answers: 4 });
    expect(afterAnswer(box4, 'q1', 'partial', '2027-04-10')).toMatchObject({ box: 4, dueOn: '2027-04-24' });
    expect(afterAnswer(undefined, 'q2', 'partial', '2027-04-10')).toMatchObject({ box: 1, dueOn: '2027-04-11', answers: 1 });
  });

  it('brings a postponed question back tomorrow in the same box', () => {
    const box3: DrillCard = { questionId: 'q1', box: 3, dueOn: '2027-04-10', answers: 2 };
    expect(afterLater(box3, 'q1', '2027-04-10')).toEqual({ ...box3, dueOn: '2027-04-11' });
    expect(afterLater(undefined, 'q9', '2027-04-10')).toEqual({ questionId: 'q9', box: 1, dueOn: '2027-04-11', answers: 0 });
  });

  it('counts cards per box and the questions never asked', () => {
    const cards: DrillCard[] = [
      { questionId: 'a', box: 1, dueOn: '2027-04-01', answers: 1 },
      { questionId: 'b', box: 3, dueOn: '2027-04-01', answers: 2 },
      { questionId: 'c', box: 1, dueOn: '2027-04-01', answers: 1 },
    ];
    expect(boxCounts(cards, 10)).toEqual({ boxes: [2, 0, 1, 0, 0], unseen: 7 });
  });
});

describe('chooseNextQuestion', () => {
  const questions = [
    { id: 'll1', waarborgId: 'lerende-leraar' as const },
    { id: 'll2', waarborgId: 'lerende-leraar' as const },
    { id: 'lo1', waarborgId: 'leeromgeving' as const },
    { id: 'kc1', waarborgId: 'kwaliteitscultuur' as const },
  ];
  const card = (questionId: string, box: number, dueOn: string): DrillCard => ({ questionId, box, dueOn, answers: 1 });

  it('takes a due card first: lowest box, then longest overdue', () => {
    const cards = [card('ll1', 2, '2027-04-01'), card('lo1', 1, '2027-04-09'), card('kc1', 1, '2027-04-05')];
    expect(chooseNextQuestion({ questions, cards, today: '2027-04-10' })).toEqual({ question: questions[3], reason: 'due' });
  });

  it('otherwise a new question from the waarborg practised least', () => {
    const cards = [card('ll1', 2, '2027-04-20')];
    expect(chooseNextQuestion({ questions, cards, today: '2027-04-10' })).toEqual({ question: questions[2], reason: 'new' });
    expect(chooseNextQuestion({ questions, cards: [], today: '2027-04-10' })?.question.id).toBe('ll1');
  });

  it('otherwise the card that comes back first, and never the one just asked while there is another', () => {
    const cards = questions.map((q, i) => card(q.id, 3, `2027-04-2${i}`));
    expect(chooseNextQuestion({ questions, cards, today: '2027-04-10' })).toEqual({ question: questions[0], reason: 'earliest' });
    expect(chooseNextQuestion({ questions, cards, today: '2027-04-10', lastQuestionId: 'll1' })?.question.id).toBe('ll2');
    expect(chooseNextQuestion({ questions: [questions[0]!], cards, today: '2027-04-10', lastQuestionId: 'll1' })?.question.id).toBe('ll1');
    expect(chooseNextQuestion({ questions: [], cards, today: '2027-04-10' })).toBeUndefined();
  });
});
