// A drill turn: ask the next question (Leitner), take the answer (kept with
// author and role), give framework feedback tied to the partnership's draft,
// and move the question's card.
import { say } from '../../core/messages';
import type { JsonObject } from '../../core/json';
import {
  afterAnswer,
  afterLater,
  chooseNextQuestion,
  type DrillCard,
  drillFeedback,
  type DrillQuestion,
  type DrillPersonState,
} from '../../domain/drills';
import { conversationGroupOf } from '../../domain/partnership';
import { localDateOf } from '../../domain/timeline/zoned-time';
import { DEFAULT_TIME_ZONE } from '../../domain/timeline';
import type { StepResult, TurnContext } from '../context';
import { type Drilling, findQuestion } from './participant';
import { feedbackMessages, questionMessage, questionText } from './render';

export interface OpenDrill extends JsonObject {
  questionId: string;
  partnershipId: string;
}

export function todayOf(drilling: Pick<Drilling, 'plan'>, now: Date): string {
  return localDateOf(now, drilling.plan?.timeZone ?? DEFAULT_TIME_ZONE);
}

/** The next question for the person (within `waarborgId` when given), asked here; the state waits for the answer. */
export async function askNext(ctx: TurnContext, drilling: Drilling): Promise<StepResult> {
  const today = todayOf(drilling, ctx.now);
  const chosen = chooseNextQuestion({
    questions: drilling.bank,
    cards: drilling.state.cards,
    today,
    ...(drilling.state.lastQuestionId ? { lastQuestionId: drilling.state.lastQuestionId } : {}),
  });
  if (!chosen) return { messages: [say(ctx.texts.drills.noQuestions)] };
  return ask(ctx, drilling, chosen.question);
}

export async function ask(ctx: TurnContext, drilling: Drilling, question: DrillQuestion): Promise<StepResult> {
  await ctx.scope.drills.savePerson(drilling.partnership.id, { ...drilling.state, lastQuestionId: question.id, openSince: ctx.now });
  const data: OpenDrill = { questionId: question.id, partnershipId: drilling.partnership.id };
  return { messages: [questionMessage(ctx.texts, ctx.locale, question, drilling.groups)], state: { step: 'answer', data } };
}

/** The answer to `questionId`: saved, fed back on, its card moved. */
export async function answer(ctx: TurnContext, drilling: Drilling, questionId: string, text: string): Promise<StepResult> {
  const question = findQuestion(drilling, questionId);
  if (!question) return { messages: [say(ctx.texts.drills.noOpenQuestion)], state: null };
  const draft = (await ctx.scope.drafts.list(drilling.partnership.id)).map((e) => ({ itemId: e.itemId, text: e.text }));
  const feedback = drillFeedback({
    question: { waarborgId: question.waarborgId, text: questionText(question, 'nl') },
    answer: text,
    group: conversationGroupOf(drilling.role),
    draft,
  });
  const today = todayOf(drilling, ctx.now);
  await ctx.scope.drills.addAnswer(drilling.partnership.id, {
    personId: drilling.personId,
    role: drilling.role,
    groupId: question.groupId,
    questionId: question.id,
    waarborgId: question.waarborgId,
    text,
    strength: feedback.strength,
    draftMismatch: feedback.notes.some((n) => n.draft === 'chosen' && (n.noSharedTerms || n.disagreement !== undefined)),
  });
  const card = afterAnswer(cardOf(drilling.state, question.id), question.id, feedback.strength, today);
  await ctx.scope.drills.savePerson(drilling.partnership.id, { ...withCard(drilling.state, card), lastQuestionId: question.id, openSince: null });
  return { messages: feedbackMessages(ctx.texts, feedback, card.dueOn), state: null };
}

/** `later`: the question comes back tomorrow, in the same box. */
export async function postpone(ctx: TurnContext, drilling: Drilling, questionId: string): Promise<StepResult> {
  const card = afterLater(cardOf(drilling.state, questionId), questionId, todayOf(drilling, ctx.now));
  await ctx.scope.drills.savePerson(drilling.partnership.id, { ...withCard(drilling.state, card), openSince: null });
  return { messages: [say(ctx.texts.drills.later(card.dueOn))], state: null };
}

function cardOf(state: DrillPersonState, questionId: string): DrillCard | undefined {
  return state.cards.find((c) => c.questionId === questionId);
}

function withCard(state: DrillPersonState, card: DrillCard): DrillPersonState {
  return { ...state, cards: [...state.cards.filter((c) => c.questionId !== card.questionId), card] };
}

