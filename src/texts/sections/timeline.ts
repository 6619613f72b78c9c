// Texts of the review timeline: milestones and phases by their codes, the
// channel posts, `planning`, `status`, the App Home and the weekly digest.
// Values in src/texts/nl/timeline.ts and src/texts/en/timeline.ts.
import type { NotificationKind } from '../../domain/timeline';

export interface TimelineTexts {
  /** A milestone by its id; an added one by the coordinator's own title. */
  milestone: (id: string, ownTitle?: string) => string;
  phase: (phaseId: string) => string;
  /** The review type by its timeline id. */
  reviewType: (reviewTypeId: string) => string;
  /** A local date in words, with its weekday ("di 16 feb 2027"). */
  date: (date: string) => string;
  weekday: (isoWeekday: number) => string;
  /** Weekday words people may type for the digest day (index 0 = Monday). */
  weekdayWords: readonly string[];
  notification: {
    post: (kind: NotificationKind, subject: string, date: string) => string;
    done: (milestone: string, by: string) => string;
    /** Over a reminder that goes to the coordinator's DM instead of a channel. */
    viaDm: (partnership: string) => string;
    /** Told once, with the first reminder by DM. */
    channelHint: string;
  };
  /** Only coordinators change the timeline. */
  onlyCoordinator: (coordinators: readonly string[]) => string;
  planning: {
    title: (partnership: string) => string;
    summary: (reviewType: string, visitDate: string, timeZone: string) => string;
    noVisitDate: string;
    done: string;
    overdue: string;
    movedFrom: (date: string) => string;
    own: string;
    holidays: (periods: readonly string[]) => string;
    channel: (channelId: string | null) => string;
    digest: (weekday: number, time: string) => string;
    coordinatorHelp: string;
    usage: string;
    moved: (milestone: string, date: string) => string;
    markedDone: (milestone: string) => string;
    alreadyDone: (milestone: string) => string;
    added: (title: string, date: string, phase: string) => string;
    visitDateSet: (date: string) => string;
    reviewTypeSet: (reviewType: string) => string;
    timeZoneSet: (zone: string) => string;
    holidayAdded: (from: string, to: string) => string;
    holidaysCleared: string;
    channelSet: string;
    channelInDm: string;
    digestSet: (weekday: number, time: string) => string;
    digestOff: string;
    unknownMilestone: (given: string) => string;
    badDate: (given: string) => string;
    badZone: (given: string) => string;
    badReviewType: (given: string) => string;
    badDigest: (given: string) => string;
    badHoliday: string;
    needsVisitDate: string;
    noTitle: string;
  };
  status: {
    title: (partnership: string) => string;
    phase: (phase: string) => string;
    notStarted: (startDate: string) => string;
    finished: string;
    noVisitDate: string;
    nextDeadlines: string;
    noDeadlines: string;
    deadline: (milestone: string, date: string, overdue: boolean) => string;
    progress: string;
    /** Progress bar label of a waarborg: answered items. */
    waarborgBar: (number: number, name: string) => string;
    groupBar: (group: string) => string;
    words: (words: number, limit: number) => string;
    empty: (labels: readonly string[]) => string;
    noneEmpty: string;
    readiness: string;
    /** The criteria's short names, in the framework's order. */
    criteria: readonly string[];
    /** One waarborg's row: named, not numbered ("1. …" lines would become a numbered list that swallows what follows). */
    readinessRow: (number: number, name: string, cells: readonly string[], chosen: number) => string;
    vraagstukken: string;
    region: (region: string, count: number) => string;
    regionLine: (partnership: string, phase: string, next: string, chosen: number, items: number) => string;
    notRegionLead: string;
    regionAppointed: (name: string, region: string) => string;
    regionUnknownPerson: (name: string) => string;
    regionOnlyCoordinator: (coordinators: readonly string[]) => string;
    none: string;
    /** In the region view, for a partnership without a visit date. */
    noDates: string;
    noneInRegion: string;
    open: string;
    /** App Home buttons for the coordinator. */
    buttons: { planning: string; digest: string };
  };
  digest: {
    top: (partnership: string, phase: string, open: number, overdue: number) => string;
    details: string;
    openMilestones: string;
    /** After the coordinator's "digest now": where it went. */
    sentNow: (where: 'channel' | 'dm') => string;
  };
  vraagstuk: {
    proposed: (number: number) => string;
    list: string;
    none: string;
    selected: string;
    usage: string;
    onlyDevelopment: string;
    ordered: (numbers: readonly number[]) => string;
    badOrder: (given: string) => string;
    exportHeading: string;
    onlyCoordinatorChooses: (coordinators: readonly string[]) => string;
    line: (number: number, text: string, by: string, position: number | null) => string;
  };
}
