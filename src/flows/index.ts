// Every command and flow the bot has. New capabilities register here.
import type { Command, Flow, StepResult, TurnContext } from './context';
import { deliveryCommand } from './delivery';
import { draftCommands, draftFlows } from './draft';
import { answerInPromptThread, drillCommands, drillFlows } from './drills';
import { helpCommand } from './help';
import { languageCommand, languageFlow } from './language';
import { partnershipCommands, partnershipFlows } from './partnership';
import { reflectionCommands, reflectionFlows } from './reflection';
import { outsideAnyFlow, welcomeCommand, welcomeOnce } from './welcome';
import { timelineCommands, timelineFlows } from './timeline';

export const commands: readonly Command[] = [helpCommand, welcomeCommand, languageCommand, ...partnershipCommands, ...reflectionCommands, ...draftCommands, deliveryCommand, ...timelineCommands, ...drillCommands(reflectionCommands)];
export const flows: readonly Flow[] = [languageFlow, ...partnershipFlows, ...reflectionFlows, ...draftFlows, ...timelineFlows, ...drillFlows];

/** Text that is no command and meets no open conversation: a reply under a drill prompt, else the welcome's. */
export async function fallback(ctx: TurnContext, text: string): Promise<StepResult | undefined> {
  return (await answerInPromptThread(ctx, text)) ?? outsideAnyFlow(ctx, text);
}

/** The bot was installed or added here, or its DM opened (a `joined` turn). */
export const joined = welcomeOnce;
