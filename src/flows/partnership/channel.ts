// `partnerschap kanaal`: the channel it is typed in gets the phase updates.
import type { StepResult, TurnContext } from '../../core/flow';
import { say } from '../../core/messages';
import type { Partnership } from '../../domain/partnership';
import { VersionConflictError } from '../store-ports';
import { currentPartnership } from './current';
import { coordinatorNames } from './members';

export async function setUpdatesChannel(ctx: TurnContext): Promise<StepResult> {
  const t = ctx.texts.partnership;
  const { place } = ctx.turn;
  if (place.kind !== 'channel') return { messages: [say(t.channel.inDm)] };
  const current = await currentPartnership(ctx);
  if (!current.ok) return current.result;
  const { partnership, role } = current;
  if (role !== 'coordinator') return { messages: [say(t.edit.onlyCoordinator(await coordinatorNames(ctx, partnership.id)))] };
  const changes = { updatesChannelId: place.conversationId };
  try {
    await ctx.scope.partnerships.update(partnership.id, partnership.version, changes);
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    // Only the channel changes here, so applying it on top of the newer version loses nothing.
    await ctx.scope.partnerships.update(partnership.id, (error.current as Partnership).version, changes);
  }
  return { messages: [say(t.channel.set(partnership.name))] };
}
