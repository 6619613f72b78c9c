// `deelname` / `participation`, for the coordinator: per waarborg and per
// visit-day group who has written something ("12 van 30 studenten"), who has
// written nothing yet, and a button that sends those a friendly reminder (a
// direct message through the outbox, in their own language), at most once a
// day per partnership: the day's key is claimed in the partnership's
// notification keys, so a second press, a double click or another coordinator
// that day sends nothing.
import { commandButton, message, say } from '../../core/messages';
import type { Locale } from '../../core/turn';
import { framework } from '../../domain/framework';
import { participationOf, type GroupCount } from '../../domain/partnership';
import { textsFor } from '../../texts';
import type { Command, Flow, StepResult, TurnContext } from '../context';
import { currentPartnership } from './current';
import { coordinatorNames, isUuid, roleIn } from './members';

const FLOW = 'participation';
const REMIND_ACTION = `${FLOW}.remind`;
const REMINDER_KIND = 'participation-reminder';
/** The day a reminder counts for: the partnership's (Dutch) calendar day. */
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export const participationCommand: Command = {
  names: ['deelname', 'participation'],
  async run(ctx) {
    const current = await currentPartnership(ctx);
    if (!current.ok) return current.result;
    const t = ctx.texts.partnership.participation;
    const { partnership } = current;
    if (current.role !== 'coordinator') return { messages: [say(t.coordinatorOnly(await coordinatorNames(ctx, partnership.id)))] };
    const members = await ctx.scope.partnerships.members(partnership.id);
    if (members.length === 0) return { messages: [say(t.noMembers)] };
    const facts = participationOf(members, await ctx.scope.contributions.list(partnership.id));
    const counts = (groups: readonly GroupCount[]) => groups.filter((g) => g.total > 0).map((g) => t.count(g.group, g.written, g.total));
    const lines = facts.perWaarborg.map((w) => {
      const waarborg = framework.waarborgen.find((x) => x.id === w.waarborgId)!;
      return t.waarborgLine(waarborg.name[ctx.locale], counts(w.groups));
    });
    const silent = facts.silent.map((m) => m.displayName);
    const overview = message(
          { type: 'heading', text: t.title(partnership.name) },
          { type: 'text', text: t.intro },
          { type: 'text', text: lines.join('\n') },
          { type: 'text', text: t.overallLine(counts(facts.overall)) },
          silent.length === 0
            ? { type: 'text', text: t.everyoneWrote }
            : { type: 'choices', text: t.silent(silent, silent.length), choices: [{ label: t.remindButton, action: REMIND_ACTION, value: partnership.id, style: 'primary' }] },
    );
    // It names who wrote nothing: in a channel only the coordinator sees it.
    return { messages: [ctx.turn.place.kind === 'channel' ? { ...overview, private: true } : overview] };
  },
};

export const participationFlow: Flow = {
  name: FLOW,
  async resume(ctx, _state, input) {
    if (input.kind === 'action' && input.action === REMIND_ACTION) return remind(ctx, input.value);
    return { messages: [say(ctx.texts.errors.staleAction)] };
  },
};

async function remind(ctx: TurnContext, partnershipId: string): Promise<StepResult> {
  const t = ctx.texts.partnership.participation;
  if (!isUuid(partnershipId)) return { messages: [say(ctx.texts.errors.staleAction)] };
  // The button names its partnership; only its coordinator may press it.
  if ((await roleIn(ctx, partnershipId)) !== 'coordinator') return { messages: [say(t.coordinatorOnly(await coordinatorNames(ctx, partnershipId)))] };
  const partnership = await ctx.scope.partnerships.get(partnershipId);
  if (!partnership) return { messages: [say(ctx.texts.errors.staleAction)] };
  const members = await ctx.scope.partnerships.members(partnershipId);
  const silent = participationOf(members, await ctx.scope.contributions.list(partnershipId)).silent.filter((m) => m.personId !== ctx.person.id);
  if (silent.length === 0) return { messages: [say(t.nobodyToRemind)] };
  const claimed = await ctx.scope.timelines.claim(partnershipId, { key: `${REMINDER_KIND}:${DAY.format(ctx.now)}`, kind: REMINDER_KIND, outcome: 'posted', at: ctx.now });
  if (!claimed) return { messages: [say(t.alreadyReminded)] };
  for (const member of silent) {
    const locale: Locale = member.locale === 'en' ? 'en' : 'nl';
    const words = textsFor(locale).partnership.participation;
    const reminder = message({
      type: 'choices',
      text: words.reminder(member.displayName, ctx.person.displayName, partnership.name),
      choices: [commandButton(words.reminderButton, locale === 'en' ? 'reflect' : 'reflectie')],
    });
    await ctx.outbox.toPerson(member.platformUserId, [reminder], locale);
  }
  return { messages: [say(t.reminded(silent.length))] };
}
