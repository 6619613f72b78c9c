// One item as a question: the item from the framework, its theme, what the
// committee looks for, who else wrote about it, the person's own answer so far,
// their progress, and the buttons to skip, go back or pause.
import { message } from '../../core/messages';
import type { Block, Message } from '../../core/turn';
import { conversationGroupOf } from '../../domain/partnership';
import { assessorHint } from './assessor-hints';
import { ACTIONS, button } from './buttons';
import type { WaarborgContributions } from './contributions';
import { currentItem, waarborgName, type Session } from './session';

export function renderPrompt(session: Session, written: WaarborgContributions): Message {
  const { ctx, waarborg, items, state } = session;
  const t = ctx.texts.reflection;
  const item = currentItem(session);
  const name = waarborgName(session);
  const mine = written.mine.get(item.id);
  const others = written.others.get(item.id) ?? [];
  const themes = waarborg.themes.filter((theme) => item.themeIds.includes(theme.id)).map((theme) => theme.name[ctx.locale]);
  const itemText = [item.text[ctx.locale], ...(item.details ?? []).map((detail) => `- ${detail[ctx.locale]}`)].join('\n');

  // A student or a board member first reads the item as a question from where they stand.
  const group = conversationGroupOf(session.role);
  const perspective = group === 'teacher-educators' ? undefined : t.perspective[group][item.id];
  const blocks: Block[] = [
    { type: 'heading', text: t.itemHeading(name, state.index + 1, items.length) },
    ...(perspective ? [{ type: 'text', text: `${t.perspectiveTitle}\n${perspective}` } as const] : []),
    { type: 'text', text: itemText },
    { type: 'text', text: t.theme(themes) },
    { type: 'text', text: t.lookFor(assessorHint(waarborg.id, item.id, ctx.locale)) },
  ];
  if (others.length > 0) {
    blocks.push({ type: 'text', text: t.othersWrote(others.map((c) => t.person(c.authorName, ctx.texts.roles[c.role]))) });
  }
  if (mine) blocks.push({ type: 'text', text: t.yourAnswer }, { type: 'text', text: mine.text });
  blocks.push(
    { type: 'progress', label: t.progressLabel(name), done: written.mine.size, total: items.length },
    {
      type: 'choices',
      text: mine ? t.answerAgainPrompt : t.answerPrompt,
      choices: [
        button(t.skipButton, ACTIONS.skip, item.id),
        // On the first item there is nothing to go back to.
        ...(state.index > 0 ? [button(t.backButton, ACTIONS.back, item.id)] : []),
        button(t.pauseButton, ACTIONS.pause, item.id),
      ],
    },
  );
  return message(...blocks);
}
