// Wires the listeners to the app. Every listener's work is tracked so the
// adapter can wait for it when the bot closes.
import type { App, ViewSubmitAction } from '@slack/bolt';
import type { InFlight } from '../in-flight';
import type { SlackDeps } from '../run-turn';
import { onBlockAction } from './actions';
import { onSlashCommand } from './commands';
import { onAppMention, onDirectMessage } from './events';
import { onViewSubmission } from './views';

export function registerListeners(app: App, deps: SlackDeps, inFlight: InFlight): void {
  app.event('message', (args) => inFlight.track(onDirectMessage(deps, args)));
  app.event('app_mention', (args) => inFlight.track(onAppMention(deps, args)));
  // Whatever the command is called in the app's manifest (/peerreview, or a test app's own name).
  app.command(/.*/, (args) => inFlight.track(onSlashCommand(deps, args)));
  app.action({ type: 'block_actions' }, (args) => inFlight.track(onBlockAction(deps, args)));
  app.view<ViewSubmitAction>({ type: 'view_submission', callback_id: /.*/ }, (args) => inFlight.track(onViewSubmission(deps, args)));
}
