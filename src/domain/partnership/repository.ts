// Where partnerships and their members are kept, as the flows need them;
// src/store implements it inside one workspace's transaction.
import type { Versioned } from '../../core/versioned';
import type { Member, Partnership, ReviewType, Sector } from './partnership';
import type { PartnerRole } from './roles';

export interface NewPartnership {
  name: string;
  region: string;
  sectors: Sector[];
  reviewType: ReviewType;
  visitDate: string | null;
  updatesChannelId: string | null;
  createdById: string;
  /** Default 1500 (the schema's). */
  wordLimitPerWaarborg?: number;
}

export type PartnershipChanges = Partial<Omit<NewPartnership, 'createdById'>> & { wordLimitPerWaarborg?: number };

/**
 * Another partnership in the workspace has this name. Not a version conflict
 * (there is no row being edited): two set-up forms racing past the check for
 * the same name, rare enough to stay an error.
 */
export class NameTakenError extends Error {}

export interface PartnershipRepository {
  /** Creates it and makes its creator the coordinator; a taken name raises NameTakenError. */
  create(input: NewPartnership): Promise<Partnership>;
  /** Applies changes only when it is still at `expected`; otherwise the conflict is the partnership as it is now. */
  update(id: string, expected: number, changes: PartnershipChanges): Promise<Versioned<Partnership, Partnership>>;
  get(id: string): Promise<Partnership | null>;
  /** Removes it with everything that is its own (roles, answers, draft, planning), if still at `expected`. */
  remove(id: string, expected: number): Promise<boolean>;
  list(): Promise<Partnership[]>;
  /** The partnerships a person belongs to, with their role in each. */
  forPerson(personId: string): Promise<Array<{ partnership: Partnership; role: PartnerRole }>>;
  setRole(partnershipId: string, personId: string, role: PartnerRole): Promise<void>;
  members(partnershipId: string): Promise<Member[]>;
}
