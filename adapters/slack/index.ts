// Placeholder: the Slack adapter (Bolt HTTPReceiver → core turns → Block Kit) is being written.
import type { SlackConfig } from '../../src/config';
import type { Engine } from '../../src/core/engine';
import type { Logger } from '../../src/core/logger';
import type { Route } from '../http/route';

export interface SlackAdapter {
  route: Route;
  close(): Promise<void>;
}

export function createSlackAdapter(_deps: { engine: Engine; config: SlackConfig; logger: Logger }): SlackAdapter {
  throw new Error('not yet');
}
