// Who the bot is (auth.test), asked once and cached. Bolt's built-in single-token
// mode asks at construction and keeps a failure for ever; here a failed call is
// forgotten, so the next request asks again and a network blip at start-up
// does not leave the bot deaf until a restart.
import type { Authorize, webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/logger';

export interface BotAuthorization {
  authorize: Authorize<boolean>;
  /** Asks now, so the first request does not wait for auth.test. */
  warmUp(): void;
}

export function botAuthorization(client: webApi.WebClient, botToken: string, logger: Logger): BotAuthorization {
  let identity: Promise<{ botId?: string; botUserId?: string }> | undefined;
  const ask = () =>
    (identity ??= client.auth.test().then(
      (result) => ({ botId: result.bot_id, botUserId: result.user_id }),
      (error: unknown) => {
        identity = undefined;
        throw error;
      },
    ));
  return {
    authorize: async () => ({ botToken, ...(await ask()) }),
    warmUp() {
      ask().catch((error: unknown) => logger.warn('slack auth.test failed; will ask again on the next request', { error: String(error) }));
    },
  };
}
