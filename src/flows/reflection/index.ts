// Commands and flows of the reflection capability.
import type { Command, Flow } from '../../core/flow';

export const reflectionCommands: readonly Command[] = [];
export const reflectionFlows: readonly Flow[] = [];
