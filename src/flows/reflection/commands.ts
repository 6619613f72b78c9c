// The typed words of the reflection: `reflectie [waarborg]`, `voortgang`, and
// the moves `overslaan`, `terug`, `pauze`, `stop`, `herzie <n>`, `ga door`.
// The engine tries commands before an open flow, so a control word followed by
// words it does not take ("Terug naar de visie: …") is free text for the flow:
// most likely an answer that happens to start with that word.
import { parseCommand } from '../../core/command-parser';
import { foldCase } from '../../core/text';
import { say } from '../../core/messages';
import { findWaarborg } from '../../domain/framework';
import type { Command, StepResult, TurnContext } from '../context';
import { back, continueOn, pause, resume, revise, skip, stop, unpause } from './moves';
import { awaitsAnswer, loadOpen, typedText, typedWhole, withOpen } from './open-reflection';
import type { Session } from './session';
import { moveToPrivate, mustMoveToPrivate } from './private';
import { overview, startWaarborg } from './start';
import { FLOW, type ReflectionState } from './state';

type Move = (session: Session, args: string) => Promise<StepResult> | StepResult;

function control(names: readonly string[], takes: (args: string) => boolean, move: Move): Command {
  return {
    names,
    flow: FLOW,
    async run(ctx, args) {
      const state = await loadOpen(ctx);
      if (args && !takes(args)) return asText(ctx, args, state);
      return withOpen(ctx, state, (session) => move(session, args));
    },
  };
}

/** The whole line as free text: to the open reflection, or the engine's "unknown" reply. */
async function asText(ctx: TurnContext, args: string, state: ReflectionState | null): Promise<StepResult> {
  const whole = typedWhole(ctx, args);
  if (state) return withOpen(ctx, state, (session) => typedText(session, whole));
  // What the engine says to a line that is no command and meets no open flow.
  return { messages: [say(ctx.texts.errors.unknownCommand(parseCommand(whole)?.word ?? whole.slice(0, 40)))] };
}

const none = () => false;
const oneWord = (args: string) => !/\s/.test(args);
const door = (args: string) => ['door', 'verder'].includes(foldCase(args));

const reflectCommand: Command = {
  names: ['reflectie', 'reflecteer', 'reflect', 'reflection'],
  flow: FLOW,
  async run(ctx, args) {
    if (mustMoveToPrivate(ctx)) return moveToPrivate(ctx, args ? findWaarborg(args) : undefined);
    const state = await loadOpen(ctx);
    if (!args) {
      if (state && state.step !== 'done') return withOpen(ctx, state, resume);
      return overview(ctx, { kind: 'choose' });
    }
    const waarborg = findWaarborg(args);
    if (waarborg) return startWaarborg(ctx, waarborg, state);
    if (awaitsAnswer(state)) return asText(ctx, args, state);
    return overview(ctx, { kind: 'unknown', given: args.slice(0, 40) });
  },
};

const progressCommand: Command = {
  names: ['voortgang', 'progress'],
  flow: FLOW,
  async run(ctx, args) {
    const state = await loadOpen(ctx);
    if (args && awaitsAnswer(state)) return asText(ctx, args, state);
    return overview(ctx, { kind: 'progress', open: state });
  },
};

export const reflectionCommands: readonly Command[] = [
  reflectCommand,
  progressCommand,
  control(['overslaan', 'skip'], none, (session) => skip(unpause(session))),
  control(['terug', 'back', 'vorige', 'previous'], none, (session) => back(unpause(session))),
  control(['pauze', 'pause'], none, pause),
  control(['stop', 'stoppen'], none, stop),
  control(['herzie', 'herzien', 'revise'], oneWord, (session, args) => revise(unpause(session), args)),
  control(['ga'], door, continueOn),
  control(['doorgaan', 'hervat', 'continue', 'resume'], none, continueOn),
];
