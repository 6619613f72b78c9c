// What the flows work with, in one place: the scope a turn (or job) runs in,
// and the core's TurnContext, Command and Flow filled in with that scope and
// the flows' texts. src/store's TenantScope fits FlowScope as it is; adapters/
// hands it in, so no flow names the store.
import type { Command as CoreCommand, Flow as CoreFlow, TurnContext as CoreTurnContext } from '../core/flow';
import type { DeliveryReports } from '../core/delivery';
import type { JobScheduler } from '../core/jobs';
import type { FlowState, TurnScope } from '../core/ports';
import type { DraftRepository } from '../domain/draft';
import type { DrillRepository } from '../domain/drills';
import type { ContributionRepository, PartnershipRepository, RegionLeadRepository, VraagstukRepository } from '../domain/partnership';
import type { TimelineRepository } from '../domain/timeline/repository';
import type { Texts } from '../texts';

export interface FlowScope extends TurnScope {
  readonly partnerships: PartnershipRepository;
  readonly contributions: ContributionRepository;
  readonly drafts: DraftRepository;
  /** Each partnership's drill plan, participants' drill state, answers and own questions. */
  readonly drills: DrillRepository;
  /** Each partnership's timeline settings and the notification keys it posted. */
  readonly timelines: TimelineRepository;
  /** The questions for the visiting panel. */
  readonly vraagstukken: VraagstukRepository;
  /** Who follows a whole Onderwijsregio. */
  readonly regionLeads: RegionLeadRepository;
  /** Timed work, scheduled in the scope's transaction. */
  readonly jobs: JobScheduler;
  /** What the bot could not deliver in this workspace. */
  readonly deliveries: DeliveryReports;
  setLocale(personId: string, locale: string): Promise<void>;
  loadState(personId: string, placeKey: string): Promise<FlowState | null>;
  /** Marks a conversation the bot knows as welcomed: true only the first time, so a second install event welcomes nobody. */
  welcomeOnce(conversationId: string, now: Date): Promise<boolean>;
}

export type TurnContext = CoreTurnContext<FlowScope, Texts>;
export type Command = CoreCommand<FlowScope, Texts>;
export type Flow = CoreFlow<FlowScope, Texts>;
export type { StepResult } from '../core/flow';
export type { FlowState } from '../core/ports';
