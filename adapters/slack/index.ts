// The Slack adapter: the receiver (POST /slack/events: verify, record in the
// inbox, acknowledge), the sender (outgoing messages → Web API) and what the
// worker asks before a Slack turn runs (the person's display name).
import { LogLevel, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../src/config';
import type { Clock } from '../../src/core/clock';
import type { Logger } from '../../src/core/logger';
import type { PlatformSender } from '../../src/core/outgoing';
import type { InboxRecorder } from '../../src/core/ports';
import type { Turn } from '../../src/core/turn';
import { textsFor } from '../../src/texts';
import type { Route } from '../http/route';
import { boltLogger } from './bolt-logger';
import { deliver, modalMetadata, openModal } from './deliver';
import { createFormRefs } from './form-refs';
import { createSlackReceiver } from './receiver';
import { responseUrlPolicy } from './response-url';
import { createSlackSender } from './sender';
import { createUserNames } from './user-names';

export interface SlackAdapter {
  route: Route;
  sender: PlatformSender;
  /** Fills in the display name of a person the request named only by id. */
  prepare(turn: Turn): Promise<Turn>;
}

const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's own payloads are far smaller; Bolt's default would accept 4 MB. */
const SLACK_BODY_LIMIT = 512 * 1024;

export function createSlackAdapter({ inbox, config, logger, clock }: { inbox: InboxRecorder; config: SlackConfig; logger: Logger; clock: Clock }): SlackAdapter {
  const log = boltLogger(logger);
  log.setLevel(LogLevel.DEBUG);
  // One client per workspace: it adds team_id to every call, as Bolt's would.
  const clients = new Map<string, webApi.WebClient>();
  const clientFor = (teamId: string) => {
    let client = clients.get(teamId);
    if (!client) {
      client = new webApi.WebClient(config.botToken, {
        logger: log,
        teamId,
        ...(config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` } : {}),
        // The dispatcher retries and waits out 429s, paced per channel in the database.
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 10_000,
      });
      if (clients.size >= 1_000) clients.delete(clients.keys().next().value!);
      clients.set(teamId, client);
    }
    return client;
  };
  const formRefs = createFormRefs();
  const names = createUserNames(logger);
  const depsFor = (teamId: string) => ({ client: clientFor(teamId), formRefs, logger });

  const handle = createSlackReceiver({
    signingSecret: config.signingSecret,
    bodyLimit: SLACK_BODY_LIMIT,
    inbox,
    names,
    formRefs,
    allowResponseUrl: responseUrlPolicy(config.apiUrl),
    clock,
    logger,
    async openForm(teamId, triggerId, form, address) {
      const deps = depsFor(teamId);
      if (!(await openModal(deps, triggerId, form, modalMetadata(address)))) {
        await deliver(deps, address, { blocks: [form], private: true }, 'nl', false);
      }
    },
    async staleForm(teamId, address) {
      await deliver(depsFor(teamId), address, { blocks: [{ type: 'text', text: textsFor('nl').errors.staleAction }], private: true }, 'nl', false);
    },
  });

  return {
    route: { method: 'POST', path: SLACK_EVENTS_PATH, handle },
    sender: createSlackSender(depsFor),
    async prepare(turn) {
      if (turn.user.name) return turn;
      return { ...turn, user: { ...turn.user, name: await names.lookup(clientFor(turn.workspaceId), turn.workspaceId, turn.user.id) } };
    },
  };
}
