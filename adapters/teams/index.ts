// The Teams adapter: POST /api/messages → botbuilder CloudAdapter → core turn →
// Adaptive Cards back through the connector. Everything botbuilder-specific lives
// in this folder, so a move to @microsoft/agents-hosting touches nothing else.
import { CloudAdapter, MessageFactory, type TurnContext } from 'botbuilder';
import type { TeamsConfig } from '../../src/config';
import type { Engine } from '../../src/core/engine';
import type { Logger } from '../../src/core/logger';
import { textsFor } from '../../src/texts';
import type { DownloadLinks } from '../http/downloads';
import { BodyError, readJsonBody } from '../http/read-body';
import type { Route } from '../http/route';
import { sendJson } from '../http/server';
import { checkActivity } from './activity-shape';
import { activityToTurn, toLocale } from './activity-to-turn';
import { createAuthentication } from './authentication';
import { sdkRequest, sdkResponse } from './http-shim';
import { renderMessages } from './render-messages';

export interface TeamsAdapter {
  route: Route;
  close(): Promise<void>;
}

/** Teams caps a message near 28 KB; a body far larger than that is not from Teams. */
const BODY_LIMIT_BYTES = 256 * 1024;

export interface TeamsAdapterParts {
  engine: Engine;
  config: TeamsConfig;
  logger: Logger;
  /** Turns file replies into download links; without it a file reply says it cannot be delivered. */
  links?: DownloadLinks;
}

export function createTeamsAdapter({ engine, config, logger, links }: TeamsAdapterParts): TeamsAdapter {
  const adapter = new CloudAdapter(createAuthentication(config));

  adapter.onTurnError = async (context, error) => {
    logger.error('teams turn failed', { conversationId: context.activity.conversation?.id, error: String(error) });
    try {
      const texts = textsFor(toLocale(context.activity.locale) ?? 'nl');
      await context.sendActivity(MessageFactory.text(texts.errors.internal));
    } catch (replyError) {
      logger.error('teams error reply failed', { error: String(replyError) });
    }
  };

  async function onTurn(context: TurnContext): Promise<void> {
    const translation = activityToTurn(context.activity, { authenticated: config.authenticated });
    if (translation.kind === 'ignore') {
      // Installs, member changes, typing, reactions: answered with 200 and no reply.
      const level = translation.reason === 'no tenant id' ? 'warn' : 'debug';
      logger[level]('teams activity ignored', { reason: translation.reason, conversationId: context.activity.conversation.id });
      return;
    }
    const { turn } = translation;
    const result = await engine.handle(turn);
    if (result.duplicate) {
      logger.info('teams redelivery dropped', { eventId: turn.eventId });
      return;
    }
    // Card chrome (submit labels) in the language the engine replied in.
    const activities = renderMessages(result.messages, textsFor(result.locale), {
      fileLink: (file) => links?.linkFor({ platform: 'teams', tenantId: turn.tenantId }, file),
    });
    if (activities.length > 0) await context.sendActivities(activities);
  }

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
      const checked = checkActivity(body);
      if (!checked.ok) return sendJson(res, 400, { error: checked.error });
      if (config.authenticated && !req.headers.authorization) {
        // The SDK would refuse this too, but only after printing a stack trace to the console.
        logger.warn('teams request without Authorization header refused');
        return sendJson(res, 401, { error: 'missing Authorization header' });
      }
      await adapter.process(sdkRequest(req, checked.activity), sdkResponse(res), onTurn);
    },
  };

  return {
    route,
    // Nothing to release: the adapter holds no sockets or timers of its own.
    close: async () => undefined,
  };
}
