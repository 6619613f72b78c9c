// POST /slack/events: verify, record, acknowledge. Bolt's own request
// verification (signature, 5-minute window, body limit) and parsing are used,
// with the window's future side checked here (Bolt checks only the past);
// then the request becomes a core turn and is written to the inbox, and only
// once it is durable does Slack get its 200. When the inbox cannot take it,
// Slack gets a 503 and retries (events) or shows the person an error (commands,
// buttons, forms), so nothing acknowledged is ever lost. The turn itself runs
// later, in a worker (src/core/pipeline/inbox-worker.ts).
//
// Bolt's App is not used on this path: it acknowledges Events API requests
// before any listener runs, so an event could not be stored before its ack.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, isRawBodyError } from '@slack/bolt';
import type { Clock } from '../../src/core/clock';
import { errorFields, type Logger } from '../../src/core/logger';
import { InboxEntryError, InboxUnavailableError, type InboxRecorder } from '../../src/core/ports';
import type { SlackAddress } from './address';
import type { FormBlock, FormRefs } from './form-refs';
import { responseUrlPolicy } from './response-url';
import { translate, type Translation } from './translate';
import type { UserNames } from './user-names';

export interface ReceiverParts {
  signingSecret: string;
  bodyLimit: number;
  inbox: InboxRecorder;
  names: UserNames;
  formRefs: FormRefs;
  /** The open-form button opens its modal at once: the trigger lives 3 s and nothing is stored. */
  openForm(teamId: string, triggerId: string, form: FormBlock, address: SlackAddress): Promise<void>;
  /** Tells the person the button was stale (nothing stored either). */
  staleForm(teamId: string, address: SlackAddress): Promise<void>;
  /** Whether a response_url may be followed (response-url.ts); others are dropped here. Default: Slack's own hosts. */
  allowResponseUrl?: (url: string) => boolean;
  clock: Clock;
  logger: Logger;
}

export function createSlackReceiver(parts: ReceiverParts): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { logger } = parts;
  const allowResponseUrl = parts.allowResponseUrl ?? responseUrlPolicy(undefined);
  return async (req, res) => {
    // Bolt refuses a stale timestamp but not one from the future: a request
    // signed ahead would stay replayable until then.
    if (signedInTheFuture(req.headers['x-slack-request-timestamp'], Date.now())) {
      logger.warn('slack request refused: not verified', { error: 'x-slack-request-timestamp is more than 5 minutes in the future' });
      return answer(res, 401, 'not verified');
    }
    let body: unknown;
    try {
      const buffered = await HTTPModuleFunctions.parseAndVerifyHTTPRequest(
        { enabled: true, signingSecret: parts.signingSecret, bodyLimit: parts.bodyLimit },
        req,
      );
      try {
        body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
      } catch {
        return answer(res, 400, 'malformed body');
      }
    } catch (error) {
      if (isRawBodyError(error) && (error.type === 'entity.too.large' || error.statusCode === 413)) {
        logger.warn('slack request body too large', { limit: parts.bodyLimit });
        res.shouldKeepAlive = false;
        return answer(res, 413, 'body too large');
      }
      logger.warn('slack request refused: not verified', { error: error instanceof Error ? error.message : String(error) });
      return answer(res, 401, 'not verified');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return answer(res, 400, 'body is not an object');
    const fields = body as Record<string, unknown>;
    if (fields.ssl_check === '1') return HTTPModuleFunctions.buildSSLCheckResponse(res);
    if (fields.type === 'url_verification') {
      if (typeof fields.challenge !== 'string') return answer(res, 400, 'no challenge');
      return HTTPModuleFunctions.buildUrlVerificationResponse(res, fields);
    }

    const translation: Translation = translate(fields, parts.names);
    if (translation.kind === 'turn') translation.replyTo = followable(translation.replyTo, allowResponseUrl, logger);
    if (translation.kind === 'open-form') translation.address = followable(translation.address, allowResponseUrl, logger);
    switch (translation.kind) {
      case 'bad':
        logger.warn('slack request refused: unexpected shape', { reason: translation.reason });
        return answer(res, 400, translation.reason);
      case 'ignore':
        logger.debug('slack request ignored', { reason: translation.reason });
        return answer(res, 200);
      case 'open-form': {
        answer(res, 200);
        const form = parts.formRefs.load(translation.formRef);
        try {
          if (form) await parts.openForm(translation.teamId, translation.triggerId, form, translation.address);
          else await parts.staleForm(translation.teamId, translation.address);
        } catch (error) {
          logger.warn('slack form could not be opened', errorFields(error));
        }
        return;
      }
      case 'turn': {
        const { turn, replyTo } = translation;
        try {
          const recorded = await parts.inbox.record({ turn, replyTo, receivedAt: parts.clock.now() });
          if (recorded === 'duplicate') logger.debug('slack redelivery recognised', { workspaceId: turn.workspaceId, eventId: turn.eventId });
          return answer(res, 200);
        } catch (error) {
          if (error instanceof InboxEntryError) {
            logger.warn('slack request refused: cannot be stored', { workspaceId: turn.workspaceId, eventId: turn.eventId, ...errorFields(error) });
            return answer(res, 400, 'cannot be stored');
          }
          if (!(error instanceof InboxUnavailableError)) throw error;
          logger.warn('slack request refused: inbox unavailable', { workspaceId: turn.workspaceId, eventId: turn.eventId, ...errorFields(error) });
          res.setHeader('retry-after', '5');
          return answer(res, 503, 'busy');
        }
      }
    }
  };
}

/** The address without a response_url the bot must not follow: the answer goes to the channel or DM instead. */
function followable<A extends SlackAddress>(address: A, allow: (url: string) => boolean, logger: Logger): A {
  if (address.responseUrl === undefined || allow(address.responseUrl)) return address;
  logger.warn('slack response_url dropped: not a Slack host', { host: hostOf(address.responseUrl) });
  const { responseUrl: _dropped, ...rest } = address;
  return rest as A;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.slice(0, 200);
  } catch {
    return '(not a URL)';
  }
}

/** Slack's window, as Bolt's verification uses it for the past. */
const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

function signedInTheFuture(header: string | string[] | undefined, nowMs: number): boolean {
  // Anything not a plain number is left to Bolt, which refuses it.
  if (typeof header !== 'string' || !/^\d{1,15}$/.test(header)) return false;
  return Number(header) > Math.floor(nowMs / 1000) + TIMESTAMP_WINDOW_SECONDS;
}

function answer(res: ServerResponse, status: number, error?: string): void {
  if (res.headersSent) return;
  const text = error ? JSON.stringify({ error }) : '';
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
