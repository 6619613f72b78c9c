// The Onderwijsregio's quality lead: follows every partnership of a region in
// this workspace or tenant without a role in any of them. A coordinator of a
// partnership in the region appoints them.

export interface RegionLeadRepository {
  /** Appoints the person with this display name (as the workspace knows them); false when there is none or more than one. */
  appoint(region: string, displayName: string): Promise<boolean>;
  /** The regions this person leads. */
  regionsOf(personId: string): Promise<string[]>;
}
