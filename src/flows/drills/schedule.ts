// The drill plan from what is stored: the visit date on the partnership, the
// rest in the drill settings.
import { type DrillPlan, type DrillSettings, makeDrillPlan, type DrillPlanProblem } from '../../domain/drills';
import type { Partnership } from '../../domain/partnership';

export function planOf(partnership: Partnership, settings: DrillSettings): { ok: true; plan: DrillPlan } | { ok: false; problems: DrillPlanProblem[] } {
  if (!partnership.visitDate) return { ok: false, problems: ['visit-date'] };
  return makeDrillPlan({
    visitDate: partnership.visitDate,
    ...(settings.startDate ? { startDate: settings.startDate } : {}),
    weekdays: settings.weekdays,
    time: settings.time,
    timeZone: settings.timeZone,
    questionsPerWeek: settings.questionsPerWeek,
    holidays: settings.holidays,
    goodFriday: settings.goodFriday,
  });
}

export function defaultSettings(now: Date): DrillSettings {
  return {
    enabled: false,
    startDate: null,
    weekdays: [2, 4],
    time: '09:00',
    timeZone: 'Europe/Amsterdam',
    questionsPerWeek: 2,
    holidays: [],
    goodFriday: false,
    groups: [],
    channelId: null,
    groupChannels: {},
    lastProcessed: now,
    nextRunAt: null,
  };
}
