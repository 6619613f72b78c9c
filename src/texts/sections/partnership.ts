import type { ContradictionKind, KeyTermId } from '../../domain/consistency';
import type { ConversationGroup, PartnerRole, ReviewType, Sector } from '../../domain/partnership';

/** Texts of the partnership capability; values in src/texts/nl/partnership.ts and src/texts/en/partnership.ts. */
export interface PartnershipTexts {
  /** The person belongs to no partnership yet. */
  noPartnership: string;
  names: {
    sectors: Record<Sector, string>;
    /** The review type in words, with the kind of partnership it is for. */
    reviewTypes: Record<ReviewType, string>;
    roles: Record<PartnerRole, string>;
    /** The visit-day conversation, as in "je schuift aan bij …". */
    conversations: Record<ConversationGroup, string>;
    /** Short group names, as a label in the consistency view. */
    groups: Record<ConversationGroup, string>;
    /** "a, b en c" / "a, b and c". */
    list: (items: readonly string[]) => string;
    /** A yyyy-mm-dd date in words ("14 april 2027"). */
    date: (isoDate: string) => string;
  };
  /** `partnerschap` with an unknown word after it. */
  usage: (given: string) => string;
  overview: {
    title: (name: string) => string;
    region: string;
    sectors: string;
    reviewType: string;
    visitDate: string;
    noVisitDate: string;
    updatesChannel: string;
    channelHere: string;
    channelElsewhere: string;
    channelNotSet: string;
    wordLimit: string;
    words: (count: number) => string;
    members: string;
    yourRole: (role: string) => string;
    /** What a coordinator can do from here. */
    coordinatorHint: string;
    /** What any other member can do from here. */
    memberHint: string;
    editButton: string;
  };
  form: {
    createTitle: string;
    editTitle: string;
    createSubmit: string;
    editSubmit: string;
    name: string;
    region: string;
    sectors: string;
    reviewType: string;
    visitDate: string;
    wordLimit: string;
    /** Shown with a new form. */
    createIntro: string;
    /** The workspace already has partnerships the person is not in. */
    existingHint: (names: readonly string[]) => string;
  };
  /** Why submitted values were refused; the form comes back with them filled in. */
  invalid: {
    intro: string;
    nameEmpty: string;
    nameTooLong: (max: number) => string;
    nameTaken: (name: string) => string;
    regionEmpty: string;
    regionTooLong: (max: number) => string;
    sectorsEmpty: string;
    sectorsUnknown: (given: readonly string[]) => string;
    reviewType: string;
    visitDateInvalid: (given: string) => string;
    visitDatePast: (date: string) => string;
    wordLimit: (given: string, min: number, max: number) => string;
    outro: string;
  };
  created: {
    done: (name: string) => string;
    channel: string;
    inDm: string;
    /** Under the confirmation: the coordinator's next steps, as buttons. */
    nextSteps: string;
    planningButton: string;
    reflectButton: string;
    next: string;
  };
  /** `partnerschap verwijderen`: a coordinator removes a partnership made by mistake. */
  remove: {
    ask: (name: string, members: number, answers: number) => string;
    confirm: (name: string) => string;
    cancel: string;
    cancelled: string;
    done: (name: string) => string;
    gone: string;
    onlyCoordinator: (coordinators: readonly string[]) => string;
  };
  /** An old setup form sent after other partnerships were made: asked before another is made. */
  another: {
    ask: (existing: readonly string[], name: string) => string;
    confirm: string;
    cancel: string;
    cancelled: string;
  };
  /** A partnership with that name exists already (a form sent twice, or a name in use). */
  exists: (name: string) => string;
  existsJoin: string;
  edit: {
    onlyCoordinator: (coordinators: readonly string[]) => string;
    saved: (name: string) => string;
    conflict: string;
    conflictRetry: string;
    gone: string;
  };
  channel: {
    set: (name: string) => string;
    inDm: string;
  };
  role: {
    prompt: (partnership: string) => string;
    current: (role: string, partnership: string) => string;
    choosePartnership: string;
    noPartnershipHere: string;
    unknown: (given: string, roles: readonly string[]) => string;
    set: (role: string, partnership: string) => string;
    firstMember: (partnership: string) => string;
    conversation: (conversation: string) => string;
    /** Under the confirmation of a role: the next step, as buttons. */
    nextStep: string;
    reflectButton: string;
    helpButton: string;
    onlyCoordinatorAppoints: (coordinators: readonly string[]) => string;
    lastCoordinator: (partnership: string) => string;
    appointPrompt: string;
    appointNobody: string;
    appointButton: (name: string) => string;
    appointed: (name: string, partnership: string) => string;
    gone: string;
  };
  consistency: {
    choose: string;
    unknown: (given: string, names: readonly string[]) => string;
    title: (waarborg: string) => string;
    /** One line: why the assessors care. */
    why: string;
    nothingYet: (waarborg: string) => string;
    /** The heading of one minimum item ("1. Er is een …"). */
    item: (number: number, text: string) => string;
    /** One list line per quoted answer, per silent group, and for answers left out. */
    answer: (group: string, author: string, quote: string) => string;
    silentAnswer: (group: string) => string;
    more: (group: string, count: number) => string;
    /** Items that need a look, e.g. "1 (tegenspraak), 3 (stil)"; empty when none. */
    summary: (items: ReadonlyArray<{ number: number; silent: boolean; contradiction: boolean }>) => string;
    silent: (groups: readonly string[]) => string;
    contradiction: (c: {
      kind: ContradictionKind;
      terms: readonly string[];
      inPlace: { group: string; author: string; quote: string };
      other: { group: string; author: string; quote: string; cue: string };
    }) => string;
    otherItems: string;
    caveat: string;
    /** The key concepts a contradiction is about, as a word or two in running text. */
    keyTerms: Record<KeyTermId, string>;
  };
  /** `deelname`: who has written what, for the coordinator, and the reminder to those who have not. */
  participation: {
    title: (partnership: string) => string;
    intro: string;
    /** "12 van 30 studenten". */
    count: (group: ConversationGroup, written: number, total: number) => string;
    waarborgLine: (waarborg: string, counts: readonly string[]) => string;
    overallLine: (counts: readonly string[]) => string;
    noMembers: string;
    silent: (names: readonly string[], count: number) => string;
    everyoneWrote: string;
    remindButton: string;
    coordinatorOnly: (coordinators: readonly string[]) => string;
    reminded: (count: number) => string;
    alreadyReminded: string;
    nobodyToRemind: string;
    /** The reminder itself, in the member's language. */
    reminder: (name: string, coordinator: string, partnership: string) => string;
    reminderButton: string;
  };
}
