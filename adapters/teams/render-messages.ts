// Core messages → outgoing Bot Framework activities: plain markdown text when a
// message is only text, one Adaptive Card otherwise. Teams has no ephemeral
// messages, so `private` ones are sent as a normal reply. A bot cannot attach a
// document in Teams, so a file becomes a download link (file-link.ts).
import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { Message } from '../../src/core/turn';
import type { Texts } from '../../src/texts';
import { fileAsText, type FileLinker } from './file-link';
import { renderCard } from './render-card';

export interface RenderOptions {
  fileLink?: FileLinker;
}

export function renderMessages(messages: readonly Message[], texts: Texts, options: RenderOptions = {}): Array<Partial<Activity>> {
  return messages
    .filter((message) => message.blocks.length > 0)
    .map((message) => renderMessage(withFileLinks(message, texts, options.fileLink), texts));
}

function withFileLinks(message: Message, texts: Texts, fileLink: FileLinker | undefined): Message {
  if (!message.blocks.some((block) => block.type === 'file')) return message;
  return { ...message, blocks: message.blocks.map((block) => (block.type === 'file' ? fileAsText(block, texts, fileLink) : block)) };
}

function renderMessage(message: Message, texts: Texts): Partial<Activity> {
  if (message.blocks.every((block) => block.type === 'text')) {
    const text = message.blocks.map((block) => (block.type === 'text' ? block.text : '')).join('\n\n');
    return { type: ActivityTypes.Message, text, textFormat: 'markdown' };
  }
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(renderCard(message, texts))] };
}
