// `oefenstand` / `readiness`: per group and waarborg how much was practised,
// the share answered well and how often an answer did not match the draft,
// drawn as progress bars (questions practised of the group's bank).
import { say } from '../../core/messages';
import type { Block, Locale } from '../../core/turn';
import { type DrillAnswerRecord, type DrillGroupId, questionsForGroup } from '../../domain/drills';
import { framework } from '../../domain/framework';
import { CONVERSATION_GROUPS, type Partnership } from '../../domain/partnership';
import { textsFor } from '../../texts';
import type { Command, FlowScope, TurnContext } from '../context';
import { currentPartnership } from '../partnership/current';
import { groupName } from './participant';

const readinessCommand: Command = {
  names: ['oefenstand', 'readiness'],
  async run(ctx) {
    const found = await currentPartnership(ctx);
    if (!found.ok) return found.result;
    const t = ctx.texts.drills;
    if (found.role !== 'coordinator') return { messages: [say(t.notCoordinator)] };
    const bars = await drillReadinessBlocks(ctx.scope, found.partnership, ctx.locale);
    const unreachable = await unreachableLines(ctx, found.partnership.id);
    const body: Block[] = bars.length > 0 ? bars : [{ type: 'text', text: t.readinessNone }];
    return { messages: [{ blocks: [{ type: 'heading', text: t.readinessTitle }, ...body, ...unreachable] }] };
  },
};

/**
 * Readiness bars per group and waarborg (questions practised of the group's bank) with a
 * line each: how many people, how many answers strong, how often one did not match the
 * draft. Empty when nobody practised yet. Also the weekly digest's (src/flows/timeline/digest.ts).
 */
export async function drillReadinessBlocks(scope: FlowScope, partnership: Partnership, locale: Locale): Promise<Block[]> {
  const t = textsFor(locale).drills;
  const answers = await scope.drills.answers(partnership.id);
  if (answers.length === 0) return [];
  const plan = await scope.drills.plan(partnership.id);
  const own = plan?.groups ?? [];
  const ownQuestions = await scope.drills.questions(partnership.id);
  const groups: DrillGroupId[] = [...CONVERSATION_GROUPS, ...own.map((g) => g.id)];
  const blocks: Block[] = [];
  for (const groupId of groups) {
    for (const w of framework.waarborgen) {
      const bank = questionsForGroup(groupId, { own: ownQuestions, groups: own, waarborgId: w.id });
      const mine = answers.filter((a) => a.groupId === groupId && a.waarborgId === w.id);
      if (bank.length === 0 && mine.length === 0) continue;
      const latest = latestPerPersonAndQuestion(mine);
      const practised = new Set(mine.map((a) => a.questionId));
      blocks.push({ type: 'progress', label: t.readinessBar(groupName({ locale }, groupId, own), w.name[locale]), done: practised.size, total: Math.max(bank.length, practised.size) });
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
  return blocks;
}

function latestPerPersonAndQuestion(answers: readonly DrillAnswerRecord[]): DrillAnswerRecord[] {
  const latest = new Map<string, DrillAnswerRecord>();
  for (const a of answers) latest.set(`${a.personId}:${a.questionId}`, a);
  return [...latest.values()];
}

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

export const readinessCommands: readonly Command[] = [readinessCommand];
