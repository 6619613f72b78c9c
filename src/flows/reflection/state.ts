// The reflection flow's conversation state: everything needed to carry on
// after a pause or a restart. It is read back from the database, so it is
// parsed, not trusted: a row from an older deploy that no longer fits is ignored.
import { z } from 'zod';
import { FOLLOW_UP_IDS, followUpSchema, type FollowUp, type FollowUpId } from '../../domain/coaching';
import { waarborgIdSchema, type WaarborgId } from '../../domain/framework';
import type { FlowState, StepResult } from '../context';

export const FLOW = 'reflection';

/** Where the person is: answering an item, answering a follow-up, choosing after a conflict, paused, or at the summary. */
export const STEPS = ['answer', 'follow-up', 'conflict', 'paused', 'done'] as const;
export type Step = (typeof STEPS)[number];

const conflictSchema = z.object({ typed: z.string(), mode: z.enum(['replace', 'append']) });

const dataSchema = z.object({
  partnershipId: z.string(),
  waarborgId: waarborgIdSchema,
  /** 0-based index into the waarborg's minimum items. */
  index: z.int().min(0),
  /** Version of the person's contribution to this item when it was read; null when there was none. */
  version: z.int().nullable(),
  /** Follow-ups already asked, per item id: never asked twice. */
  asked: z.record(z.string(), z.array(z.enum(FOLLOW_UP_IDS))),
  /** Follow-ups asked since the last answer to the item itself. */
  round: z.int().min(0),
  /** The follow-up being asked, as the coaching's code: worded when shown, in the language of that turn. */
  followUp: followUpSchema.nullable(),
  /** Item ids skipped in this session (they stay open). */
  skipped: z.array(z.string()),
  conflict: conflictSchema.nullable(),
  pausedFrom: z.enum(['answer', 'follow-up', 'conflict']).nullable(),
});

export type ReflectionData = z.infer<typeof dataSchema>;
export type PendingFollowUp = FollowUp;
export type PendingConflict = z.infer<typeof conflictSchema>;
export type ReflectionState = ReflectionData & { step: Step };

export function readState(stored: FlowState | null): ReflectionState | null {
  if (!stored || stored.flow !== FLOW || !(STEPS as readonly string[]).includes(stored.step)) return null;
  const parsed = dataSchema.safeParse(stored.data);
  return parsed.success ? { ...parsed.data, step: stored.step as Step } : null;
}

export function freshState(partnershipId: string, waarborgId: WaarborgId, asked: ReflectionData['asked'] = {}): ReflectionState {
  return {
    step: 'answer',
    partnershipId,
    waarborgId,
    index: 0,
    version: null,
    asked,
    round: 0,
    followUp: null,
    skipped: [],
    conflict: null,
    pausedFrom: null,
  };
}

/** The engine's shape for a new state of this flow. */
export function toStored({ step, ...data }: ReflectionState): NonNullable<StepResult['state']> {
  return { step, data };
}

export function askedFor(state: ReflectionState, itemId: string): readonly FollowUpId[] {
  return state.asked[itemId] ?? [];
}
