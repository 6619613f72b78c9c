// The four waarborgen with the person's progress on each, as buttons to start or resume one.
import type { Block, Choice } from '../../core/turn';
import type { TurnContext } from '../context';
import { ACTIONS, button } from './buttons';
import type { WaarborgProgress } from './contributions';

export function progressBlocks(ctx: TurnContext, progress: readonly WaarborgProgress[]): Block[] {
  const t = ctx.texts.reflection;
  return progress.map((p) => ({ type: 'progress', label: t.waarborgProgress(p.waarborg.name[ctx.locale], p.others), done: p.done, total: p.total }));
}

export function waarborgButtons(ctx: TurnContext, progress: readonly WaarborgProgress[]): Choice[] {
  const t = ctx.texts.reflection;
  return progress.map((p) => button(t.waarborgButton(p.waarborg.name[ctx.locale], p.done, p.total), ACTIONS.start, p.waarborg.id));
}
