// The compiled self-evaluation draft: what the chat overview, the Markdown and
// the .docx are all rendered from, so the three always agree.
import type { Locale } from '../../core/turn';
import type { AssessmentCriterionId, Source, WaarborgId } from '../framework';
import type { ReviewType, Sector } from '../partnership';

export type DraftFormat = 'docx' | 'md';
/** clean: ready to send (no sources, statuses or placeholders); working: with them, for the partnership itself. */
export type DraftVariant = 'clean' | 'working';

/**
 * chosen: the coordinator saved a text. not-chosen: contributions exist, none is
 * in the draft yet. empty: nothing written for the item at all.
 */
export type ItemState = 'chosen' | 'not-chosen' | 'empty';

export interface DraftItem {
  id: string;
  /** 1-based position within its waarborg, as people name it ("kies leeromgeving 2"). */
  number: number;
  /** "2.3": waarborg number and item number. */
  label: string;
  /** The "wat moet minimaal zichtbaar zijn" item, in the draft's language, with its sub-points. */
  text: string;
  details: string[];
  source: Source;
  state: ItemState;
  /** The chosen text (empty unless chosen). */
  chosenText: string;
  editorName: string | null;
  /** The DraftEntry version, for editing; null when nothing was saved. */
  version: number | null;
  contributionCount: number;
  words: number;
  criteriaCovered: AssessmentCriterionId[];
  /** Intention phrases in the chosen text, as written. */
  intentions: string[];
}

export interface DraftWaarborg {
  id: WaarborgId;
  number: number;
  name: string;
  items: DraftItem[];
  words: number;
  wordLimit: number;
  overLimit: boolean;
  chosen: number;
  notChosen: number;
  empty: number;
  intentions: number;
}

export interface Draft {
  locale: Locale;
  partnership: { id: string; name: string; region: string; reviewType: ReviewType; sectors: readonly Sector[]; visitDate: string | null };
  /** yyyy-mm-dd, shown on the title page. */
  date: string;
  wordLimit: number;
  waarborgen: DraftWaarborg[];
  /** The vraagstukken the coordinator selected for the panel, in order (development-oriented review). */
  vraagstukken?: string[];
}
