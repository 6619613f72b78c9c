// Commands of the review timeline capability.
import type { Command } from '../context';
import { planningCommand } from './planning';
import { statusCommand } from './status';

export const timelineCommands: readonly Command[] = [planningCommand, statusCommand];
