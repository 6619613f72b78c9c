// Every command and flow the bot has. New capabilities register here.
import type { Command, Flow } from '../core/flow';
import { helpCommand } from './help';
import { languageCommand, languageFlow } from './language';

export const commands: readonly Command[] = [helpCommand, languageCommand];
export const flows: readonly Flow[] = [languageFlow];
