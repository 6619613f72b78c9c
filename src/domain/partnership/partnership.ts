import type { PartnerRole } from './roles';

export const SECTORS = ['PO', 'VO', 'MBO'] as const;
export type Sector = (typeof SECTORS)[number];

/** assessment: beoordelingsgericht (aspirant-partnerschap); development: ontwikkelingsgericht (erkend). */
export const REVIEW_TYPES = ['assessment', 'development'] as const;
export type ReviewType = (typeof REVIEW_TYPES)[number];

export interface Partnership {
  id: string;
  name: string;
  region: string;
  sectors: Sector[];
  reviewType: ReviewType;
  /** yyyy-mm-dd */
  visitDate: string | null;
  updatesChannelId: string | null;
  wordLimitPerWaarborg: number;
  version: number;
}

export interface Member {
  personId: string;
  /** Their id on the platform: a direct message goes there. */
  platformUserId: string;
  /** The language they chose, when they chose one. */
  locale: string | null;
  displayName: string;
  role: PartnerRole;
}
