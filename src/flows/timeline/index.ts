// Commands of the review timeline capability.
import type { Command, Flow } from '../context';
import { homeFlow } from './home';
import { planningCommand } from './planning';
import { statusCommand } from './status';
import { vraagstukCommand } from './vraagstuk';

export const timelineCommands: readonly Command[] = [planningCommand, statusCommand, vraagstukCommand];
export const timelineFlows: readonly Flow[] = [homeFlow];
