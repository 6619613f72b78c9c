// Where a partnership's timeline settings and its notification keys are kept;
// src/store implements it inside one workspace's transaction. The visit date,
// the review type and the updates channel stay on the partnership itself.
import type { HolidayPeriod, LocalDate, LocalTime } from './local-date';
import type { AddedMilestone } from './schedule';
import type { ReviewTypeId } from './types';

/** What a run computed its schedule from: kept with `lastProcessed`, so the next run knows what changed since. */
export interface ScheduleBasis {
  reviewTypeId: ReviewTypeId;
  visitDate: LocalDate;
  timeZone: string;
  holidays: HolidayPeriod[];
  moved: { milestoneId: string; date: LocalDate }[];
  added: AddedMilestone[];
}

/** When the weekly digest goes out: ISO weekday (1 = Monday … 7 = Sunday; 0 = none) at a local time. */
export interface DigestSchedule {
  weekday: number;
  time: LocalTime;
}

export interface TimelineSettings {
  partnershipId: string;
  timeZone: string;
  holidays: HolidayPeriod[];
  /** What the coordinator changed (schedule.ts TimelineOverrides, all three lists present). */
  overrides: { moved: { milestoneId: string; date: LocalDate }[]; done: { milestoneId: string; at: Date }[]; added: AddedMilestone[] };
  digest: DigestSchedule;
  /** Every notification up to this moment was handled (posted or skipped). */
  lastProcessed: Date | null;
  basis: ScheduleBasis | null;
  /** When a run is next needed; null with a lastProcessed: nothing is left to post. */
  nextRunAt: Date | null;
  /** When the coordinator was told how to set the updates channel (once). */
  channelHintAt: Date | null;
  /** Since when the members' home views are out of date (progress changed); null: they are not. */
  homeStaleSince: Date | null;
}

export type TimelineChanges = Partial<Omit<TimelineSettings, 'partnershipId' | 'basis'>> & { basis?: ScheduleBasis };

/** One notification by its stable key, as a run or a command recorded it. */
export interface NotificationRecord {
  key: string;
  kind: string;
  /** `posted`, or `skipped:<reason>`. */
  outcome: string;
  at: Date;
}

export interface TimelineRepository {
  /** The settings as stored, or the defaults when none are. */
  get(partnershipId: string): Promise<TimelineSettings>;
  /**
   * The settings, locked for the rest of the transaction (the row is made when absent):
   * every run and every change of one partnership's timeline goes one at a time, on
   * every instance.
   */
  lock(partnershipId: string): Promise<TimelineSettings>;
  /** Writes changes to a locked row. */
  update(partnershipId: string, changes: TimelineChanges): Promise<TimelineSettings>;
  /** Records a key; false when it was recorded before (by any run or instance), and then nothing is to be posted for it. */
  claim(partnershipId: string, notification: NotificationRecord): Promise<boolean>;
  /**
   * The members' home views are out of date (an answer, a chosen text): a run no later than
   * `refreshBy` publishes them again. Many changes in a row make one refresh; it takes no lock
   * while the views are already marked out of date.
   */
  homesStale(partnershipId: string, at: Date, refreshBy: Date): Promise<void>;
  /** The keys recorded for a partnership, oldest first. */
  notifications(partnershipId: string): Promise<NotificationRecord[]>;
}
