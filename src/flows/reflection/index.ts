// Commands and flows of the reflection capability: `reflectie [waarborg]` walks a
// person through a waarborg's items with coaching after each answer.
import type { Flow } from '../context';
import { reflectionFlow } from './flow';

export { reflectionCommands } from './commands';
export const reflectionFlows: readonly Flow[] = [reflectionFlow];
