// The coordinator's chosen or edited text per item, and where it is kept:
// what goes into the draft.
import type { Expected, Versioned } from '../../core/versioned';

export interface DraftEntry {
  waarborgId: string;
  itemId: string;
  text: string;
  sourceContributionIds: string[];
  editedById: string;
  editorName: string;
  version: number;
  updatedAt: Date;
}

export interface SaveDraftEntry {
  partnershipId: string;
  waarborgId: string;
  itemId: string;
  text: string;
  sourceContributionIds: string[];
  editedById: string;
  /** The entry the editor started from: none yet, or that version. */
  expected: Expected;
}

export interface DraftRepository {
  /**
   * Saves only when nobody saved this item since the editor read it: two
   * coordinators editing the same item get a conflict with the other's text.
   */
  save(input: SaveDraftEntry): Promise<Versioned<DraftEntry>>;
  get(partnershipId: string, itemId: string): Promise<DraftEntry | null>;
  list(partnershipId: string): Promise<DraftEntry[]>;
}
