// `oefenplan` / `practice plan`: everyone sees the plan; a coordinator switches
// it on or off and sets its days, time, questions a week, start and where the
// prompts go. Switching on starts from now: slots before it are not caught up.
import { say } from '../../core/messages';
import { foldCase, isIsoDate } from '../../core/text';
import type { DrillSettings } from '../../domain/drills';
import { drillSlots } from '../../domain/drills';
import type { Partnership } from '../../domain/partnership';
import { isLocalTime, isValidTimeZone } from '../../domain/timeline';
import { findGroup } from './words';
import type { Command, StepResult, TurnContext } from '../context';
import { currentPartnership } from '../partnership/current';
import { membershipCommand } from './membership';
import { defaultSettings, planOf } from './schedule';

const DAY_WORDS: Record<string, number> = {
  ma: 1, maandag: 1, mon: 1, monday: 1,
  di: 2, dinsdag: 2, tue: 2, tuesday: 2,
  wo: 3, woensdag: 3, wed: 3, wednesday: 3,
  do: 4, donderdag: 4, thu: 4, thursday: 4,
  vr: 5, vrijdag: 5, fri: 5, friday: 5,
  za: 6, zaterdag: 6, sat: 6, saturday: 6,
  zo: 7, zondag: 7, sun: 7, sunday: 7,
};

/** `known`: false when the change names something the plan does not have (an unknown group). */
type Change = { ok: true; apply: (s: DrillSettings) => DrillSettings; known?: (s: DrillSettings) => boolean } | { ok: false };

