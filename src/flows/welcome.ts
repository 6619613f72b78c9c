// "hallo" and the like: a welcome card with the next step as buttons, by where
// the person stands (no partnership yet, no role yet, ready to write). The same
// card, once per conversation, when the bot is installed or added somewhere or
// its DM is first opened. Text
// that is no command and meets no open conversation gets the same buttons with
// a word on what happened to it, instead of "I don't know that".
import { commandButton, message } from '../core/messages';
import type { Block, Choice } from '../core/turn';
import { fold } from '../domain/coaching';
import type { Command, StepResult, TurnContext } from './context';

const GREETINGS = new Set(['hallo', 'hoi', 'hey', 'heey', 'hi', 'hai', 'hello', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dag', 'welkom', 'yo', 'morning', 'welcome']);

/** A greeting: a greeting word first, and a few words at most ("hallo allemaal", "hoi bot!"). */
function isGreeting(text: string): boolean {
  const words = fold(text.trim()).lower.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 4 && GREETINGS.has(words[0]!);
}

async function nextSteps(ctx: TurnContext): Promise<{ line: string; choices: Choice[] }> {
  const t = ctx.texts.welcome;
  const help = commandButton(t.helpButton, 'hulp');
  const mine = await ctx.scope.partnerships.forPerson(ctx.person.id);
  if (mine[0]) {
    return {
      line: t.ready(mine[0].partnership.name),
      choices: [commandButton(t.reflectButton, 'reflectie'), commandButton(t.progressButton, 'voortgang'), help],
    };
  }
  const here = await ctx.scope.partnerships.list();
  if (here[0]) return { line: t.noRole(here[0].name), choices: [commandButton(t.chooseRoleButton, 'rol'), help] };
  return { line: t.noPartnership, choices: [commandButton(t.setUpButton, 'partnerschap'), help] };
}

async function welcome(ctx: TurnContext): Promise<StepResult> {
  const t = ctx.texts.welcome;
  const { line, choices } = await nextSteps(ctx);
  // In a channel the bot hears only mentions, and it may become the updates channel.
  const channel: Block[] = ctx.turn.place.kind === 'channel' ? [{ type: 'text', text: t.inChannel }] : [];
  return {
    messages: [message({ type: 'heading', text: t.title }, { type: 'text', text: t.intro }, ...channel, { type: 'choices', text: line, choices })],
  };
}

/**
 * The bot arrived here (installed, added, its DM opened): the welcome, the first
 * time only. A platform's retry is dropped by the inbox; a second install event
 * (Teams sends two for one install) or re-adding the bot finds the conversation welcomed.
 */
export async function welcomeOnce(ctx: TurnContext): Promise<StepResult> {
  if (!(await ctx.scope.welcomeOnce(ctx.turn.place.conversationId, ctx.now))) return { messages: [] };
  return welcome(ctx);
}

export const welcomeCommand: Command = {
  names: ['hallo', 'hoi', 'hello', 'hi', 'hey', 'welkom', 'welcome'],
  run: (ctx) => welcome(ctx),
};

/**
 * The engine's answer to text outside any conversation: a greeting gets the
 * welcome, a sentence (three words or more) what happened to it and the next
 * steps; a single unknown word keeps the engine's "typ `hulp`".
 */
export async function outsideAnyFlow(ctx: TurnContext, text: string): Promise<StepResult | undefined> {
  if (isGreeting(text)) return welcome(ctx);
  if (text.split(/\s+/).length < 3) return undefined;
  const { choices } = await nextSteps(ctx);
  return { messages: [message({ type: 'choices', text: ctx.texts.welcome.sentence, choices })] };
}
