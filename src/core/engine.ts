// The conversation engine: one turn in, messages out. It claims the event id,
// records who and where, then routes to a command or the person's open flow.
import { textsFor } from '../texts';
import type { FlowState, TurnStore } from '../store/turn-store';
import { parseCommand } from './command-parser';
import type { Command, Flow, StepResult, TurnContext } from './flow';
import { limits } from './limits';
import { say } from './messages';
import type { Locale, Turn, TurnResult } from './turn';

export interface Engine {
  handle(turn: Turn): Promise<TurnResult>;
}

export interface EngineParts {
  store: TurnStore;
  commands: readonly Command[];
  flows: readonly Flow[];
}

/** A command is a word and a few arguments ("kies leeromgeving 2"), or anything typed with a slash. */
const MAX_COMMAND_WORDS = 4;

function looksLikeCommand(text: string): boolean {
  return text.startsWith('/') || text.split(/\s+/).length <= MAX_COMMAND_WORDS;
}

export function createEngine({ store, commands, flows }: EngineParts): Engine {
  const commandByName = new Map<string, Command>();
  for (const command of commands) for (const name of command.names) commandByName.set(name, command);
  const flowByName = new Map(flows.map((flow) => [flow.name, flow]));

  return {
    async handle(turn) {
      const placeKey = [turn.place.conversationId, turn.place.threadId ?? ''].join(':');
      const outcome = await store.runTurn(turn, placeKey, async (scope, person, state) => {
        // Dutch first: many Dutch users run an English Teams or Slack, so the client's
        // language is no reason to switch; only the person's own choice (`taal en`) is.
        const locale: Locale = person.locale === 'en' ? 'en' : 'nl';
        const ctx: TurnContext = { turn, person, locale, texts: textsFor(locale), scope, placeKey };
        const { owner, result } = await route(ctx, state);
        if (owner && result.state !== undefined) {
          if (result.state === null) await scope.clearState(person.id, placeKey, owner);
          else await scope.saveState(person.id, placeKey, { flow: owner, ...result.state });
        }
        return { messages: result.messages, locale: result.locale ?? locale };
      });
      return outcome.duplicate ? { duplicate: true } : { duplicate: false, ...outcome.value };
    },
  };

  async function route(ctx: TurnContext, state: FlowState | null): Promise<{ owner?: string; result: StepResult }> {
    const { input } = ctx.turn;
    const { errors } = ctx.texts;
    if (input.kind === 'text') {
      const text = input.text.trim();
      if (text.length === 0) return { result: { messages: [say(errors.emptyInput)] } };
      if (text.length > limits.maxTextLength) return { result: { messages: [say(errors.tooLong(limits.maxTextLength))] } };
      const parsed = parseCommand(text);
      const command = parsed && commandByName.get(parsed.word);
      const flow = state && flowByName.get(state.flow);
      // While a flow waits for an answer, a sentence that happens to start with a
      // command word ("Rol van de mentor is …") is that answer, not a command.
      if (command && parsed && (!flow || looksLikeCommand(text))) return { owner: command.flow, result: await command.run(ctx, parsed.args) };
      if (state && flow) return { owner: flow.name, result: await flow.resume(ctx, state, { kind: 'text', text }) };
      return { result: { messages: [say(errors.unknownCommand(parsed?.word ?? text.slice(0, 40)))] } };
    }
    // Buttons and forms name their flow: "<flow>.<what>".
    const target = input.kind === 'action' ? input.action : input.form;
    const flow = flowByName.get(target.split('.')[0] ?? '');
    if (!flow) return { result: { messages: [say(errors.staleAction)] } };
    return { owner: flow.name, result: await flow.resume(ctx, state?.flow === flow.name ? state : null, input) };
  }
}