function readChange(ctx: TurnContext, args: string): Change | 'show' {
  const [first = '', ...rest] = args.trim().split(/\s+/).filter(Boolean);
  const word = foldCase(first);
  const value = rest.join(' ');
  switch (word) {
    case '':
      return 'show';
    case 'aan':
    case 'on':
      return { ok: true, apply: (s) => ({ ...s, enabled: true, lastProcessed: s.enabled ? s.lastProcessed : ctx.now }) };
    case 'uit':
    case 'off':
      return { ok: true, apply: (s) => ({ ...s, enabled: false }) };
    case 'dagen':
    case 'days': {
      const days = rest.map((d) => DAY_WORDS[foldCase(d).replace(/[,.]/g, '')]);
      return days.length > 0 && days.every((d) => d !== undefined) ? { ok: true, apply: (s) => ({ ...s, weekdays: days as number[] }) } : { ok: false };
    }
    case 'tijd':
    case 'time':
      return isLocalTime(value) ? { ok: true, apply: (s) => ({ ...s, time: value }) } : { ok: false };
    case 'per-week':
    case 'perweek':
    case 'week': {
      const n = Number(value.replace(/^week\s+/, ''));
      return Number.isInteger(n) ? { ok: true, apply: (s) => ({ ...s, questionsPerWeek: n }) } : { ok: false };
    }
    case 'start':
      return isIsoDate(value) ? { ok: true, apply: (s) => ({ ...s, startDate: value }) } : { ok: false };
    case 'kanaal':
    case 'channel':
      return ctx.turn.place.kind === 'channel' ? { ok: true, apply: (s) => ({ ...s, channelId: ctx.turn.place.conversationId }) } : { ok: false };
    case 'dm':
      return { ok: true, apply: (s) => ({ ...s, channelId: null }) };
    case 'vakantie':
    case 'holiday': {
      if (['wis', 'geen', 'clear', 'none'].includes(foldCase(value))) return { ok: true, apply: (s) => ({ ...s, holidays: [] }) };
      const [start = '', end = start] = rest;
      return isIsoDate(start) && isIsoDate(end) && start <= end ? { ok: true, apply: (s) => ({ ...s, holidays: [...s.holidays, { start, end }] }) } : { ok: false };
    }
    case 'zone':
      return isValidTimeZone(value) ? { ok: true, apply: (s) => ({ ...s, timeZone: value }) } : { ok: false };
    case 'goede-vrijdag':
    case 'goodfriday':
    case 'good-friday': {
      const on = ['aan', 'on', 'ja', 'yes'].includes(foldCase(value));
      const off = ['uit', 'off', 'nee', 'no'].includes(foldCase(value));
      return on || off ? { ok: true, apply: (s) => ({ ...s, goodFriday: on }) } : { ok: false };
    }
    case 'groep':
    case 'group': {
      const place = groupPlace(ctx, rest);
      if (place) return place;
      // `oefenplan groep <naam> <studenten|opleiders|bestuurders>`: a group of the partnership's own.
      const conversation = findGroup(rest.at(-1) ?? '', []);
      const name = rest.slice(0, -1).join(' ').trim();
      const slug = foldCase(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
      if (!conversation || conversation.startsWith('own:') || !slug) return { ok: false };
      const id = `own:${slug}` as const;
      const group = { id, name: name.slice(0, 60), conversation: conversation as Exclude<typeof conversation, `own:${string}`> };
      return { ok: true, apply: (s) => ({ ...s, groups: [...s.groups.filter((g) => g.id !== id), group] }) };
    }
    default:
      return { ok: false };
  }
}

const CHANNEL_WORDS = ['kanaal', 'channel'];

/**
 * `oefenplan groep <g> kanaal` (typed in that channel): the group's prompts go there, one
 * post per person naming them; `oefenplan groep <g> dm`: by direct message, whatever the
 * plan's channel. Undefined when the words are no group place.
 */
function groupPlace(ctx: TurnContext, rest: readonly string[]): Change | undefined {
  const last = foldCase(rest.at(-1) ?? '');
  if (!CHANNEL_WORDS.includes(last) && last !== 'dm') return undefined;
  if (last !== 'dm' && ctx.turn.place.kind !== 'channel') return { ok: false };
  const channel = last === 'dm' ? null : ctx.turn.place.conversationId;
  const groupOf = (s: DrillSettings) => findGroup(rest.slice(0, -1).join(' '), s.groups);
  return { ok: true, known: (s) => groupOf(s) !== undefined, apply: (s) => ({ ...s, groupChannels: { ...s.groupChannels, [groupOf(s)!]: channel } }) };
}

const planCommand: Command = {
  names: ['oefenplan', 'practiceplan'],
  async run(ctx, args) {
    const found = await currentPartnership(ctx);
    if (!found.ok) return found.result;
    const t = ctx.texts.drills;
    const membership = await membershipCommand(ctx, found.partnership, found.role, args);
    if (membership) return membership;
    const change = readChange(ctx, args);
    if (change === 'show') return show(ctx, found.partnership, await ctx.scope.drills.plan(found.partnership.id));
    if (found.role !== 'coordinator') return { messages: [say(t.notCoordinator)] };
    if (!change.ok) return { messages: [say(t.planUsage)] };
    if (!found.partnership.visitDate) return { messages: [say(t.planNoVisitDate)] };
    const before = (await ctx.scope.drills.lockPlan(found.partnership.id)) ?? defaultSettings(ctx.now);
    if (change.known && !change.known(before)) return { messages: [say(t.planUsage)] };
    const after = change.apply(before);
    const made = planOf(found.partnership, after);
    if (!made.ok) return { messages: [say(t.planProblems(made.problems))] };
    const next = drillSlots(made.plan).find((slot) => slot.at > after.lastProcessed)?.at ?? null;
    await ctx.scope.drills.savePlan(found.partnership.id, { ...after, nextRunAt: after.enabled ? next : null });
    const reply = after.enabled && !before.enabled ? t.planSwitchedOn : !after.enabled && before.enabled ? t.planSwitchedOff : undefined;
    const shown = await show(ctx, found.partnership, await ctx.scope.drills.plan(found.partnership.id));
    return reply ? { messages: [say(reply), ...shown.messages] } : shown;
  },
};

function show(ctx: TurnContext, partnership: Partnership, settings: DrillSettings | null): StepResult {
  const t = ctx.texts.drills;
  if (!settings?.enabled) return { messages: [{ blocks: [{ type: 'heading', text: t.planTitle }, { type: 'text', text: `${t.planOff}\n${t.planUsage}` }] }] };
  const made = planOf(partnership, settings);
  if (!made.ok) return { messages: [say(made.problems.includes('visit-date') ? t.planNoVisitDate : t.planProblems(made.problems))] };
  const p = made.plan;
  const next = drillSlots(p)
    .filter((s) => s.at > ctx.now)
    .slice(0, 3)
    .map((s) => s.date);
  const end = drillSlots(p).at(-1)?.date ?? p.startDate;
  return {
    messages: [
      {
        blocks: [
          { type: 'heading', text: t.planTitle },
          {
            type: 'text',
            text: `${t.planSummary({ start: p.startDate, end, weekdays: p.weekdays, time: p.time, timeZone: p.timeZone, perWeek: p.questionsPerWeek, where: settings.channelId ? 'channel' : 'dm' })}\n${t.planNext(next)}`,
          },
        ],
      },
    ],
  };
}

export const planCommands: readonly Command[] = [planCommand];
