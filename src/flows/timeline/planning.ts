// `planning` / `timeline`: the schedule for everyone; for the coordinator also
// moving a milestone, marking it done, adding one of their own, and setting the
// visit date, review type, time zone, holidays, channel and digest. Every
// change is made under the timeline's lock and then run at once, in the same
// transaction: what the change makes due now (a moved deadline's reminder, a
// phase that starts) is posted under the one catch-up rule, and marking a
// milestone done is posted to the channel, once.
import { message, say } from '../../core/messages';
import type { Block } from '../../core/turn';
import type { Partnership, PartnershipChanges } from '../../domain/partnership';
import { isValidTimeZone, type Schedule } from '../../domain/timeline';
import type { TimelineChanges, TimelineSettings } from '../../domain/timeline/repository';
import { en } from '../../texts/en';
import { nl } from '../../texts/nl';
import type { Command, StepResult, TurnContext } from '../context';
import { setUpdatesChannel } from '../partnership/channel';
import { currentPartnership } from '../partnership/current';
import { coordinatorNames } from '../partnership/members';
import { postUpdate } from './deliver';
import { findMilestone, ownMilestoneId, parseDate, parseWeekday } from './parse';
import { milestoneName } from './render';
import { runLocked } from './run';
import { scheduleOf } from './schedule';

type Action = 'move' | 'done' | 'add' | 'visit' | 'type' | 'zone' | 'holiday' | 'channel' | 'digest';

const ACTIONS: Record<string, Action> = {
  verplaats: 'move',
  move: 'move',
  klaar: 'done',
  done: 'done',
  nieuw: 'add',
  toevoegen: 'add',
  add: 'add',
  bezoek: 'visit',
  bezoekdag: 'visit',
  visit: 'visit',
  type: 'type',
  tijdzone: 'zone',
  zone: 'zone',
  timezone: 'zone',
  vakantie: 'holiday',
  vakanties: 'holiday',
  holiday: 'holiday',
  holidays: 'holiday',
  kanaal: 'channel',
  channel: 'channel',
  overzicht: 'digest',
  weekoverzicht: 'digest',
  digest: 'digest',
};

const REVIEW_TYPES: Record<string, Partnership['reviewType']> = {
  ontwikkelingsgericht: 'development',
  development: 'development',
  'development-oriented': 'development',
  beoordelingsgericht: 'assessment',
  assessment: 'assessment',
  'assessment-oriented': 'assessment',
};

export const planningCommand: Command = {
  names: ['planning', 'timeline', 'tijdlijn'],
  async run(ctx, args) {
    const found = await currentPartnership(ctx);
    if (!found.ok) return found.result;
    const [word, ...rest] = args.trim().split(/\s+/).filter(Boolean);
    if (!word) return { messages: [await planningView(ctx, found.partnership, found.role === 'coordinator')] };
    const action = ACTIONS[word.toLowerCase()];
    if (!action) return { messages: [say(ctx.texts.timeline.planning.usage)] };
    if (found.role !== 'coordinator') return { messages: [say(ctx.texts.timeline.onlyCoordinator(await coordinatorNames(ctx, found.partnership.id)))] };
    if (action === 'channel') {
      const result = await setUpdatesChannel(ctx);
      return ctx.turn.place.kind === 'channel' ? result : { messages: [say(ctx.texts.timeline.planning.channelInDm)] };
    }
    return change(ctx, found.partnership, action, rest);
  },
};

