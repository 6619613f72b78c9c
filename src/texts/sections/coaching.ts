import type { NamedRoleId, WaarborgId } from '../../domain/coaching/types';

/**
 * Every sentence the coaching shows a user, one object per language with this
 * shape (`src/texts/nl/coaching.ts`, `src/texts/en/coaching.ts`). The coaching
 * returns follow-ups as codes; `followUpPrompt` (`src/texts/follow-up.ts`)
 * words them with these.
 */
export interface CoachingPrompts {
  /** The answer was empty; `waarborg` is the waarborg's name. */
  askAnswer: (waarborg: string) => string;
  /** Intentions found; quotes the first intention phrase as the user wrote it. */
  askCurrentPractice: (phrase: string) => string;
  /** No concrete student example (or too general). */
  askStudentExample: string;
  /** The same, asked of a student: a moment they lived themselves. */
  askOwnExperience: string;
  /** No jointness; `named` are the roles the answer names (already with article), may be empty. */
  askPartners: (named: readonly string[]) => string;
  /** No link to another waarborg; `others` are the other three, with a hint each. */
  askCoherence: (others: ReadonlyArray<{ name: string; hint: string }>) => string;
  /** One question per waarborg to hint how it could be linked. */
  coherenceHints: Record<WaarborgId, string>;
  /** Role names with article, as used in a sentence ("de schoolopleider"). */
  roleNames: Record<NamedRoleId, string>;
  /** Joins a list: "a, b en c" / "a, b and c". */
  list: (items: readonly string[]) => string;
}
