// `oefenstand` / `readiness`: per group and waarborg how much was practised,
// the share answered well and how often an answer did not match the draft,
// drawn as progress bars (questions practised of the group's bank).
import { say } from '../../core/messages';
import type { Block } from '../../core/turn';
import { type DrillAnswerRecord, type DrillGroupId, questionsForGroup } from '../../domain/drills';
import { framework } from '../../domain/framework';
import { CONVERSATION_GROUPS } from '../../domain/partnership';
import type { Command, TurnContext } from '../context';
import { drillingFor, groupName } from './participant';

const readinessCommand: Command = {
  names: ['oefenstand', 'readiness'],
  async run(ctx) {
    const found = await drillingFor(ctx);
    if (!found.ok) return found.result;
    const d = found.drilling;
    const t = ctx.texts.drills;
    if (d.role !== 'coordinator') return { messages: [say(t.notCoordinator)] };
    const answers = await ctx.scope.drills.answers(d.partnership.id);
    const unreachable = await unreachableLines(ctx, d.partnership.id);
    if (answers.length === 0) {
      return { messages: [{ blocks: [{ type: 'heading', text: t.readinessTitle }, { type: 'text', text: t.readinessNone }, ...unreachable] }] };
    }
    const groups: DrillGroupId[] = [...CONVERSATION_GROUPS, ...d.groups.map((g) => g.id)];
    const blocks: Block[] = [{ type: 'heading', text: t.readinessTitle }];
    for (const groupId of groups) {
      for (const w of framework.waarborgen) {
        const bank = questionsForGroup(groupId, { own: d.own, groups: d.groups, waarborgId: w.id });
        const mine = answers.filter((a) => a.groupId === groupId && a.waarborgId === w.id);
        if (bank.length === 0 && mine.length === 0) continue;
        const latest = latestPerPersonAndQuestion(mine);
        const practised = new Set(mine.map((a) => a.questionId));
        blocks.push({ type: 'progress', label: t.readinessBar(groupName(ctx, groupId, d.groups), w.name[ctx.locale]), done: practised.size, total: Math.max(bank.length, practised.size) });
        if (mine.length > 0) {
          blocks.push({
            type: 'text',
            text: t.readinessLine({
              answered: practised.size,
              strong: latest.filter((a) => a.strength === 'strong').length,
              mismatches: latest.filter((a) => a.draftMismatch).length,
              people: new Set(mine.map((a) => a.personId)).size,
            }),
          });
        }
      }
    }
    return { messages: [{ blocks: [...blocks, ...unreachable] }] };
  },
};

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Participants whose direct messages failed in the last week (a prompt the platform would not take), with why. */
async function unreachableLines(ctx: TurnContext, partnershipId: string): Promise<Block[]> {
  const participants = await ctx.scope.drills.participants(partnershipId);
  const byUser = new Map(participants.map((p) => [p.platformUserId, p.displayName]));
  const report = await ctx.scope.deliveries.since(new Date(ctx.now.getTime() - WEEK_MS));
  const lines = new Map<string, string>();
  for (const f of report.failed) {
    if (f.to.kind !== 'person') continue;
    const name = byUser.get(f.to.userId);
    if (name && !lines.has(f.to.userId)) lines.set(f.to.userId, `${name}: ${ctx.texts.delivery.reason(f.reason)}`);
  }
  return lines.size === 0 ? [] : [{ type: 'text', text: ctx.texts.drills.readinessUnreachable([...lines.values()]) }];
}

function latestPerPersonAndQuestion(answers: readonly DrillAnswerRecord[]): DrillAnswerRecord[] {
  const latest = new Map<string, DrillAnswerRecord>();
  for (const a of answers) latest.set(`${a.personId}:${a.questionId}`, a);
  return [...latest.values()];
}

export const readinessCommands: readonly Command[] = [readinessCommand];
