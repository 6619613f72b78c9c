// The coordinator's say in who drills which group: `oefenplan groep <g> lid
// <naam>` puts a participant in a group (over their role's default, as `mijn
// groep` does for oneself), `oefenplan groep standaard lid <naam>` puts them
// back; `oefenplan groepen` lists the groups with their members and where
// their prompts go. The run then asks each person their group's questions.
import { say } from '../../core/messages';
import { foldCase } from '../../core/text';
import type { DrillGroupId, DrillParticipant } from '../../domain/drills';
import { drillGroupOf } from '../../domain/drills';
import { CONVERSATION_GROUPS, type Partnership, type PartnerRole } from '../../domain/partnership';
import type { StepResult, TurnContext } from '../context';
import { groupName, promptChannelOf } from './participant';
import { findGroup } from './words';

const MEMBER_WORDS = ['lid', 'member', 'deelnemer'];
const DEFAULT_WORDS = ['standaard', 'default', 'rol', 'role'];

type Found = { ok: true; who: DrillParticipant } | { ok: false; result: StepResult };

/** The participant named `given`: the whole name, else the only one whose name has a word starting so. */
function findParticipant(ctx: TurnContext, participants: readonly DrillParticipant[], given: string): Found {
  const wanted = foldCase(given.replace(/^@/, '').trim());
  const exact = participants.filter((p) => foldCase(p.displayName) === wanted || foldCase(p.platformUserId) === wanted);
  const near = exact.length > 0 ? exact : participants.filter((p) => foldCase(p.displayName).startsWith(wanted) || foldCase(p.displayName).split(/\s+/).includes(wanted));
  const t = ctx.texts.drills;
  if (near.length === 1) return { ok: true, who: near[0]! };
  if (near.length > 1) return { ok: false, result: { messages: [say(t.memberAmbiguous(given.slice(0, 40), near.map((p) => p.displayName)))] } };
  return { ok: false, result: { messages: [say(t.memberUnknown(given.slice(0, 40), participants.map((p) => p.displayName)))] } };
}

/**
 * `groep <g> lid <naam>` and `groepen`; undefined when `args` is neither (the plan's other words).
 * Changes are the coordinator's; the list is everyone's.
 */
export async function membershipCommand(ctx: TurnContext, partnership: Partnership, role: PartnerRole, args: string): Promise<StepResult | undefined> {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const first = foldCase(words[0] ?? '');
  if (['groepen', 'groups'].includes(first) && words.length === 1) return listGroups(ctx, partnership);
  const memberAt = words.findIndex((w) => MEMBER_WORDS.includes(foldCase(w)));
  if (!['groep', 'group'].includes(first) || memberAt < 2) return undefined;
  const t = ctx.texts.drills;
  if (role !== 'coordinator') return { messages: [say(t.notCoordinator)] };
  const groupWords = words.slice(1, memberAt).join(' ');
  const name = words.slice(memberAt + 1).join(' ');
  if (!name) return { messages: [say(t.memberUsage)] };
  const plan = await ctx.scope.drills.plan(partnership.id);
  const own = plan?.groups ?? [];
  const reset = DEFAULT_WORDS.includes(foldCase(groupWords));
  const groupId = reset ? null : findGroup(groupWords, own);
  if (!reset && !groupId) return { messages: [say(t.unknownGroupOrWaarborg(groupWords.slice(0, 40)))] };
  const participants = await ctx.scope.drills.participants(partnership.id);
  const found = findParticipant(ctx, participants, name);
  if (!found.ok) return found.result;
  const who = found.who;
  const state = await ctx.scope.drills.person(partnership.id, who.personId);
  await ctx.scope.drills.savePerson(partnership.id, { ...state, assignedGroup: groupId ?? null });
  const now = drillGroupOf({ role: who.role, ...(groupId ? { assignedGroup: groupId } : {}) }, own);
  const named = groupName(ctx, now, own);
  return { messages: [say(reset ? t.memberReset(who.displayName, named) : t.memberSet(who.displayName, named))] };
}

async function listGroups(ctx: TurnContext, partnership: Partnership): Promise<StepResult> {
  const t = ctx.texts.drills;
  const plan = await ctx.scope.drills.plan(partnership.id);
  const own = plan?.groups ?? [];
  const members = new Map<DrillGroupId, Array<{ name: string; assigned: boolean }>>();
  // One read of everyone's state (person() would create and lock each row: a listing changes nothing).
  const assigned = new Map((await ctx.scope.drills.people(partnership.id)).map((state) => [state.personId, state.assignedGroup]));
  for (const p of await ctx.scope.drills.participants(partnership.id)) {
    const assignedGroup = assigned.get(p.personId) ?? null;
    const groupId = drillGroupOf({ role: p.role, ...(assignedGroup ? { assignedGroup } : {}) }, own);
    members.set(groupId, [...(members.get(groupId) ?? []), { name: p.displayName, assigned: assignedGroup !== null && assignedGroup === groupId }]);
  }
  const groups: DrillGroupId[] = [...CONVERSATION_GROUPS, ...own.map((g) => g.id)];
  const lines = groups.map((g) => t.groupLine(groupName(ctx, g, own), members.get(g) ?? [], promptChannelOf(plan, g) ? 'channel' : 'dm'));
  return { messages: [{ blocks: [{ type: 'heading', text: t.groupsTitle }, { type: 'text', text: lines.join('\n') }, { type: 'text', text: t.memberUsage }] }] };
}
