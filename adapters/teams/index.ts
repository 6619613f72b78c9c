// The Teams adapter: POST /api/messages → botbuilder CloudAdapter (which checks
// the Bot Framework token) → the activity as a core turn, recorded in the inbox
// before the 200 goes back; replies and proactive posts leave through the
// sender. Everything botbuilder-specific lives in this folder, so a move to
// @microsoft/agents-hosting touches nothing else.
import { ActivityTypes, CloudAdapter, TurnContext } from 'botbuilder';
import type { TeamsConfig } from '../../src/config';
import type { Clock } from '../../src/core/clock';
import { errorFields, type Logger } from '../../src/core/logger';
import type { PlatformSender } from '../../src/core/outgoing';
import { InboxEntryError, InboxUnavailableError, type InboxRecorder } from '../../src/core/ports';
import type { DownloadLinks } from '../http/downloads';
import { BodyError, readJsonBody } from '../http/read-body';
import type { Route } from '../http/route';
import { sendJson } from '../http/server';
import { checkActivity } from './activity-shape';
import { activityToTurn } from './activity-to-turn';
import type { TeamsAddress } from './address';
import { createAuthentication } from './authentication';
import { sdkRequest, sdkResponse } from './http-shim';
import { createTeamsSender } from './sender';

export interface TeamsAdapter {
  route: Route;
  sender: PlatformSender;
}

/** Teams caps a message near 28 KB; a body far larger than that is not from Teams. */
const BODY_LIMIT_BYTES = 256 * 1024;
/** botbuilder's ActivityTypesEx.InvokeResponse: kept as the invoke's HTTP answer, not sent. */
const INVOKE_RESPONSE = 'invokeResponse';

export interface TeamsAdapterParts {
  inbox: InboxRecorder;
  config: TeamsConfig;
  logger: Logger;
  clock: Clock;
  /** Turns file replies into download links; without it a file reply says it cannot be delivered. */
  links?: DownloadLinks;
}

export function createTeamsAdapter({ inbox, config, logger, clock, links }: TeamsAdapterParts): TeamsAdapter {
  const adapter = new CloudAdapter(createAuthentication(config, logger));
  adapter.onTurnError = async (context, error) => {
    // Nothing is answered from here: a turn that was not recorded is refused (503) so Teams sends it again.
    logger.error('teams activity failed', { conversationId: context.activity.conversation?.id, activityId: context.activity.id, ...errorFields(error) });
    throw error;
  };

  const route: Route = {
    method: 'POST',
    path: '/api/messages',
    async handle(req, res) {
      let body: unknown;
      try {
        body = await readJsonBody(req, BODY_LIMIT_BYTES);
      } catch (error) {
        if (error instanceof BodyError) return sendJson(res, error.status, { error: error.message });
        throw error;
      }
      const checked = checkActivity(body, { authenticated: config.authenticated });
      if (!checked.ok) return sendJson(res, 400, { error: checked.error });
      if (config.authenticated && !req.headers.authorization) {
        // The SDK would refuse this too, but only after printing a stack trace to the console.
        logger.warn('teams request without Authorization header refused');
        return sendJson(res, 401, { error: 'missing Authorization header' });
      }
      const outcome: { refuseWith?: number } = {};
      const onTurn = async (context: TurnContext) => {
        const translation = activityToTurn(context.activity, { authenticated: config.authenticated });
        if (translation.kind === 'ignore') {
          // Installs, member changes, typing, reactions: answered with 200 and no reply.
          const level = translation.reason === 'no tenant id' ? 'warn' : 'debug';
          logger[level]('teams activity ignored', { reason: translation.reason, conversationId: context.activity.conversation.id });
          // An invoke waits for an answer of its own; without one the SDK answers 501.
          if (context.activity.type === ActivityTypes.Invoke) await context.sendActivity({ type: INVOKE_RESPONSE, value: { status: 200 } });
          return;
        }
        const { turn } = translation;
        // The reply goes to the very conversation (a channel thread included) and answers this activity.
        const replyTo: TeamsAddress = { reference: TurnContext.getConversationReference(context.activity), replyToId: context.activity.id };
        try {
          const recorded = await inbox.record({ turn, replyTo: JSON.parse(JSON.stringify(replyTo)) as Record<string, unknown>, receivedAt: clock.now() });
          if (recorded === 'duplicate') logger.info('teams redelivery recognised', { eventId: turn.eventId });
        } catch (error) {
          if (error instanceof InboxEntryError) {
            logger.warn('teams activity refused: cannot be stored', { eventId: turn.eventId, ...errorFields(error) });
            outcome.refuseWith = 400;
            return;
          }
          if (!(error instanceof InboxUnavailableError)) throw error;
          logger.warn('teams activity refused: inbox unavailable', { eventId: turn.eventId, ...errorFields(error) });
          outcome.refuseWith = 503;
        }
      };
      try {
        await adapter.process(sdkRequest(req, checked.activity), sdkResponse(res, outcome), onTurn);
      } catch (error) {
        if (!res.headersSent) sendJson(res, 503, { error: 'could not take the activity now; send it again' });
        else if (!res.writableEnded) res.end();
        logger.warn('teams activity not taken', errorFields(error));
      }
    },
  };

  // Sending has an adapter of its own: a failed send is the dispatcher's to judge and log,
  // not an incoming activity that failed (the receiving adapter's onTurnError).
  const sending = new CloudAdapter(createAuthentication(config, logger));
  sending.onTurnError = async (_context, error) => {
    throw error;
  };
  return { route, sender: createTeamsSender({ adapter: sending, appId: config.authenticated ? config.appId : '', links }) };
}
