export {
  addWorkingDays,
  type HolidayPeriod,
  isLocalDate,
  isLocalTime,
  isWorkingDay,
  type LocalDate,
  type LocalTime,
} from './local-date';
export { digestDecision, digestMoments } from './digest';
export { getTimeline, timelines } from './milestones';
export {
  type NotificationKind,
  type NotificationMoment,
  type NotificationRun,
  type NotificationRunInput,
  notificationMoments,
  notificationsDue,
  type SkippedNotification,
  type SkipReason,
  UNMET_DEADLINE_RELEVANT_DAYS,
} from './notifications';
export {
  type AddedMilestone,
  applyOffset,
  computeSchedule,
  DEADLINE_TIME,
  EVENT_TIME,
  PHASE_START_TIME,
  type RejectedOverride,
  type RejectReason,
  type Schedule,
  type ScheduledMilestone,
  type ScheduledPhase,
  type ScheduleInput,
  type TimelineOverrides,
  type TimelineProgress,
} from './schedule';
export type * from './types';
export { DEFAULT_TIME_ZONE, isValidTimeZone, localDateOf, zonedInstant } from './zoned-time';
