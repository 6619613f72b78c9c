// `status regio`: for the Onderwijsregio's quality lead, every partnership of
// their region in this workspace or tenant: phase, next deadline, readiness.
import { say } from '../../core/messages';
import type { StepResult, TurnContext } from '../context';

export async function regionStatus(ctx: TurnContext): Promise<StepResult> {
  return { messages: [say(ctx.texts.timeline.status.notRegionLead)] };
}
