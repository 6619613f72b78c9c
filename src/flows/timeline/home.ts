// The home flow: opening the App Home tab (the `home.opened` action the Slack
// adapter makes of app_home_opened) publishes the person's status, and the
// first time also welcomes them in the DM; its buttons show the planning or
// post the weekly digest now.
import { say } from '../../core/messages';
import type { Partnership } from '../../domain/partnership';
import type { Flow, TurnContext } from '../context';
import { currentPartnership } from '../partnership/current';
import { coordinatorNames } from '../partnership/members';
import { CHANNEL_LOCALE, postUpdate } from './deliver';
import { digestMessage } from './digest';
import { welcomeOnce } from '../welcome';
import { HOME_OPENED_ACTION, homeBlocks, publish } from './home-view';
import { HOME_DIGEST_ACTION, HOME_PLANNING_ACTION } from './render';
import { planningView } from './planning';
import { scheduleOf } from './schedule';

export { HOME_OPENED_ACTION } from './home-view';

export const homeFlow: Flow = {
  name: 'home',
  async resume(ctx, _state, input) {
    if (input.kind === 'action' && (input.action === HOME_PLANNING_ACTION || input.action === HOME_DIGEST_ACTION)) {
      const found = await currentPartnership(ctx);
      if (!found.ok) return found.result;
      if (input.action === HOME_PLANNING_ACTION) return { messages: [await planningView(ctx, found.partnership, found.role === 'coordinator')] };
      if (found.role !== 'coordinator') return { messages: [say(ctx.texts.timeline.onlyCoordinator(await coordinatorNames(ctx, found.partnership.id)))] };
      return { messages: [say(await postDigestNow(ctx, found.partnership))] };
    }
    if (input.kind !== 'action' || input.action !== HOME_OPENED_ACTION || ctx.turn.platform !== 'slack') return { messages: [] };
    const [mine] = await ctx.scope.partnerships.forPerson(ctx.person.id);
    await publish(ctx.outbox, ctx.turn.user.id, await homeBlocks(ctx.scope, mine?.partnership, mine?.role, ctx.locale, ctx.now), ctx.locale);
    // The replies go to the DM of which this is the Home tab (the event's channel).
    return welcomeOnce(ctx);
  },
};

/** The coordinator asked for the digest now (App Home): posted where the timeline posts, outside the weekly rhythm. */
async function postDigestNow(ctx: TurnContext, partnership: Partnership): Promise<string> {
  const settings = await ctx.scope.timelines.lock(partnership.id);
  const schedule = scheduleOf(partnership, settings, ctx.now);
  if (!schedule) return ctx.texts.timeline.status.noVisitDate;
  const where = await postUpdate(ctx.scope, ctx.outbox, partnership, settings, [await digestMessage(ctx.scope, partnership, schedule, CHANNEL_LOCALE)], ctx.now);
  return ctx.texts.timeline.digest.sentNow(where);
}
