// Starting: the overview of the four waarborgen, and `reflectie <waarborg>`
// at the first item the person has not answered.
import { message, say } from '../../core/messages';
import type { Block } from '../../core/turn';
import { getWaarborg, type Waarborg } from '../../domain/framework';
import type { StepResult, TurnContext } from '../context';
import { currentPartnership } from '../partnership/current';
import { ACTIONS, button } from './buttons';
import { contributionsTo, progressPerWaarborg } from './contributions';
import { resume } from './moves';
import { withOpen } from './open-reflection';
import { editButtons } from './edit-form';
import { firstUnansweredIndex } from './navigation';
import { progressBlocks, waarborgButtons } from './render-overview';
import { openSession } from './session';
import { finish, showItem } from './show';
import { freshState, type ReflectionState } from './state';

/**
 * `replace`: the person chose to leave the reflection open here. Without it, a
 * paused reflection of the same waarborg is picked up where it was, and one of
 * another waarborg that is paused or waits on a follow-up or a conflict is never
 * closed silently: the person is asked which to keep.
 */
export async function startWaarborg(ctx: TurnContext, waarborg: Waarborg, previous: ReflectionState | null, options: { replace?: boolean } = {}): Promise<StepResult> {
  const current = await currentPartnership(ctx);
  if (!current.ok) return current.result;
  const { partnership, role } = current;
  const open = previous?.partnershipId === partnership.id && previous.step !== 'done' ? previous : null;
  if (open && !options.replace) {
    if (open.waarborgId === waarborg.id && open.step === 'paused') return withOpen(ctx, open, resume);
    // Only what would be lost is asked about: a pause, a follow-up or a conflict waiting here
    // (at a plain question, the answers are kept and the waarborg starts again at its first open item).
    if (open.waarborgId !== waarborg.id && open.step !== 'answer') return askWhichToKeep(ctx, open, waarborg);
  }
  // Follow-ups asked earlier in this place stay asked.
  const asked = previous?.partnershipId === partnership.id ? previous.asked : {};
  const session = openSession(ctx, partnership, role, freshState(partnership.id, waarborg.id, asked));
  const written = await contributionsTo(ctx, partnership.id, waarborg.id);
  const index = firstUnansweredIndex(session.items, new Set(written.mine.keys()));
  if (index === undefined) return finish(session, [], written);
  const intro = say(ctx.texts.reflection.start(waarborg.name[ctx.locale], session.items.length));
  return showItem(session, index, [intro], written);
}

export interface OverviewOptions {
  /** `voortgang` shows the same buttons under a progress title. */
  kind: 'choose' | 'progress' | 'unknown';
  given?: string;
  /** The reflection open in this place, named under the progress bars. */
  open?: ReflectionState | null;
}

export async function overview(ctx: TurnContext, options: OverviewOptions): Promise<StepResult> {
  const current = await currentPartnership(ctx);
  if (!current.ok) return current.result;
  const t = ctx.texts.reflection;
  const progress = await progressPerWaarborg(ctx, current.partnership.id);
  const choices = waarborgButtons(ctx, progress);
  if (options.kind === 'unknown') {
    return { messages: [message({ type: 'choices', text: t.unknownWaarborg(options.given ?? ''), choices })] };
  }
  const blocks: Block[] =
    options.kind === 'choose'
      ? [{ type: 'heading', text: t.overviewTitle }, { type: 'text', text: t.overviewIntro }]
      : [{ type: 'heading', text: t.progressTitle }];
  blocks.push(...progressBlocks(ctx, progress));
  const open = options.open;
  const openProgress = open && open.step !== 'done' ? progress.find((p) => p.waarborg.id === open.waarborgId) : undefined;
  if (open && openProgress) {
    blocks.push({ type: 'text', text: t.openNow(openProgress.waarborg.name[ctx.locale], open.index + 1, openProgress.total) });
  }
  blocks.push({ type: 'choices', text: t.chooseWaarborg, choices });
  // `voortgang`: every answer can be edited from here.
  const answered = new Set(progress.flatMap((p) => [...p.answered]));
  if (options.kind === 'progress' && answered.size > 0) {
    blocks.push({ type: 'choices', text: t.editChoose, choices: editButtons(ctx, answered, progress.map((p) => p.waarborg)) });
  }
  return { messages: [message(...blocks)] };
}

function askWhichToKeep(ctx: TurnContext, open: ReflectionState, wanted: Waarborg): StepResult {
  const t = ctx.texts.reflection;
  const openName = getWaarborg(open.waarborgId)?.name[ctx.locale] ?? open.waarborgId;
  const wantedName = wanted.name[ctx.locale];
  return {
    messages: [
      message({
        type: 'choices',
        text: t.switchAsk(openName, open.index + 1, wantedName),
        choices: [button(t.switchKeep(openName), ACTIONS.continue, open.waarborgId), button(t.switchTo(wantedName), ACTIONS.switch, wanted.id)],
      }),
    ],
  };
}
