import type { ConversationGroup } from '../partnership';

/**
 * Plain result types of the consistency check. The input is what the three
 * visit-day groups (students, teacher educators, board members) wrote about one
 * "wat moet minimaal zichtbaar zijn" item.
 */

export type { ConversationGroup };

/** Where an answer was written: a reflection (`reflectie`) or a drill answer (`oefenen`, `proefbezoek`). */
export type AnswerSource = 'reflection' | 'drill';

/** One person's answer, already placed in the conversation group of their role. */
export interface GroupAnswer {
  group: ConversationGroup;
  author: string;
  text: string;
  /** Carried into the statements and evidence, so a view can say where a sentence was written. */
  source?: AnswerSource;
}

export const KEY_TERM_IDS = [
  'beroepsbeeld',
  'bekwaamheden',
  'leeruitkomsten',
  'visie',
  'uitgangspunten',
  'draagvlak',
  'programma',
  'samenwerking',
  'doelen',
  'feedback',
  'beoordeling',
  'werkplek',
  'begeleiding',
  'overleg',
  'besluitvorming',
  'afspraken',
  'verantwoordelijkheden',
  'structuur',
  'professionalisering',
  'kwaliteitszorg',
  'basiskwaliteit',
  'kwaliteitsgesprek',
  'evaluatie',
  'gegevens',
  'verbetering',
] as const;
/** The key concepts the check knows; `src/texts` names each in words. */
export type KeyTermId = (typeof KEY_TERM_IDS)[number];

/** A key concept of an item ("programma", "visie") with the wordings that name it. */
export interface KeyTerm {
  id: KeyTermId;
  /**
   * Folded wordings (lower case, no diacritics). Plain: found inside a word too, so
   * compounds count ("opleidingsprogramma"). With a leading `=`: whole words only.
   */
  patterns: readonly string[];
  /** Whole words that contain a pattern but mean something else ("supervisie"). */
  except?: readonly string[];
}

/**
 * What a stretch of an answer says about a key term:
 * - `present`: states it as it is (no negation, no intention)
 * - `absent`: says it is not there, not yet, or not known ("nog niet", "geen", "weten we niet")
 * - `intention`: only states a wish or plan (cue from the coaching's intention list)
 */
export type Stance = 'present' | 'absent' | 'intention';

/** One stretch of an answer about one or more key terms, with the stance it takes. */
export interface Statement {
  group: ConversationGroup;
  author: string;
  /** The whole sentence, as written, for quoting. */
  sentence: string;
  stance: Stance;
  /** Key term ids named in the stretch. */
  termIds: KeyTermId[];
  /** The words that gave the stance away ("nog niet", "willen we"); absent for `present`. */
  cue?: string;
  source?: AnswerSource;
}

export type ContradictionKind =
  /** One group describes it as practice, another says it is not there (yet) or not known. */
  | 'present-vs-absent'
  /** One group describes it as practice, another only as a plan or wish. */
  | 'present-vs-intention';

/** Evidence one group gives: the first statement of that stance on the shared terms. */
export interface Evidence {
  group: ConversationGroup;
  author: string;
  sentence: string;
  cue?: string;
  source?: AnswerSource;
}

/** Two groups that may contradict each other about the same key terms of an item. */
export interface Contradiction {
  kind: ContradictionKind;
  /** The key terms both groups speak about with opposite stances, in the item's order. */
  terms: KeyTerm[];
  /** The group that describes it as in place. */
  inPlace: Evidence;
  /** The group that says it is absent, or only intends it. */
  other: Evidence;
}

export interface ItemCheck {
  itemId: string;
  /** The key terms the check looked for. */
  terms: KeyTerm[];
  /** Groups that wrote nothing about the item, in the order students, teacher educators, board members. */
  silentGroups: ConversationGroup[];
  contradictions: Contradiction[];
}
