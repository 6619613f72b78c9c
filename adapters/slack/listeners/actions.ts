// Button presses. The "open form" button opens its modal here; every other
// button becomes an action turn for the engine.
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { say } from '../../../src/core/messages';
import { textsFor } from '../../../src/texts';
import { deliver, modalMetadata, openModal, type Destination } from '../deliver';
import { OPEN_FORM_ACTION } from '../form-refs';
import { coreAction } from '../render-blocks';
import { runTurn, type SlackDeps } from '../run-turn';
import { actionWhere, turnFromAction } from '../to-turn';

export async function onBlockAction(
  deps: SlackDeps,
  { ack, body, action, client, context }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs,
): Promise<void> {
  await ack();
  // Only buttons in messages are ours; inputs inside our modals send nothing.
  if (action.type !== 'button' || body.container.type === 'view') return;
  const teamId = context.teamId ?? body.team?.id ?? body.user.team_id;
  const where = teamId ? actionWhere(body, teamId) : undefined;
  if (!teamId || !where) {
    deps.logger.warn('slack action without team or channel ignored', { actionId: action.action_id });
    return;
  }
  const to: Destination = {
    channel: where.channel,
    threadTs: where.threadTs,
    userId: body.user.id,
    // An ephemeral message can only be answered through its response_url.
    ...(body.container.is_ephemeral ? { responseUrl: body.response_url } : {}),
    triggerId: body.trigger_id,
  };

  if (coreAction(action.action_id) === OPEN_FORM_ACTION) {
    const form = deps.formRefs.load(action.value ?? '');
    const deliverDeps = { client, formRefs: deps.formRefs, logger: deps.logger, pacer: deps.pacer };
    if (!form) {
      await deliver(deliverDeps, to, [{ ...say(textsFor('nl').errors.staleAction), private: true }]);
      return;
    }
    await openModal(deliverDeps, body.trigger_id, form, modalMetadata(to));
    return;
  }

  const name = deps.names.cached(teamId, body.user.id) ?? body.user.name ?? body.user.username;
  await runTurn(deps, client, turnFromAction(body, action, where, name), to);
}
