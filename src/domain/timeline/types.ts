import type { Review, Source } from '../framework';
import type { LocalTime } from './local-date';

export type ReviewTypeId = Review['id'];

/**
 * Units of a milestone's offset from the visit date. Only `working-days` looks at weekends
 * and holiday periods; the others name the calendar date they land on.
 */
export type OffsetUnit = 'calendar-days' | 'working-days' | 'weeks' | 'months' | 'years';

/** Relative to the visit date: negative before it, positive after, 0 on the day. */
export interface Offset {
  amount: number;
  unit: OffsetUnit;
}

/** A deadline is something the partnership delivers (reminded, can be overdue); an event happens (a meeting, a letter). */
export type MilestoneKind = 'deadline' | 'event';

/** `source`: the number is in the cited source; `default`: the source gives none, ours is explained at the milestone. */
export type OffsetBasis = 'source' | 'default';

/** The parts of the assessment-oriented final dossier (DUS-I verslag hoofdstuk 2, Inleiding). */
export type DeliverableId = 'self-evaluation' | 'id-document' | 'cooperation-agreement' | 'critical-reflection' | 'programme';

export interface MilestoneDefinition {
  /** Stable id, also the code `src/texts` words the milestone by: `<review type>.<milestone>`. */
  id: string;
  /** A phase of the review in `framework.reviews`. */
  phaseId: string;
  kind: MilestoneKind;
  offset: Offset;
  offsetBasis: OffsetBasis;
  /** Local time it is due or happens; without it 17:00 for a deadline, 09:00 for an event (`schedule.ts`). */
  time?: LocalTime;
  /** The framework steps (in that phase) this milestone marks: their `{ nl, en }` text says what it is. */
  stepIds: readonly string[];
  /** What has to be delivered, for a deadline that names documents. */
  deliverables?: readonly DeliverableId[];
  source: Source;
}

export interface PhaseDefinition {
  /** A phase of the review in `framework.reviews`, in the framework's order. */
  phaseId: string;
  /** When the phase starts (09:00 local on that date), relative to the visit date. */
  start: Offset;
  startBasis: OffsetBasis;
}

export interface TimelineDefinition {
  reviewTypeId: ReviewTypeId;
  phases: readonly PhaseDefinition[];
  milestones: readonly MilestoneDefinition[];
}
