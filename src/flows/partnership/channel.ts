// `partnerschap kanaal`: the channel it is typed in gets the phase updates.
import { say } from '../../core/messages';
import type { StepResult, TurnContext } from '../context';
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
  const written = await ctx.scope.partnerships.update(partnership.id, partnership.version, changes);
  if (!written.ok) {
    // Only the channel changes here, so applying it on top of the newer version loses nothing.
    const again = await ctx.scope.partnerships.update(partnership.id, written.conflict.version, changes);
    if (!again.ok) throw new Error(`partnership ${partnership.id} keeps changing; the turn is tried again`);
  }
  return { messages: [say(t.channel.set(partnership.name))] };
}
