// The Slack adapter: Bolt's HTTPReceiver mounted as one route on our own HTTP
// server (Bolt's app.start() is never called). Events API, slash commands and
// interactivity all arrive at POST /slack/events; Bolt checks the signature
// and the 5-minute timestamp window, acknowledges, and calls our listeners.
import { App, HTTPReceiver, LogLevel, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../src/config';
import type { Engine } from '../../src/core/engine';
import type { Logger } from '../../src/core/logger';
import type { Route } from '../http/route';
import { botAuthorization } from './authorize';
import { boltLogger } from './bolt-logger';
import { createChannelPacer } from './channel-pacer';
import { createFormRefs } from './form-refs';
import { createInFlight } from './in-flight';
import { registerListeners } from './listeners';
import { createUserNames } from './user-names';

export interface SlackAdapter {
  route: Route;
  close(): Promise<void>;
}

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's own payloads are far smaller; Bolt's default would accept 4 MB. */
export const SLACK_BODY_LIMIT = 512 * 1024;
const CLOSE_WAIT_MS = 5_000;

export function createSlackAdapter({ engine, config, logger }: { engine: Engine; config: SlackConfig; logger: Logger }): SlackAdapter {
  const log = boltLogger(logger);
  // The Web API client's defaults stay: it waits out a 429's Retry-After and retries.
  const clientOptions: webApi.WebClientOptions = {
    logger: log,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` } : {}),
  };
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    bodyLimit: SLACK_BODY_LIMIT,
    processBeforeResponse: false,
    logger: log,
  });
  const auth = botAuthorization(new webApi.WebClient(config.botToken, clientOptions), config.botToken, logger);
  const app = new App({ receiver, authorize: auth.authorize, logger: log, logLevel: LogLevel.DEBUG, clientOptions, convoStore: false });
  // Listeners catch their own errors; this is the last net, so nothing reaches the process.
  app.error(async (error) => {
    logger.error('slack listener failed', { error: String(error) });
  });

  const inFlight = createInFlight();
  registerListeners(app, { engine, logger, names: createUserNames(logger), formRefs: createFormRefs(), pacer: createChannelPacer() }, inFlight);
  auth.warmUp();

  return {
    route: { method: 'POST', path: SLACK_EVENTS_PATH, handle: receiver.requestListener },
    close: () => inFlight.drain(CLOSE_WAIT_MS),
  };
}
