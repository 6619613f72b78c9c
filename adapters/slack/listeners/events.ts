// Events API: direct messages to the bot and @mentions in channels. Bolt has
// already acknowledged the event before these run.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { runTurn, type SlackDeps } from '../run-turn';
import { turnFromDirectMessage, turnFromMention } from '../to-turn';

export async function onDirectMessage(
  deps: SlackDeps,
  { event, body, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs,
): Promise<void> {
  // Only a person's own new words in a DM; edits, joins and bot posts (our own included) are not turns.
  if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id || !event.user) return;
  const teamId = context.teamId ?? body.team_id;
  const name = await deps.names.lookup(client, teamId, event.user);
  const turn = turnFromDirectMessage(
    { eventId: body.event_id, teamId, channel: event.channel, user: event.user, text: event.text ?? '', ...(event.thread_ts ? { threadTs: event.thread_ts } : {}) },
    name,
  );
  await runTurn(deps, client, turn, { channel: event.channel, threadTs: turn.place.threadId, userId: event.user });
}

export async function onAppMention(
  deps: SlackDeps,
  { event, body, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs,
): Promise<void> {
  if (event.bot_id || !event.user) return;
  const teamId = context.teamId ?? body.team_id;
  // Mentions usually carry the profile; only without it is users.info needed.
  const name = event.user_profile?.display_name || event.user_profile?.real_name || (await deps.names.lookup(client, teamId, event.user));
  const turn = turnFromMention(
    { eventId: body.event_id, teamId, channel: event.channel, user: event.user, text: event.text, ts: event.ts, ...(event.thread_ts ? { threadTs: event.thread_ts } : {}) },
    context.botUserId,
    name,
  );
  // Always answer in the thread: under the mention, or in the thread it was made in.
  await runTurn(deps, client, turn, { channel: event.channel, threadTs: turn.place.threadId, userId: event.user });
}
