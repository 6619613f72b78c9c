/**
 * Spaced repetition with Leitner boxes. Every question a person has answered sits in a
 * box, 1 to 5; the box sets when it comes back: box 1 the next day, then 3, 7, 14 and 28
 * days. A strong answer moves the question one box up (later), a partial one keeps it in
 * its box, a weak one sends it back to box 1 (soon). `later` leaves the box as it is and
 * brings the question back the next day.
 *
 * Strength (`answerStrength`, from the coaching's facts): an answer is weak when it is
 * empty or has two or more of the three gaps the committee names most (no concrete
 * example of practice; intentions instead of practice; no partners who carry it), partial
 * with one, strong with none.
 */
import { addDays, type LocalDate } from '../timeline/local-date';
import type { WaarborgId } from '../framework';

const BOX_INTERVAL_DAYS = [1, 3, 7, 14, 28] as const;
const MAX_BOX = BOX_INTERVAL_DAYS.length;

export type AnswerStrength = 'strong' | 'partial' | 'weak';
export type AnswerGap = 'no-example' | 'intention-not-practice' | 'no-partners';

export interface AnswerFacts {
  isEmpty: boolean;
  gaps: readonly AnswerGap[];
}

export function answerStrength(facts: AnswerFacts): AnswerStrength {
  if (facts.isEmpty || facts.gaps.length >= 2) return 'weak';
  return facts.gaps.length === 1 ? 'partial' : 'strong';
}

/** One question in one person's boxes. */
export interface DrillCard {
  questionId: string;
  box: number;
  /** It comes back on or after this date. */
  dueOn: LocalDate;
  /** Local date of the last answer; undefined when only postponed so far. */
  lastAnsweredOn?: LocalDate;
  lastStrength?: AnswerStrength;
  answers: number;
}

/** The card after an answer on `today` (a first answer starts in box 1 and moves from there). */
export function afterAnswer(card: DrillCard | undefined, questionId: string, strength: AnswerStrength, today: LocalDate): DrillCard {
  const box = card?.box ?? 1;
  const next = strength === 'strong' ? Math.min(box + 1, MAX_BOX) : strength === 'partial' ? box : 1;
  return {
    questionId,
    box: next,
    dueOn: addDays(today, BOX_INTERVAL_DAYS[next - 1]!),
    lastAnsweredOn: today,
    lastStrength: strength,
    answers: (card?.answers ?? 0) + 1,
  };
}

/** The card after `later`: same box, back tomorrow. */
export function afterLater(card: DrillCard | undefined, questionId: string, today: LocalDate): DrillCard {
  return card ? { ...card, dueOn: addDays(today, 1) } : { questionId, box: 1, dueOn: addDays(today, 1), answers: 0 };
}

export interface ChoiceCandidate {
  id: string;
  waarborgId: WaarborgId;
}

export type ChoiceReason = 'due' | 'new' | 'earliest';

/**
 * The next question for a person on `today`, among `questions` (the group's bank, perhaps
 * one waarborg's): first a due card (lowest box, then the longest overdue, then bank
 * order); else a question never asked, from the waarborg this person practised least
 * (then bank order); else the card that comes back first. The question asked last
 * (`lastQuestionId`) is not chosen again while there is another.
 */
export function chooseNextQuestion<Q extends ChoiceCandidate>(input: {
  questions: readonly Q[];
  cards: readonly DrillCard[];
  today: LocalDate;
  lastQuestionId?: string;
}): { question: Q; reason: ChoiceReason } | undefined {
  const pool = input.questions.length > 1 ? input.questions.filter((q) => q.id !== input.lastQuestionId) : input.questions;
  if (pool.length === 0) return undefined;
  const cardOf = new Map(input.cards.map((c) => [c.questionId, c]));
  const order = new Map(pool.map((q, i) => [q.id, i]));

  const due = pool
    .filter((q) => {
      const c = cardOf.get(q.id);
      return c !== undefined && c.dueOn <= input.today;
    })
    .sort((a, b) => {
      const ca = cardOf.get(a.id)!;
      const cb = cardOf.get(b.id)!;
      return ca.box - cb.box || cmp(ca.dueOn, cb.dueOn) || order.get(a.id)! - order.get(b.id)!;
    });
  if (due[0]) return { question: due[0], reason: 'due' };

  const fresh = pool.filter((q) => !cardOf.has(q.id));
  if (fresh.length > 0) {
    const practised = new Map<WaarborgId, number>();
    for (const q of input.questions) {
      if (cardOf.get(q.id)?.answers) practised.set(q.waarborgId, (practised.get(q.waarborgId) ?? 0) + 1);
    }
    const least = [...fresh].sort(
      (a, b) => (practised.get(a.waarborgId) ?? 0) - (practised.get(b.waarborgId) ?? 0) || order.get(a.id)! - order.get(b.id)!,
    );
    return { question: least[0]!, reason: 'new' };
  }

  const earliest = [...pool].sort(
    (a, b) => cmp(cardOf.get(a.id)!.dueOn, cardOf.get(b.id)!.dueOn) || order.get(a.id)! - order.get(b.id)!,
  );
  return { question: earliest[0]!, reason: 'earliest' };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A person's progress: per box how many questions, and how many of the bank were never asked. */
export function boxCounts(cards: readonly DrillCard[], bankSize: number): { boxes: number[]; unseen: number } {
  const boxes = Array.from({ length: MAX_BOX }, () => 0);
  for (const c of cards) boxes[c.box - 1]! += 1;
  return { boxes, unseen: Math.max(0, bankSize - cards.length) };
}
