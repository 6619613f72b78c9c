// Who may do what: every member reads and downloads the draft; only a
// coordinator chooses and edits its texts.
import { say } from '../../core/messages';
import type { PartnerRole, Partnership } from '../../domain/partnership';
import type { StepResult, TurnContext } from '../context';
import { currentPartnership } from '../partnership/current';

export type Access = { ok: true; partnership: Partnership; role: PartnerRole } | { ok: false; result: StepResult };

export async function member(ctx: TurnContext): Promise<Access> {
  return currentPartnership(ctx);
}

export async function coordinator(ctx: TurnContext): Promise<Access> {
  const found = await currentPartnership(ctx);
  if (found.ok && found.role !== 'coordinator') return { ok: false, result: { messages: [say(ctx.texts.draft.errors.notCoordinator)] } };
  return found;
}
