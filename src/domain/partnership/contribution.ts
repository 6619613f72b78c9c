// What each person wrote per item of a waarborg, and where it is kept. Every
// answer is stored the moment it arrives; the author and their role at that
// time stay with it.
import type { Expected, Versioned } from '../../core/versioned';
import type { PartnerRole } from './roles';

export interface Contribution {
  id: string;
  personId: string;
  authorName: string;
  role: PartnerRole;
  waarborgId: string;
  itemId: string;
  text: string;
  declinedFollowUps: string[];
  version: number;
  updatedAt: Date;
}

export interface SaveContribution {
  partnershipId: string;
  personId: string;
  role: PartnerRole;
  waarborgId: string;
  itemId: string;
  text: string;
  /** The person's answer to the item as they last read it: none yet, or that version. */
  expected: Expected;
}

export interface ContributionRepository {
  save(input: SaveContribution): Promise<Versioned<Contribution>>;
  find(partnershipId: string, personId: string, itemId: string): Promise<Contribution | null>;
  /** Everything in a partnership, optionally of one waarborg, one item or one person; oldest first. */
  list(partnershipId: string, filter?: { waarborgId?: string; itemId?: string; personId?: string }): Promise<Contribution[]>;
  declineFollowUp(id: string, followUpId: string): Promise<void>;
}
