// The reflection flow's buttons. Each carries what it is about (the waarborg,
// the item, the follow-up), so a press can be checked against the state: a
// button from an earlier question must not skip the current one.
import type { Choice } from '../../core/turn';
import { FLOW } from './state';

export const ACTIONS = {
  start: `${FLOW}.start`,
  continue: `${FLOW}.continue`,
  skip: `${FLOW}.skip`,
  back: `${FLOW}.back`,
  pause: `${FLOW}.pause`,
  decline: `${FLOW}.decline`,
  conflict: `${FLOW}.conflict`,
  /** Leaves the reflection open here for another waarborg (the value is that waarborg's id). */
  switch: `${FLOW}.switch`,
  /** Opens the edit form of an answered item (the value is its id). */
  edit: `${FLOW}.edit`,
} as const;

/** `edit`: the edit form, prefilled with both texts. */
export type ConflictChoice = 'keep' | 'mine' | 'both' | 'edit';
const CONFLICT_CHOICES: readonly string[] = ['keep', 'mine', 'both', 'edit'];

// Item ids and follow-up ids hold no "|", so it separates safely.
const SEPARATOR = '|';

export function button(label: string, action: string, ...parts: string[]): Choice {
  return { label, action, value: parts.join(SEPARATOR) };
}

/** The parts of a pressed button's value. */
export function parts(value: string): string[] {
  return value.split(SEPARATOR);
}

export function isConflictChoice(value: string): value is ConflictChoice {
  return CONFLICT_CHOICES.includes(value);
}
