// Commands and flows of the partnership capability.
import type { Command, Flow } from '../context';
import { partnershipCommand, partnershipFlow } from './command';
import { consistencyCommand, consistencyFlow } from './consistency';
import { roleCommand, roleFlow } from './role';

export const partnershipCommands: readonly Command[] = [partnershipCommand, roleCommand, consistencyCommand];
export const partnershipFlows: readonly Flow[] = [partnershipFlow, roleFlow, consistencyFlow];