export async function planningView(ctx: TurnContext, partnership: Partnership, isCoordinator: boolean) {
  const t = ctx.texts.timeline;
  const settings = await ctx.scope.timelines.get(partnership.id);
  const schedule = scheduleOf(partnership, settings, ctx.now);
  const blocks: Block[] = [{ type: 'heading', text: t.planning.title(partnership.name) }];
  if (!schedule) blocks.push({ type: 'text', text: t.planning.noVisitDate });
  else {
    blocks.push({ type: 'text', text: t.planning.summary(t.reviewType(schedule.reviewTypeId), t.date(schedule.visitDate), schedule.timeZone) });
    for (const phase of schedule.phases) {
      const lines = schedule.milestones
        .map((m, index) => ({ m, number: index + 1 }))
        .filter(({ m }) => m.phaseId === phase.phaseId)
        .map(({ m, number }) => {
          const marks = [m.done ? t.planning.done : '', m.overdue ? t.planning.overdue : '', m.moved && m.defaultDate ? t.planning.movedFrom(t.date(m.defaultDate)) : '', m.origin === 'added' ? t.planning.own : ''].filter(Boolean);
          return `${number}. ${t.date(m.date)}: ${milestoneName(t, m)}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
        });
      blocks.push({ type: 'text', text: `**${t.phase(phase.phaseId)}** (${t.date(phase.startDate)})\n${lines.join('\n')}` });
    }
  }
  blocks.push({
    type: 'text',
    text: [t.planning.holidays(settings.holidays.map((h) => `${t.date(h.start)} – ${t.date(h.end)}`)), t.planning.channel(partnership.updatesChannelId), t.planning.digest(settings.digest.weekday, settings.digest.time)].join('\n'),
  });
  if (isCoordinator) blocks.push({ type: 'text', text: t.planning.coordinatorHelp });
  return message(...blocks);
}

/** A coordinator's change: applied under the lock, then the timeline runs at once. */
async function change(ctx: TurnContext, partnership: Partnership, action: Action, args: string[]): Promise<StepResult> {
  const t = ctx.texts.timeline.planning;
  const settings = await ctx.scope.timelines.lock(partnership.id);
  const schedule = scheduleOf(partnership, settings, ctx.now);
  const reply = (text: string): StepResult => ({ messages: [say(text)] });
  let partnershipChanges: PartnershipChanges | undefined;
  let settingsChanges: TimelineChanges | undefined;
  let answer = '';
  let doneMilestone: Schedule['milestones'][number] | undefined;

  switch (action) {
    case 'visit': {
      const date = parseDate(args[0]);
      if (!date) return reply(t.badDate(args[0] ?? ''));
      partnershipChanges = { visitDate: date };
      answer = t.visitDateSet(ctx.texts.timeline.date(date));
      break;
    }
    case 'type': {
      const reviewType = REVIEW_TYPES[(args[0] ?? '').toLowerCase()];
      if (!reviewType) return reply(t.badReviewType(args[0] ?? ''));
      partnershipChanges = { reviewType };
      answer = t.reviewTypeSet(ctx.texts.timeline.reviewType(`${reviewType}-oriented`));
      break;
    }
    case 'zone': {
      const zone = args[0] ?? '';
      if (!isValidTimeZone(zone) || !zone.includes('/')) return reply(t.badZone(zone));
      settingsChanges = { timeZone: zone };
      answer = t.timeZoneSet(zone);
      break;
    }
    case 'holiday': {
      if (['wis', 'clear', 'geen', 'none'].includes((args[0] ?? '').toLowerCase())) {
        settingsChanges = { holidays: [] };
        answer = t.holidaysCleared;
        break;
      }
      const [start, end] = [parseDate(args[0]), parseDate(args[1] ?? args[0])];
      if (!start || !end || end < start) return reply(t.badHoliday);
      settingsChanges = { holidays: [...settings.holidays, { start, end }] };
      answer = t.holidayAdded(ctx.texts.timeline.date(start), ctx.texts.timeline.date(end));
      break;
    }
    case 'digest': {
      const given = args.join(' ');
      if (['uit', 'off', 'geen', 'none'].includes((args[0] ?? '').toLowerCase())) {
        settingsChanges = { digest: { weekday: 0, time: settings.digest.time } };
        answer = t.digestOff;
        break;
      }
      const weekday = parseWeekday(args[0] ?? '', nl.timeline.weekdayWords, en.timeline.weekdayWords);
      const time = (args[1] ?? settings.digest.time).padStart(5, '0');
      if (!weekday || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return reply(t.badDigest(given));
      settingsChanges = { digest: { weekday, time } };
      answer = t.digestSet(weekday, time);
      break;
    }
    case 'move':
    case 'done':
    case 'add': {
      if (!schedule) return reply(t.needsVisitDate);
      if (action === 'add') {
        const date = parseDate(args[0]);
        if (!date) return reply(t.badDate(args[0] ?? ''));
        const title = args.slice(1).join(' ').trim().slice(0, 150);
        if (!title) return reply(t.noTitle);
        const phase = [...schedule.phases].reverse().find((p) => p.startDate <= date) ?? schedule.phases[0]!;
        const id = ownMilestoneId(title, new Set(schedule.milestones.map((m) => m.id)));
        settingsChanges = { overrides: { ...settings.overrides, added: [...settings.overrides.added, { id, phaseId: phase.phaseId, kind: 'deadline', date, title }] } };
        answer = t.added(title, ctx.texts.timeline.date(date), ctx.texts.timeline.phase(phase.phaseId));
        break;
      }
      const milestone = findMilestone(schedule, args[0]);
      if (!milestone) return reply(t.unknownMilestone(args[0] ?? ''));
      const name = milestoneName(ctx.texts.timeline, milestone);
      if (action === 'move') {
        const date = parseDate(args[1]);
        if (!date) return reply(t.badDate(args[1] ?? ''));
        settingsChanges = { overrides: { ...settings.overrides, moved: [...settings.overrides.moved.filter((m) => m.milestoneId !== milestone.id), { milestoneId: milestone.id, date }] } };
        answer = t.moved(name, ctx.texts.timeline.date(date));
        break;
      }
      if (milestone.done) return reply(t.alreadyDone(name));
      settingsChanges = { overrides: { ...settings.overrides, done: [...settings.overrides.done, { milestoneId: milestone.id, at: ctx.now }] } };
      doneMilestone = milestone;
      answer = t.markedDone(name);
      break;
    }
  }

  const updatedPartnership = partnershipChanges ? await updatePartnership(ctx, partnership, partnershipChanges) : partnership;
  const updatedSettings: TimelineSettings = settingsChanges ? await ctx.scope.timelines.update(partnership.id, settingsChanges) : settings;
  if (doneMilestone) {
    const key = `${partnership.id}:${doneMilestone.id}:milestone-done:${doneMilestone.date}`;
    if (await ctx.scope.timelines.claim(partnership.id, { key, kind: 'milestone-done', outcome: 'posted', at: ctx.now })) {
      const posted = nl.timeline.notification.done(milestoneName(nl.timeline, doneMilestone), ctx.person.displayName);
      await postUpdate(ctx.scope, ctx.outbox, updatedPartnership, updatedSettings, [say(posted)], ctx.now);
    }
  }
  await runLocked(ctx.scope, ctx.outbox, ctx.turn.platform, updatedPartnership, updatedSettings, ctx.now, true);
  return reply(answer);
}

async function updatePartnership(ctx: TurnContext, partnership: Partnership, changes: PartnershipChanges): Promise<Partnership> {
  const written = await ctx.scope.partnerships.update(partnership.id, partnership.version, changes);
  if (written.ok) return written.saved;
  // Only these fields change here, so applying them on top of the newer version loses nothing.
  const again = await ctx.scope.partnerships.update(partnership.id, written.conflict.version, changes);
  if (!again.ok) throw new Error(`partnership ${partnership.id} keeps changing; the turn is tried again`);
  return again.saved;
}
