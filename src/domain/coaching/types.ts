import type { AssessmentCriterionId, WaarborgId } from '../framework';

/**
 * Plain result types of the coaching analysis. Everything here is produced by our
 * own code, so it needs no runtime validation; the only outside input (the
 * context) is parsed with zod in `schema.ts`.
 *
 * Offsets are UTF-16 indices (JavaScript string indices) into `Analysis.text`,
 * `end` exclusive, so `text.slice(start, end)` gives the phrase back.
 */

export type { AssessmentCriterionId, WaarborgId };

/** A stretch of the answer. */
export interface Span {
  start: number;
  end: number;
  /** The original text of the stretch (not folded). */
  text: string;
}

/** A sentence with its position in the answer (0-based index in `Analysis.sentences`). */
export interface Sentence extends Span {
  index: number;
}

/** One place where a cue matched. */
export interface CueMatch extends Span {
  /** Which cue in the cue list matched (stable id, for explanations and tests). */
  cueId: string;
  /** Index of the sentence the match starts in. */
  sentenceIndex: number;
}

// ---------------------------------------------------------------------------
// Intentions
// ---------------------------------------------------------------------------

/** A statement of intention ("we willen", "volgend jaar") instead of current practice. */
export interface IntentionHit extends CueMatch {
  /** The matched phrase as written (same as `text`). */
  phrase: string;
  /** The sentence the phrase is in. */
  sentence: Sentence;
}

// ---------------------------------------------------------------------------
// Negation
// ---------------------------------------------------------------------------

/**
 * `negation`: the clause says something does not happen ("nooit", "geen", "not");
 * `not-yet`: it does not happen yet ("nog niet", "not yet");
 * `only`: it happens in one place or on one side only ("alleen op de hogeschool").
 */
export type NegationKind = 'negation' | 'not-yet' | 'only';

/** A negation word (the match) and the stretch it says something about (`scope`). */
export interface NegationHit extends CueMatch {
  kind: NegationKind;
  scope: Span;
  /** Subordinate or relative clauses inside the scope that the negation does not reach. */
  except?: Array<{ start: number; end: number }>;
}

// ---------------------------------------------------------------------------
// Concrete details
// ---------------------------------------------------------------------------

/**
 * Kinds of concrete detail: `who` (a named role), `what` (a named activity,
 * moment or instrument), `when` (a date, period or frequency), `quantity` (a number).
 */
export type DetailKind = 'who' | 'what' | 'when' | 'quantity';

export interface DetailMatch extends CueMatch {
  kind: DetailKind;
}

// ---------------------------------------------------------------------------
// Student example
// ---------------------------------------------------------------------------

/**
 * Signals that, next to a student subject, make a sentence a concrete student example:
 * - `testimony`: what a student said or experienced ("een student vertelde")
 * - `example-marker`: "bijvoorbeeld", sentence-initial "Zo", "neem"
 * - `moment`: a named activity or moment (lesbezoek, intervisie, portfolio)
 * - `time-or-number`: a date, frequency or number
 * - `student-action`: the student does something concrete ("de student bereidt", "vullen studenten")
 */
export type StudentSignal =
  | 'testimony'
  | 'example-marker'
  | 'moment'
  | 'time-or-number'
  | 'student-action'
  // signals of an example by any actor (`activity-example.ts`)
  | 'actor'
  | 'co-actor'
  | 'activity'
  | 'where'
  | 'past-event'
  | 'instrument';

export interface StudentSignalMatch extends CueMatch {
  signal: StudentSignal;
}

export interface StudentExampleEvidence {
  /** The sentence naming the student (and the next one when it continues with "zij/hij"). */
  sentences: Sentence[];
  /**
   * The student term that matched ("een tweedejaars student", "zij-instromer"); for
   * reason `activity`, the actor acting ("de stuurgroep", "we") or else the activity.
   */
  student: CueMatch;
  signals: StudentSignalMatch[];
  /**
   * Why it counts: a student's testimony on its own, a student with at least two other
   * signals, or (`activity`) any actor or named activity with at least three signals.
   */
  reason: 'testimony' | 'two-signals' | 'activity';
}

// ---------------------------------------------------------------------------
// Partners
// ---------------------------------------------------------------------------

export const PARTNER_ROLE_IDS = [
  'schoolopleider',
  'instituutsopleider',
  'werkplekbegeleider',
  'opleidingsschool',
  'schoolleider',
  'lerarenopleiding',
  'bestuur',
  'stuurgroep',
  'werkgroep',
  'coordinator',
  'hr',
  'student',
  'joint',
] as const;
/**
 * Canonical partner/role ids. `joint` stands for an explicit joint word
 * ("samen", "gezamenlijk", "beide partners"), not for a role.
 */
