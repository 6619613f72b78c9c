// Where a partnership's drills are kept; src/store implements it inside one
// workspace's transaction. The visit date stays on the partnership itself.
import type { Versioned } from '../../core/versioned';
import type { WaarborgId } from '../framework';
import type { PartnerRole } from '../partnership';
import type { HolidayPeriod, LocalDate, LocalTime } from '../timeline/local-date';
import type { OwnQuestion, OwnQuestionStatus } from './bank';
import type { DrillGroupId, OwnDrillGroup } from './groups';
import type { AnswerStrength, DrillCard } from './leitner';

export interface DrillSettings {
  enabled: boolean;
  /** Null: six weeks before the visit date. */
  startDate: LocalDate | null;
  weekdays: number[];
  time: LocalTime;
  timeZone: string;
  questionsPerWeek: number;
  holidays: HolidayPeriod[];
  goodFriday: boolean;
  groups: OwnDrillGroup[];
  /** Null: each participant by direct message; else this channel. */
  channelId: string | null;
  /** Per group, over channelId: its own channel, or null for direct messages (`oefenplan groep <g> kanaal|dm`). */
  groupChannels?: Readonly<Record<string, string | null>>;
  /** Every slot up to this moment was handled (sent or skipped). */
  lastProcessed: Date;
  /** When a run is next needed; null: none. */
  nextRunAt: Date | null;
}

export interface DrillPersonState {
  personId: string;
  assignedGroup: DrillGroupId | null;
  pausedUntil: LocalDate | null;
  stopped: boolean;
  cards: DrillCard[];
  lastQuestionId: string | null;
  /** Set while the last question waits for an answer. */
  openSince: Date | null;
}

/** A member as the drills need them: where a direct message goes, and their role. */
export interface DrillParticipant {
  personId: string;
  platformUserId: string;
  displayName: string;
  role: PartnerRole;
  locale: string | null;
}

export interface NewDrillAnswer {
  personId: string;
  role: PartnerRole;
  groupId: DrillGroupId;
  questionId: string;
  waarborgId: WaarborgId;
  text: string;
  strength: AnswerStrength;
  draftMismatch: boolean;
  mockVisitId?: string;
}

export interface DrillAnswerRecord extends NewDrillAnswer {
  authorName: string;
  createdAt: Date;
}

export interface StoredOwnQuestion extends OwnQuestion {
  /** 1-based, in the order they were proposed: how the coordinator names it (`vraag accepteer 3`). */
  number: number;
  proposedById: string;
  proposedByName: string;
  version: number;
}

export interface MockVisitRecord {
  id: string;
  groupId: DrillGroupId;
  conversationId: string;
  threadId: string | null;
  questionIds: string[];
  startedAt: Date;
  endsAt: Date;
  closedAt: Date | null;
  startedById: string;
}

export interface DrillRepository {
  plan(partnershipId: string): Promise<DrillSettings | null>;
  /** The plan, locked for the rest of the transaction: runs and changes of one plan go one at a time on every instance. */
  lockPlan(partnershipId: string): Promise<DrillSettings | null>;
  savePlan(partnershipId: string, settings: DrillSettings): Promise<void>;
  participants(partnershipId: string): Promise<DrillParticipant[]>;
  /** A person's state (defaults when none is stored), locked for the rest of the transaction. */
  person(partnershipId: string, personId: string): Promise<DrillPersonState>;
  people(partnershipId: string): Promise<DrillPersonState[]>;
  savePerson(partnershipId: string, state: DrillPersonState): Promise<void>;
  /** Records a prompt key; false when it was recorded before (by any run or instance): then nothing is sent for it. */
  claimPrompt(partnershipId: string, prompt: { key: string; outcome: string; questionIds: string[]; at: Date }): Promise<boolean>;
  addAnswer(partnershipId: string, answer: NewDrillAnswer): Promise<void>;
  answers(partnershipId: string, filter?: { mockVisitId?: string }): Promise<DrillAnswerRecord[]>;
  questions(partnershipId: string): Promise<StoredOwnQuestion[]>;
  proposeQuestion(
    partnershipId: string,
    question: { groupId: DrillGroupId; waarborgId: WaarborgId; text: string; proposedById: string },
  ): Promise<StoredOwnQuestion>;
  /** Changes a question only when it is still at `expected`; otherwise the conflict is the question as it is now. */
  updateQuestion(
    partnershipId: string,
    id: string,
    expected: number,
    changes: { text?: string; status?: OwnQuestionStatus },
  ): Promise<Versioned<StoredOwnQuestion, StoredOwnQuestion | null>>;
  startMockVisit(partnershipId: string, visit: Omit<MockVisitRecord, 'id' | 'closedAt'>): Promise<MockVisitRecord>;
  mockVisit(id: string): Promise<MockVisitRecord | null>;
  /** The round still open at that place, if any. */
  openMockVisit(partnershipId: string, conversationId: string, threadId: string | null): Promise<MockVisitRecord | null>;
  /** Closes it; false when it was closed already (by the timer or a command). */
  closeMockVisit(id: string, at: Date): Promise<boolean>;
}
