// The same person changed the same answer in two places: show both texts and
// let them choose. Nothing is lost until they do.
import { message } from '../../core/messages';
import type { Message } from '../../core/turn';
import { ACTIONS, button } from './buttons';
import { currentItem, type Session } from './session';
import type { PendingConflict } from './state';

export function renderConflict(session: Session, conflict: PendingConflict, storedText: string): Message {
  const t = session.ctx.texts.reflection;
  const itemId = currentItem(session).id;
  const choices =
    conflict.mode === 'replace'
      ? [
          button(t.keepStoredButton, ACTIONS.conflict, 'keep', itemId),
          button(t.useMineButton, ACTIONS.conflict, 'mine', itemId),
          button(t.keepBothButton, ACTIONS.conflict, 'both', itemId),
          button(t.mergeEditButton, ACTIONS.conflict, 'edit', itemId),
        ]
      : [
          button(t.keepStoredButton, ACTIONS.conflict, 'keep', itemId),
          button(t.addMineButton, ACTIONS.conflict, 'mine', itemId),
          button(t.mergeEditButton, ACTIONS.conflict, 'edit', itemId),
        ];
  return message(
    { type: 'text', text: t.conflictTitle },
    { type: 'text', text: t.conflictStored },
    { type: 'text', text: storedText },
    { type: 'text', text: t.conflictYours },
    { type: 'text', text: conflict.typed },
    { type: 'choices', text: t.conflictQuestion, choices },
  );
}
