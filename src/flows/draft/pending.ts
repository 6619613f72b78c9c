// Conflicts waiting for a "keep mine / keep theirs" answer, kept in the flow
// state per item: "mine" may be longer than a button can carry (Slack: 2,000
// characters), and it must survive until the coordinator decides.
import { z } from 'zod';
import type { FlowState, StepResult } from '../context';
import { FLOW } from './names';

const pendingSchema = z.record(
  z.string(),
  z.object({ text: z.string(), version: z.number().int().nullable(), sources: z.array(z.string()) }),
);

export type Pending = z.infer<typeof pendingSchema>;

export function pendingOf(state: FlowState | null): Pending {
  if (state?.flow !== FLOW) return {};
  const parsed = pendingSchema.safeParse(state.data.pending);
  return parsed.success ? parsed.data : {};
}

/**
 * The state to leave behind. Only our own state is ever cleared: a null `state`
 * may mean another flow is open here, and that one must stay.
 */
export function stateWith(state: FlowState | null, pending: Pending): StepResult['state'] {
  if (Object.keys(pending).length > 0) return { step: 'conflict', data: { pending } };
  return state?.flow === FLOW ? null : undefined;
}
