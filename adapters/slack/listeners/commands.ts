// `/peerreview <subcommand>`: acknowledged at once (Slack waits 3 seconds at
// most), answered afterwards through the command's response_url.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { runTurn, type SlackDeps } from '../run-turn';
import { turnFromCommand } from '../to-turn';

export async function onSlashCommand(deps: SlackDeps, { ack, command, client, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
  await ack();
  const teamId = context.teamId ?? command.team_id;
  const name = deps.names.cached(teamId, command.user_id) ?? command.user_name;
  const turn = turnFromCommand(command, teamId, name);
  await runTurn(deps, client, turn, {
    channel: command.channel_id,
    userId: command.user_id,
    responseUrl: command.response_url,
    triggerId: command.trigger_id,
  });
}
