// Commands and flows of the draft capability.
import type { Command, Flow } from '../../core/flow';

export const draftCommands: readonly Command[] = [];
export const draftFlows: readonly Flow[] = [];
