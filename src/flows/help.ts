// `hulp` / `help`: what the bot can do. `hulp en` / `help nl` answers in that language once.
import { commandButton, message } from '../core/messages';
import { textsFor } from '../texts';
import type { Command } from './context';
import { parseLocale } from './locale-names';

export const helpCommand: Command = {
  names: ['hulp', 'help', '?', 'h'],
  async run(ctx, args) {
    const locale = parseLocale(args) ?? ctx.locale;
    const { help } = textsFor(locale);
    const commands = help.commands.map((command) => `- \`${command.usage}\`: ${command.description}`).join('\n');
    return {
      locale,
      messages: [
        message(
          { type: 'heading', text: help.title },
          { type: 'text', text: help.intro },
          { type: 'text', text: commands },
          { type: 'text', text: help.footer },
          // The usual first steps, one click away.
          {
            type: 'choices',
            text: help.startHere,
            choices: [
              commandButton(help.buttons.reflect, 'reflectie'),
              commandButton(help.buttons.progress, 'voortgang'),
              commandButton(help.buttons.status, 'status'),
              commandButton(help.buttons.partnership, 'partnerschap'),
            ],
          },
        ),
      ],
    };
  },
};
