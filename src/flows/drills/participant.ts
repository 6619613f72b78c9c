// Who is drilling: the person's partnership, role, drill group and the group's
// question bank, read once per turn or job.
import {
  type DrillGroupId,
  type DrillPersonState,
  type DrillQuestion,
  type DrillSettings,
  drillGroupOf,
  type OwnDrillGroup,
  questionsForGroup,
  type StoredOwnQuestion,
} from '../../domain/drills';
import { framework, type WaarborgId } from '../../domain/framework';
import type { Locale } from '../../core/turn';
import { CONVERSATION_GROUPS, type PartnerRole, type Partnership } from '../../domain/partnership';
import type { FlowScope, StepResult, TurnContext } from '../context';
import { currentPartnership } from '../partnership/current';

export interface Drilling {
  partnership: Partnership;
  role: PartnerRole;
  personId: string;
  groupId: DrillGroupId;
  groups: OwnDrillGroup[];
  plan: DrillSettings | null;
  state: DrillPersonState;
  own: StoredOwnQuestion[];
  bank: DrillQuestion[];
}

export async function drillingOf(
  scope: FlowScope,
  partnership: Partnership,
  person: { personId: string; role: PartnerRole },
  waarborgId?: WaarborgId,
): Promise<Drilling> {
  const plan = await scope.drills.plan(partnership.id);
  const groups = plan?.groups ?? [];
  const state = await scope.drills.person(partnership.id, person.personId);
  const groupId = drillGroupOf({ role: person.role, ...(state.assignedGroup ? { assignedGroup: state.assignedGroup } : {}) }, groups);
  const own = await scope.drills.questions(partnership.id);
  const bank = questionsForGroup(groupId, { own, groups, ...(waarborgId ? { waarborgId } : {}) });
  return { partnership, role: person.role, personId: person.personId, groupId, groups, plan, state, own, bank };
}

export async function drillingFor(ctx: TurnContext, waarborgId?: WaarborgId): Promise<{ ok: true; drilling: Drilling } | { ok: false; result: StepResult }> {
  const found = await currentPartnership(ctx);
  if (!found.ok) return found;
  return { ok: true, drilling: await drillingOf(ctx.scope, found.partnership, { personId: ctx.person.id, role: found.role }, waarborgId) };
}

/** The channel a group's prompts are posted in (the group's own choice, else the plan's); null: by direct message. */
export function promptChannelOf(plan: DrillSettings | null, groupId: DrillGroupId): string | null {
  if (!plan) return null;
  const own = plan.groupChannels?.[groupId];
  return own !== undefined ? own : plan.channelId;
}

/** A question by id in the whole bank of the partnership (any group): framework or own. */
export function findQuestion(drilling: Pick<Drilling, 'own' | 'groups' | 'groupId'>, id: string): DrillQuestion | undefined {
  const groups: DrillGroupId[] = [drilling.groupId, ...CONVERSATION_GROUPS, ...drilling.groups.map((g) => g.id)];
  for (const groupId of groups) {
    const found = questionsForGroup(groupId, { own: drilling.own, groups: drilling.groups }).find((q) => q.id === id);
    if (found) return found;
  }
  return ownAsQuestion(drilling.own.find((q) => q.id === id && q.status !== 'retired'));
}

function ownAsQuestion(q: StoredOwnQuestion | undefined): DrillQuestion | undefined {
  return q && { origin: 'partnership', id: q.id, groupId: q.groupId, waarborgId: q.waarborgId, text: q.text };
}

/** The group's name in words: the conversation's, or the partnership's own name for its group. */
export function groupName(ctx: { locale: Locale }, groupId: DrillGroupId, groups: readonly OwnDrillGroup[]): string {
  if (groupId.startsWith('own:')) return groups.find((g) => g.id === groupId)?.name ?? groupId.slice(4);
  return framework.practiceQuestions.groups.find((g) => g.id === groupId)?.name[ctx.locale] ?? groupId;
}
