import type { AssessmentCriterionId, CriterionReason } from '../../domain/coaching/types';

/**
 * Texts of the reflection capability (`reflectie`: walking a person through the
 * items of a waarborg); values in src/texts/nl/reflection.ts and src/texts/en/reflection.ts.
 * Waarborg names, item texts and what the committee looks for come from the framework data.
 */
export interface ReflectionTexts {
  // Choosing a waarborg
  overviewTitle: string;
  overviewIntro: string;
  progressTitle: string;
  /** Label of a waarborg's progress bar; `others` = contributions by other people. */
  waarborgProgress: (waarborg: string, others: number) => string;
  /** Button to start or resume a waarborg. */
  waarborgButton: (waarborg: string, done: number, total: number) => string;
  chooseWaarborg: string;
  unknownWaarborg: (given: string) => string;
  /** Under the progress overview when a reflection is open in this place. */
  openNow: (waarborg: string, item: number, total: number) => string;
  start: (waarborg: string, total: number) => string;

  // One item
  itemHeading: (waarborg: string, item: number, total: number) => string;
  theme: (names: readonly string[]) => string;
  lookFor: (hint: string) => string;
  /** Other people's contributions to this item, already as "name (role)". */
  othersWrote: (people: readonly string[]) => string;
  person: (name: string, role: string) => string;
  yourAnswer: string;
  answerPrompt: string;
  answerAgainPrompt: string;
  progressLabel: (waarborg: string) => string;
  skipButton: string;
  backButton: string;
  pauseButton: string;
  continueButton: string;

  // After an answer
  saved: (name: string, role: string) => string;
  added: string;
  criteriaTitle: string;
  criterionLine: (covered: boolean, name: string, reason: string) => string;
  reasons: Record<CriterionReason, string>;
  /** Reason for a covered coherence criterion, naming the waarborgen it links to. */
  linkedWith: (waarborgen: readonly string[]) => string;
  /** Another waarborg asked for while one is open here: which to keep. */
  switchAsk: (open: string, item: number, wanted: string) => string;
  switchKeep: (open: string) => string;
  switchTo: (wanted: string) => string;
  /** Where only mentions reach the bot: the reflection goes on in a personal conversation. */
  movedToPrivate: string;
  /** The direct message that follows, with its start button; `waarborg` when one was named. */
  privateStart: (waarborg: string | undefined) => string;
  privateStartButton: string;
  /** Above a follow-up: the item it is about. */
  followUpFor: (waarborg: string, item: number, total: number) => string;
  followUpHint: string;
  /** After "ik weet het niet": noted as an answer, nothing asked. */
  dontKnowNoted: string;
  /** Above an item, for a student or a board member: the item asked from where they stand. */
  perspectiveTitle: string;
  perspective: Record<'students' | 'board-members', Record<string, string>>;
  declineButton: string;
  declined: string;
  emptyFollowUp: string;
  tooLongTogether: (max: number) => string;

  // Moving around
  skipped: (item: number) => string;
  keptAnswer: (item: number) => string;
  firstItem: string;
  paused: (waarborg: string, item: number) => string;
  pausedReminder: string;
  resumed: (waarborg: string, item: number) => string;
  stopped: string;
  notOpen: string;
  staleButton: string;
  staleNoReflection: string;
  reviseWhich: string;
  reviseBadNumber: (given: string, total: number) => string;

  // Same person, same item, changed in two places
  conflictTitle: string;
  conflictStored: string;
  conflictYours: string;
  conflictQuestion: string;
  conflictPending: string;
  keepStoredButton: string;
  useMineButton: string;
  addMineButton: string;
  keepBothButton: string;
  keptStored: string;
  /** The conflict choice that opens the edit form with both texts in it. */
  mergeEditButton: string;

  // Editing an answer in a form, prefilled with what is stored
  /** The form's title (a Slack modal title: at most 24 characters). */
  editTitle: string;
  editSubmit: string;
  editField: (label: string, item: string) => string;
  editTooLong: (max: number) => string;
  editChoose: string;
  editButton: (label: string) => string;
  editNothing: (label: string) => string;
  editUnchanged: (label: string) => string;
  editEmpty: string;
  /** An answer edited from a channel: the form, the confirmation and a conflict go to the person. */
  editFormSentPrivately: string;
  editSavedPrivately: (label: string) => string;
  editChangedPrivately: (label: string) => string;

  // End of a waarborg
  summaryTitle: (waarborg: string) => string;
  summaryCounts: (answered: number, skipped: number, open: number, total: number) => string;
  summaryItem: (item: number, text: string, status: string) => string;
  statusSkipped: string;
  statusOpen: string;
  /** One criterion in the summary: `✓ concreet`. */
  criterionMark: (covered: boolean, name: string) => string;
  criterionShort: Record<AssessmentCriterionId, string>;
  summaryRevise: string;
  otherWaarborgen: string;
  finishedHint: (waarborg: string) => string;

  list: (items: readonly string[]) => string;
}
