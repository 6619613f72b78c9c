// One turn: the engine decides, then the reply is delivered. Nothing thrown
// here reaches Bolt: the person gets the internal-error text and we log.
import type { webApi } from '@slack/bolt';
import type { Engine } from '../../src/core/engine';
import type { Logger } from '../../src/core/logger';
import { say } from '../../src/core/messages';
import type { Locale, Message, Turn, TurnResult } from '../../src/core/turn';
import { textsFor } from '../../src/texts';
import { deliver, type Destination } from './deliver';
import type { ChannelPacer } from './channel-pacer';
import type { FormRefs } from './form-refs';
import type { UserNames } from './user-names';

/** What every listener needs. */
export interface SlackDeps {
  engine: Engine;
  logger: Logger;
  names: UserNames;
  formRefs: FormRefs;
  pacer: ChannelPacer;
}

export async function runTurn(deps: SlackDeps, client: webApi.WebClient, turn: Turn, to: Destination): Promise<void> {
  const { logger } = deps;
  const where = { tenantId: turn.tenantId, eventId: turn.eventId };
  let result: TurnResult;
  try {
    result = await deps.engine.handle(turn);
  } catch (error) {
    logger.error('slack turn failed', { ...where, error: String(error) });
    const locale = turn.user.locale ?? 'nl';
    await deliverSafely(deps, client, to, [{ ...say(textsFor(locale).errors.internal), private: true }], locale, where);
    return;
  }
  if (result.duplicate) {
    logger.debug('slack event already handled', where);
    return;
  }
  await deliverSafely(deps, client, to, result.messages, result.locale, where);
}

async function deliverSafely(
  deps: SlackDeps,
  client: webApi.WebClient,
  to: Destination,
  messages: readonly Message[],
  locale: Locale,
  where: object,
): Promise<void> {
  try {
    await deliver({ client, formRefs: deps.formRefs, logger: deps.logger, pacer: deps.pacer }, to, messages, locale);
  } catch (error) {
    deps.logger.error('slack reply failed', { ...where, channel: to.channel, error: String(error) });
  }
}
