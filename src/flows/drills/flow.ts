// The drills flow: waits for the answer to the question asked at this place;
// the buttons of a question (also one a job sent by direct message) open it.
// A prompt posted in a channel is also answered by a reply in its thread.
import { say } from '../../core/messages';
import type { Flow, FlowState, StepResult, TurnContext } from '../context';
import { drillingFor, findQuestion, promptChannelOf } from './participant';
import { answer, ask, type OpenDrill, postpone } from './practice';
import { FLOW } from './render';

function openDrill(state: FlowState | null): OpenDrill | null {
  if (!state || state.flow !== FLOW || state.step !== 'answer') return null;
  const { questionId, partnershipId } = state.data;
  return typeof questionId === 'string' && typeof partnershipId === 'string' ? { questionId, partnershipId } : null;
}

export async function loadOpenDrill(ctx: TurnContext): Promise<OpenDrill | null> {
  return openDrill(await ctx.scope.loadState(ctx.person.id, ctx.placeKey));
}

/**
 * Text outside any conversation, in a thread of the channel the person's prompts go to,
 * while their prompt is open: the answer to it (a reply under the prompt, its button not
 * pressed). Elsewhere, or with no prompt open: undefined, for the next fallback.
 */
export async function answerInPromptThread(ctx: TurnContext, text: string): Promise<StepResult | undefined> {
  const { place } = ctx.turn;
  if (place.kind !== 'channel' || !place.threadId) return undefined;
  const found = await drillingFor(ctx);
  if (!found.ok) return undefined;
  const d = found.drilling;
  const questionId = d.state.openSince ? d.state.lastQuestionId : null;
  if (!questionId || promptChannelOf(d.plan, d.groupId) !== place.conversationId) return undefined;
  return answer(ctx, d, questionId, text);
}

export const drillsFlow: Flow = {
  name: FLOW,
  async resume(ctx, state, input): Promise<StepResult> {
    const found = await drillingFor(ctx);
    if (!found.ok) return { ...found.result, state: null };
    const drilling = found.drilling;
    if (input.kind === 'text') {
      const open = openDrill(state);
      if (!open || open.partnershipId !== drilling.partnership.id) return { messages: [say(ctx.texts.drills.noOpenQuestion)], state: null };
      return answer(ctx, drilling, open.questionId, input.text);
    }
    if (input.kind === 'action') {
      const question = findQuestion(drilling, input.value);
      if (!question) return { messages: [say(ctx.texts.drills.noOpenQuestion)] };
      if (input.action === `${FLOW}.later`) return postpone(ctx, drilling, question.id);
      if (input.action === `${FLOW}.answer`) return ask(ctx, drilling, question);
    }
    return { messages: [say(ctx.texts.errors.staleAction)] };
  },
};
