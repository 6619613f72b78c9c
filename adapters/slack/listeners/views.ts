// Modal submissions: acknowledged (which closes the modal), then a form turn
// answered in the conversation the form came from (private_metadata).
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { readModalMetadata } from '../render-modal';
import { runTurn, type SlackDeps } from '../run-turn';
import { turnFromViewSubmission } from '../to-turn';

export async function onViewSubmission(
  deps: SlackDeps,
  { ack, body, view, client, context }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs,
): Promise<void> {
  await ack();
  const metadata = readModalMetadata(view.private_metadata);
  const teamId = context.teamId ?? body.team?.id ?? body.user.team_id;
  if (!metadata || !teamId) {
    deps.logger.warn('slack view submission without its conversation ignored', { callbackId: view.callback_id });
    return;
  }
  const name = deps.names.cached(teamId, body.user.id) ?? body.user.name;
  await runTurn(deps, client, turnFromViewSubmission(body, teamId, metadata, name), {
    channel: metadata.channel,
    threadTs: metadata.threadTs,
    userId: body.user.id,
    ...(metadata.responseUrl ? { responseUrl: metadata.responseUrl } : {}),
    triggerId: body.trigger_id,
  });
}
