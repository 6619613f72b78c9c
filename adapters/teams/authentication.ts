// TeamsConfig → the SDK's Bot Framework authentication. An empty app id is how
// the SDK spells "accept unauthenticated traffic" (config.ts keeps that mode on loopback).
//
// Whatever goes wrong while a request is authenticated (a forged token, keys that
// cannot be fetched, a token the SDK chokes on) becomes one AuthenticationError
// without details, which CloudAdapter answers with 401 and a bare text: the SDK
// would otherwise answer 500 with its internal error message. The details stay
// in our log (and in the `cause` the SDK prints to the console).
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
// botbuilder's own dependency (the very copy it checks `instanceof` against); it does not re-export it.
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import type { TeamsConfig } from '../../src/config';
import { errorFields, type Logger } from '../../src/core/logger';
import { isLoopbackUrl } from './activity-shape';

/** The whole text of every 401 the adapter answers. */
const UNAUTHORIZED_TEXT = 'Unauthorized';

export function createAuthentication(config: TeamsConfig, logger?: Logger): ConfigurationBotFrameworkAuthentication {
  if (!config.authenticated) return new LoopbackOnlyAuthentication({ MicrosoftAppId: '' }, logger);
  return new DetailFreeAuthentication(
    {
      MicrosoftAppId: config.appId,
      // A managed identity has no password; the SDK refuses one.
      MicrosoftAppPassword: config.appType === 'UserAssignedMSI' ? '' : config.appPassword,
      MicrosoftAppTenantId: config.tenantId,
      MicrosoftAppType: config.appType,
    },
    logger,
  );
}

class DetailFreeAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    settings: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    private readonly logger?: Logger,
  ) {
    super(settings);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      // A refused token is the sender's problem; anything else (keys not fetched) may be ours.
      const level = error instanceof AuthenticationError ? 'warn' : 'error';
      this.logger?.[level]('teams request refused: authentication failed', { serviceUrl: activity.serviceUrl, ...errorFields(error) });
      throw Object.assign(new AuthenticationError(UNAUTHORIZED_TEXT, 401), { cause: error });
    }
  }
}

/**
 * Unauthenticated (local) mode: nothing vouches for an activity's serviceUrl, so
 * replies may go to loopback only. checkActivity refuses others with 400 before
 * the SDK is reached; this is the last net, should a caller skip that check.
 */
class LoopbackOnlyAuthentication extends DetailFreeAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    if (!isLoopbackUrl(String(activity.serviceUrl))) {
      throw new AuthenticationError(UNAUTHORIZED_TEXT, 401);
    }
    return super.authenticateRequest(activity, authHeader);
  }
}