export type PartnerRoleId = (typeof PARTNER_ROLE_IDS)[number];

/** Roles that can be named back to the person (not the joint words). */
export type NamedRoleId = Exclude<PartnerRoleId, 'joint'>;

export interface PartnerMention extends CueMatch {
  role: PartnerRoleId;
  /**
   * Whether the role carries the practice: always for a named role; for students and
   * schools only in the place of an actor, not as the object ("we begeleiden studenten").
   */
  carries: boolean;
  /** Whether it stands in the place of an actor in its clause (not after "voor", "aan", "op" …). */
  asActor: boolean;
}

// ---------------------------------------------------------------------------
// Coherence
// ---------------------------------------------------------------------------

export interface CoherenceMention extends CueMatch {
  waarborgId: WaarborgId;
}

// ---------------------------------------------------------------------------
// Criteria and follow-ups
// ---------------------------------------------------------------------------

export const CRITERION_REASONS = [
  // concrete
  'specific-details',
  'details-with-student-example',
  'details-with-example',
  'too-general',
  // coherence
  'links-other-waarborg',
  'no-link',
  // practice
  'current-practice-with-example',
  'current-practice-with-detail',
  'only-intentions',
  'no-practice-detail',
  // jointness
  'both-partner-sides',
  'joint-wording',
  'separate-work',
  'partners-not-together',
  'no-partners',
  // practice, concrete, jointness: the evidence is in a sentence that says it does not happen
  'negated',
  'not-yet',
  // any
  'empty-answer',
] as const;
export type CriterionReason = (typeof CRITERION_REASONS)[number];

/** A criterion the answer covers (or not), with a short reason code. */
export interface CriterionResult {
  id: AssessmentCriterionId;
  reason: CriterionReason;
  /** Sentence indices the judgement rests on (empty when not covered). */
  sentenceIndices: number[];
}

export const FOLLOW_UP_IDS = [
  'ask-answer',
  'ask-current-practice',
  'ask-student-example',
  'ask-partners',
  'ask-coherence',
] as const;
export type FollowUpId = (typeof FOLLOW_UP_IDS)[number];

/** The gap that triggered a follow-up: a criterion reason, `intentions` or `no-student-example`. */
export type FollowUpReason = CriterionReason | 'intentions' | 'no-student-example';

/**
 * A follow-up question as a code with what it needs to be asked; `src/texts`
 * turns it into a sentence (`followUpPrompt`). Flow state stores it as it is.
 */
export type FollowUp =
  /** The answer was empty: ask for one about this waarborg. */
  | { id: 'ask-answer'; reason: FollowUpReason; waarborgId: WaarborgId }
  /** Intentions stand in for practice: quote the first intention phrase as written. */
  | { id: 'ask-current-practice'; reason: FollowUpReason; phrase: string }
  | { id: 'ask-student-example'; reason: FollowUpReason }
  /** No jointness: `roles` are the roles the practice sentences name (no students), may be empty. */
  | { id: 'ask-partners'; reason: FollowUpReason; roles: NamedRoleId[] }
  /** No link to another waarborg: `others` are the other three, in framework order. */
  | { id: 'ask-coherence'; reason: FollowUpReason; others: WaarborgId[] };

// ---------------------------------------------------------------------------
// The analysis
// ---------------------------------------------------------------------------

export interface Analysis {
  waarborgId: WaarborgId;
  /** The analysed text (Unicode NFC of the input); all offsets refer to it. */
  text: string;
  /** True when the answer has no letters or digits. */
  isEmpty: boolean;
  sentences: Sentence[];
  /** Statements of intention, in text order, not overlapping. */
  intentions: IntentionHit[];
  /** Negations and "alleen …" with their scope; evidence in a negation's scope does not count. */
  negations: NegationHit[];
  hasStudentExample: boolean;
  /** Why `hasStudentExample` is true (empty when false). */
  studentExamples: StudentExampleEvidence[];
  /** Distinct roles named anywhere in the answer, in `PARTNER_ROLE_IDS` order. */
  partnersNamed: PartnerRoleId[];
  partnerMentions: PartnerMention[];
  /** Whether the answer links to another waarborg. */
  coherenceMentioned: boolean;
  /** The other waarborgen it links to, in framework order (never the one answered). */
  linkedWaarborgen: WaarborgId[];
  coherenceMentions: CoherenceMention[];
  /** Concrete details (who, what, when, quantity). */
  details: DetailMatch[];
  /** Criteria the answer already covers, in framework order, each with a reason. */
  criteria: CriterionResult[];
  /** Criteria it does not cover yet, with the reason. */
  missingCriteria: CriterionResult[];
  /** At most two follow-up questions, most important first. */
  followUps: FollowUp[];
}
