// Placeholder: the Teams adapter (botbuilder CloudAdapter → core turns → Adaptive Cards) is being written.
import type { TeamsConfig } from '../../src/config';
import type { Engine } from '../../src/core/engine';
import type { Logger } from '../../src/core/logger';
import type { Route } from '../http/route';

export interface TeamsAdapter {
  route: Route;
  close(): Promise<void>;
}

export function createTeamsAdapter(_deps: { engine: Engine; config: TeamsConfig; logger: Logger }): TeamsAdapter {
  throw new Error('not yet');
}
