// Commands and flows of the partnership capability.
import type { Command, Flow } from '../context';
import { partnershipCommand, partnershipFlow } from './command';
import { consistencyCommand, consistencyFlow } from './consistency';
import { participationCommand, participationFlow } from './participation';
import { roleCommand, roleFlow } from './role';

export const partnershipCommands: readonly Command[] = [partnershipCommand, roleCommand, consistencyCommand, participationCommand];
export const partnershipFlows: readonly Flow[] = [partnershipFlow, roleFlow, consistencyFlow, participationFlow];
