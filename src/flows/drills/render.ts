// Drill messages: a question with its buttons, and the feedback on an answer.
import type { Locale, Message } from '../../core/turn';
import type { DrillFeedback, DrillQuestion, OwnDrillGroup } from '../../domain/drills';
import { getWaarborg, listMinimumItems, type WaarborgId } from '../../domain/framework';
import type { Texts } from '../../texts';
import { groupName } from './participant';

export const FLOW = 'drills';

export function questionText(q: DrillQuestion, locale: Locale): string {
  return q.origin === 'framework' ? q.text[locale] : q.text;
}

export function questionMessage(texts: Texts, locale: Locale, q: DrillQuestion, groups: readonly OwnDrillGroup[]): Message {
  const t = texts.drills;
  const waarborg = getWaarborg(q.waarborgId)!;
  return {
    blocks: [
      { type: 'heading', text: t.questionHeading(waarborg.name[locale], groupName({ locale }, q.groupId, groups)) },
      { type: 'text', text: `**${questionText(q, locale)}**` },
      { type: 'text', text: q.origin === 'framework' ? t.source(q.source.section) : t.ownQuestion },
      { type: 'text', text: t.answerHint },
      {
        type: 'choices',
        choices: [
          { label: t.answerButton, action: `${FLOW}.answer`, value: q.id, style: 'primary' },
          { label: t.laterButton, action: `${FLOW}.later`, value: q.id },
        ],
      },
    ],
  };
}

/** "2.3": the waarborg's number and the item's place in it. */
function itemLabel(itemId: string): string {
  const waarborgId = itemId.split('.')[0] as WaarborgId;
  const w = getWaarborg(waarborgId);
  const index = listMinimumItems(waarborgId).findIndex((i) => i.id === itemId);
  return w && index >= 0 ? `${w.number}.${index + 1}` : itemId;
}

export function feedbackMessages(texts: Texts, f: DrillFeedback, nextOn: string): Message[] {
  const t = texts.drills;
  const lines: string[] = [t.strength[f.strength]];
  for (const gap of f.gaps) lines.push(`- ${t.gap[gap]}`);
  lines.push(`- ${t.example(f.concreteExample, f.hasStudentExample ? 'student' : f.hasPracticeExample ? 'practice' : 'details')}`);
  lines.push(`- ${t.partners(f.partners.map((r) => texts.coaching.roleNames[r]), f.jointness)}`);
  lines.push(`- ${t.vision(f.linksVision)}`);
  if (f.intentions.length > 0) lines.push(`- ${t.intentions(f.intentions)}`);
  if (f.touchedItems.length > 0) lines.push(t.touched(f.touchedItems.map(itemLabel)));
  for (const note of f.notes) {
    const label = itemLabel(note.itemId);
    if (note.draft === 'none') lines.push(`- ${t.draftNone(label)}`);
    else if (note.disagreement) {
      const d = note.disagreement;
      lines.push(`- ${d.kind === 'draft-in-place-answer-not' ? t.draftDisagrees(label, d.answerSentence, d.draftSentence) : t.draftDoesNot(label, d.answerSentence, d.draftSentence)}`);
    } else if (note.noSharedTerms) lines.push(`- ${t.draftNoShared(label)}`);
    else if (note.sharedTerms.length > 0) lines.push(`- ${t.draftShared(label, note.sharedTerms.map((k) => texts.partnership.consistency.keyTerms[k]))}`);
  }
  const messages: Message[] = [{ blocks: [{ type: 'heading', text: t.feedbackTitle }, { type: 'text', text: lines.join('\n') }] }];
  const model = f.modelAnswer;
  messages.push(
    model
      ? { blocks: [{ type: 'text', text: t.modelTitle(model.itemIds.map(itemLabel)) }, { type: 'text', text: `_${model.sentences.join(' ')}_` }] }
      : { blocks: [{ type: 'text', text: t.noModel }] },
  );
  messages.push({ blocks: [{ type: 'text', text: t.next(nextOn) }] });
  return messages;
}
