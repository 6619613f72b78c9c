// The real bot and a stand-in Bot Connector, started for one Teams test file:
//   beforeAll(async () => ({ bot, connector } = await startTeamsHarness()));
//   afterAll(() => closeTeamsHarness({ bot, connector }));
import { expect } from 'vitest';
import type { BotOptions, RunningBot } from '../../../adapters/bot';
import { startConnectorStandIn, type ConnectorStandIn } from '../../support/bot-connector-stand-in';
import { startTestBot } from '../../support/bot';
import { postActivity, type Chat } from './teams-client';

export interface TeamsHarness {
  bot: RunningBot;
  connector: ConnectorStandIn;
}

/** Teams without Bot Framework auth (loopback only), on top of `env`. */
export async function startTeamsHarness(env: Record<string, string> = {}, options: BotOptions = {}): Promise<TeamsHarness> {
  const connector = await startConnectorStandIn();
  const bot = await startTestBot({ TEAMS_ALLOW_UNAUTHENTICATED: 'true', ...env }, options);
  return { bot, connector };
}

export async function closeTeamsHarness({ bot, connector }: Partial<TeamsHarness>): Promise<void> {
  await bot?.close();
  await connector?.close();
}

/** Posts an activity (accepted with 200) and returns the `count`-th post of that conversation. */
export async function replyTo({ bot, connector }: TeamsHarness, chat: Chat, activity: Record<string, unknown>, count: number): Promise<Record<string, any>> {
  expect((await postActivity(bot, activity)).status).toBe(200);
  const posts = await connector.waitForPosts(chat.conversationId, count);
  return posts[count - 1]!.activity;
}
