/**
 * A mock visit (`proefbezoek`): a timed round (default 45 minutes, as each visit-day
 * conversation, DUS-I verslag 2024) in which several members of one group answer the same
 * questions in one thread or group chat, across all four waarborgen, the way the panel
 * asks them. Facts and codes only.
 *
 * Questions: per waarborg, in framework order, `perWaarborg` of the group's bank, the ones
 * the partnership practised least first (then bank order), so rounds go round the bank.
 *
 * The closing summary: which waarborgen got an answer and which did not; the questions no
 * one answered; per answer whether it gave a concrete example (the coaching's facts); and
 * where two people's answers to one question diverge: on a key term of an item the
 * question is about, one describes it as in place and the other as absent or only planned
 * (the consistency check's stances, as in `feedback.ts`).
 */
import { limits } from '../../core/limits';
import { analyseAnswer } from '../coaching';
import { keyTermsOf, type KeyTermId, readStatements, type Statement } from '../consistency';
import { WAARBORG_IDS, type WaarborgId } from '../framework';
import type { ConversationGroup } from '../partnership';
import { itemsOfQuestion } from './feedback';

export const MOCK_VISIT_MINUTES = 45;

export function chooseMockQuestions<Q extends { id: string; waarborgId: WaarborgId }>(
  bank: readonly Q[],
  practised: ReadonlyMap<string, number>,
  perWaarborg = 1,
): Q[] {
  const order = new Map(bank.map((q, i) => [q.id, i]));
  return WAARBORG_IDS.flatMap((w) =>
    bank
      .filter((q) => q.waarborgId === w)
      .sort((a, b) => (practised.get(a.id) ?? 0) - (practised.get(b.id) ?? 0) || order.get(a.id)! - order.get(b.id)!)
      .slice(0, perWaarborg),
  );
}

export interface MockAnswer {
  questionId: string;
  author: string;
  text: string;
}

export interface Divergence {
  questionId: string;
  itemId: string;
  terms: KeyTermId[];
  inPlace: { author: string; sentence: string };
  other: { author: string; sentence: string; cue?: string };
}

export interface MockVisitSummary {
  covered: WaarborgId[];
  notCovered: WaarborgId[];
  unanswered: string[];
  /** Per answer (in the order given): did it give a concrete example of practice. */
  examples: Array<{ questionId: string; author: string; concrete: boolean }>;
  divergences: Divergence[];
  /** How many people answered. */
  people: number;
}

export function summariseMockVisit(input: {
  questions: ReadonlyArray<{ id: string; waarborgId: WaarborgId; text: string }>;
  answers: readonly MockAnswer[];
  group: ConversationGroup;
}): MockVisitSummary {
  const byQuestion = new Map(input.questions.map((q) => [q.id, q]));
  const answers = input.answers.filter((a) => byQuestion.has(a.questionId));
  const answered = new Set(answers.map((a) => a.questionId));
  const coveredSet = new Set(input.questions.filter((q) => answered.has(q.id)).map((q) => q.waarborgId));
  const examples = answers.map((a) => {
    const q = byQuestion.get(a.questionId)!;
    const analysis = analyseAnswer(a.text.slice(0, limits.maxTextLength), { waarborgId: q.waarborgId });
    const concrete = analysis.hasStudentExample || !analysis.missingCriteria.some((c) => c.id === 'concrete');
    return { questionId: a.questionId, author: a.author, concrete };
  });
  const divergences: Divergence[] = [];
  for (const q of input.questions) {
    const mine = answers.filter((a) => a.questionId === q.id);
    if (new Set(mine.map((a) => a.author)).size < 2) continue;
    for (const itemId of itemsOfQuestion(q.text, q.waarborgId)) {
      const found = diverging(q.id, itemId, q.waarborgId, mine, input.group);
      if (found) {
        divergences.push(found);
        break;
      }
    }
  }
  return {
    covered: WAARBORG_IDS.filter((w) => coveredSet.has(w)),
    notCovered: WAARBORG_IDS.filter((w) => input.questions.some((q) => q.waarborgId === w) && !coveredSet.has(w)),
    unanswered: input.questions.filter((q) => !answered.has(q.id)).map((q) => q.id),
    examples,
    divergences,
    people: new Set(answers.map((a) => a.author)).size,
  };
}

function diverging(questionId: string, itemId: string, waarborgId: WaarborgId, answers: readonly MockAnswer[], group: ConversationGroup): Divergence | undefined {
  const terms = keyTermsOf(itemId);
  const statements = answers.map((a) => ({ author: a.author, list: readStatements({ group, author: a.author, text: a.text }, waarborgId, terms) }));
  const first = (list: Statement[], termId: KeyTermId, not: boolean) =>
    list.find((s) => s.termIds.includes(termId) && (not ? s.stance !== 'present' : s.stance === 'present'));
  for (const term of terms) {
    const yes = statements.find((s) => first(s.list, term.id, false) && !first(s.list, term.id, true));
    const no = statements.find((s) => s.author !== yes?.author && first(s.list, term.id, true) && !first(s.list, term.id, false));
    if (!yes || !no) continue;
    const inPlace = first(yes.list, term.id, false)!;
    const other = first(no.list, term.id, true)!;
    return {
      questionId,
      itemId,
      terms: [term.id],
      inPlace: { author: yes.author, sentence: inPlace.sentence },
      other: { author: no.author, sentence: other.sentence, ...(other.cue !== undefined ? { cue: other.cue } : {}) },
    };
  }
  return undefined;
}
