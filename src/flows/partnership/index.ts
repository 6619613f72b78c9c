// Commands and flows of the partnership capability.
import type { Command, Flow } from '../../core/flow';

export const partnershipCommands: readonly Command[] = [];
export const partnershipFlows: readonly Flow[] = [];
