// `taal` / `language`: the person's reply language, kept on their profile.
// Without an argument it asks, and waits for a button or a typed answer.
import { message, say } from '../core/messages';
import type { Locale } from '../core/turn';
import { textsFor } from '../texts';
import type { Command, Flow, StepResult, TurnContext } from './context';
import { parseLocale } from './locale-names';

const FLOW = 'language';

export const languageCommand: Command = {
  names: ['taal', 'language', 'lang'],
  flow: FLOW,
  async run(ctx, args) {
    if (args.trim()) return choose(ctx, args);
    return ask(ctx);
  },
};

export const languageFlow: Flow = {
  name: FLOW,
  async resume(ctx, state, input) {
    if (input.kind === 'action' && input.action === `${FLOW}.set`) return choose(ctx, input.value);
    if (input.kind === 'text' && state) return choose(ctx, input.text);
    return { messages: [say(ctx.texts.errors.staleAction)] };
  },
};

function ask(ctx: TurnContext): StepResult {
  const { language } = ctx.texts;
  return {
    messages: [
      message({
        type: 'choices',
        text: language.prompt,
        choices: [
          { label: language.dutch, action: `${FLOW}.set`, value: 'nl' },
          { label: language.english, action: `${FLOW}.set`, value: 'en' },
        ],
      }),
    ],
    state: { step: 'choose', data: {} },
  };
}

async function choose(ctx: TurnContext, given: string): Promise<StepResult> {
  const locale: Locale | undefined = parseLocale(given);
  if (!locale) {
    // Keep waiting: the question stays open until answered or replaced.
    return { messages: [say(ctx.texts.language.unknown(given.slice(0, 40)))] };
  }
  await ctx.scope.setLocale(ctx.person.id, locale);
  return { messages: [say(textsFor(locale).language.set)], locale, state: null };
}
