// `status regio` / `status region`: for the Onderwijsregio's quality lead,
// every partnership of their region(s) in this workspace or tenant, one line
// each: phase, next deadline, chosen draft items. `status regio aanstellen
// <naam>`: a coordinator appoints the lead of their partnership's region.
import { foldCase } from '../../core/text';
import { message, say } from '../../core/messages';
import type { Block } from '../../core/turn';
import type { StepResult, TurnContext } from '../context';
import { currentPartnership } from '../partnership/current';
import { coordinatorNames } from '../partnership/members';
import { loadProgress } from './progress';
import { milestoneName, openDeadlines } from './render';
import { scheduleOf } from './schedule';

const APPOINT = new Set(['aanstellen', 'appoint', 'toevoegen', 'add']);

export async function regionStatus(ctx: TurnContext, args: string): Promise<StepResult> {
  const t = ctx.texts.timeline.status;
  const [word, ...rest] = args.trim().split(/\s+/).slice(1);
  if (word && APPOINT.has(word.toLowerCase())) {
    const found = await currentPartnership(ctx);
    if (!found.ok) return found.result;
    if (found.role !== 'coordinator') return { messages: [say(t.regionOnlyCoordinator(await coordinatorNames(ctx, found.partnership.id)))] };
    const name = rest.join(' ').replace(/^@/, '');
    const appointed = name.length > 0 && (await ctx.scope.regionLeads.appoint(found.partnership.region, name));
    return { messages: [say(appointed ? t.regionAppointed(name, found.partnership.region) : t.regionUnknownPerson(name))] };
  }
  const regions = await ctx.scope.regionLeads.regionsOf(ctx.person.id);
  if (regions.length === 0) return { messages: [say(t.notRegionLead)] };
  const all = await ctx.scope.partnerships.list();
  const blocks: Block[] = [];
  for (const region of regions) {
    const partnerships = all.filter((p) => foldCase(p.region.trim()) === foldCase(region.trim()));
    blocks.push({ type: 'heading', text: t.region(region, partnerships.length) });
    if (partnerships.length === 0) blocks.push({ type: 'text', text: ctx.texts.timeline.status.noneInRegion });
    const lines: string[] = [];
    for (const partnership of partnerships) {
      const schedule = scheduleOf(partnership, await ctx.scope.timelines.get(partnership.id), ctx.now);
      const phase = !schedule ? t.noDates : schedule.currentPhaseId ? ctx.texts.timeline.phase(schedule.currentPhaseId) : schedule.progress === 'finished' ? t.finished : t.notStarted(ctx.texts.timeline.date(schedule.phases[0]!.startDate));
      const next = schedule ? openDeadlines(schedule)[0] : undefined;
      const progress = await loadProgress(ctx.scope, partnership, ctx.locale);
      const nextText = next ? `${ctx.texts.timeline.date(next.date)} ${milestoneName(ctx.texts.timeline, next)}` : t.none;
      lines.push(t.regionLine(partnership.name, phase, nextText, progress.chosen, progress.items));
    }
    if (lines.length > 0) blocks.push({ type: 'text', text: lines.join('\n') });
  }
  return { messages: [message(...blocks)] };
}
