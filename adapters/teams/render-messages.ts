// Core messages → outgoing Bot Framework activities: plain markdown text when a
// message is only text, one Adaptive Card otherwise. Teams has no ephemeral
// messages, so `private` ones are sent as a normal reply.
import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { Message } from '../../src/core/turn';
import type { Texts } from '../../src/texts';
import { renderCard } from './render-card';

export function renderMessages(messages: readonly Message[], texts: Texts): Array<Partial<Activity>> {
  return messages.filter((message) => message.blocks.length > 0).map((message) => renderMessage(message, texts));
}

function renderMessage(message: Message, texts: Texts): Partial<Activity> {
  if (message.blocks.every((block) => block.type === 'text')) {
    const text = message.blocks.map((block) => (block.type === 'text' ? block.text : '')).join('\n\n');
    return { type: ActivityTypes.Message, text, textFormat: 'markdown' };
  }
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(renderCard(message, texts))] };
}
