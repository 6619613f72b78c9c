// A partnership's schedule from what is stored: the visit date and review
// type on the partnership, the rest in its timeline settings.
import type { Partnership } from '../../domain/partnership';
import { computeSchedule, type ReviewTypeId, type Schedule } from '../../domain/timeline';
import type { ScheduleBasis, TimelineSettings } from '../../domain/timeline/repository';

function reviewTypeIdOf(reviewType: Partnership['reviewType']): ReviewTypeId {
  return reviewType === 'assessment' ? 'assessment-oriented' : 'development-oriented';
}

/** What the schedule is computed from; undefined without a visit date (no timeline yet). */
export function basisOf(partnership: Partnership, settings: TimelineSettings): ScheduleBasis | undefined {
  if (!partnership.visitDate) return undefined;
  return {
    reviewTypeId: reviewTypeIdOf(partnership.reviewType),
    visitDate: partnership.visitDate,
    timeZone: settings.timeZone,
    holidays: settings.holidays,
    moved: settings.overrides.moved,
    added: settings.overrides.added,
  };
}

export function scheduleFrom(basis: ScheduleBasis, done: TimelineSettings['overrides']['done'], now: Date): Schedule {
  const { moved, added, ...rest } = basis;
  return computeSchedule({ ...rest, overrides: { moved, added, done }, now });
}

export function scheduleOf(partnership: Partnership, settings: TimelineSettings, now: Date): Schedule | undefined {
  const basis = basisOf(partnership, settings);
  return basis ? scheduleFrom(basis, settings.overrides.done, now) : undefined;
}

export function sameBasis(a: ScheduleBasis, b: ScheduleBasis): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
