// Vraagstukken: the questions a partnership wants to discuss with the visiting
// panel (development-oriented review, Kwaliteitskader § 3.2, Voorbereidende
// fase). Members propose them; the coordinator selects and orders them.

export interface Vraagstuk {
  id: string;
  /** 1-based, in the order they were proposed: how people name them. */
  number: number;
  text: string;
  proposedBy: string;
  selected: boolean;
  /** Order among the selected ones (1, 2, …); null while not selected. */
  position: number | null;
}

export interface VraagstukRepository {
  propose(partnershipId: string, personId: string, text: string): Promise<Vraagstuk>;
  /** Every one of the partnership, in the order they were proposed. */
  list(partnershipId: string): Promise<Vraagstuk[]>;
  /** Selects exactly these, in this order; every other one is no longer selected. */
  select(partnershipId: string, orderedIds: readonly string[]): Promise<void>;
}

/** The selected ones, in the coordinator's order. */
export function selectedVraagstukken(all: readonly Vraagstuk[]): Vraagstuk[] {
  return all.filter((v) => v.selected).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}
