// Core messages as Block Kit. Pure: the same message always renders the same
// way, within Slack's limits (header 150, section 3000, button label 75,
// 25 buttons per actions block, 50 blocks per message).
import type { types } from '@slack/bolt';
import type { Block, Choice, Message } from '../../src/core/turn';
import { OPEN_FORM_ACTION, type FormBlock } from './form-refs';
import { escapeMrkdwn, splitText, toMrkdwn, truncate } from './mrkdwn';

type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  /** Plain fallback: what notifications and screen readers show. */
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  openFormLabel: string;
  /** What the "open form" button carries so the modal can be built later (see form-refs). */
  formRef(form: FormBlock): string;
}

export const LIMITS = {
  header: 150,
  section: 3_000,
  buttonLabel: 75,
  buttonValue: 2_000,
  actionId: 255,
  buttonsPerActions: 25,
  blocksPerMessage: 50,
  blocksPerHomeView: 100,
  fallback: 3_000,
} as const;

/** One core message becomes one Slack message, or several when it has more than 50 blocks. */
export function renderMessage(message: Message, options: RenderOptions): SlackMessage[] {
  const counter = { buttons: 0 };
  const chunks: Array<{ blocks: KnownBlock[]; plain: string[] }> = [];
  for (const block of message.blocks) {
    const rendered = renderBlock(block, options, counter);
    const plain = plainText(block);
    let touched: { plain: string[] } | undefined;
    for (const slackBlock of rendered) {
      let chunk = chunks.at(-1);
      if (!chunk || chunk.blocks.length >= LIMITS.blocksPerMessage) chunks.push((chunk = { blocks: [], plain: [] }));
      chunk.blocks.push(slackBlock);
      if (touched !== chunk && plain) chunk.plain.push(plain);
      touched = chunk;
    }
  }
  return chunks.map((chunk) => ({
    text: truncate(toMrkdwn(chunk.plain.join('\n')), LIMITS.fallback) || ' ',
    blocks: chunk.blocks,
  }));
}

function renderBlock(block: Block, options: RenderOptions, counter = { buttons: 0 }): KnownBlock[] {
  switch (block.type) {
    case 'heading': {
      const text = block.text.trim();
      return text ? [{ type: 'header', text: { type: 'plain_text', text: truncate(text, LIMITS.header), emoji: true } }] : [];
    }
    case 'text':
      return sections(block.text);
    case 'choices':
      return [...sections(block.text ?? ''), ...actions(block.choices, counter)];
    case 'progress':
      return [{ type: 'context', elements: [{ type: 'mrkdwn', text: `${escapeMrkdwn(block.label)}  ${progressBar(block.done, block.total)}` }] }];
    case 'form':
      return [
        {
          type: 'section',
          text: { type: 'mrkdwn', text: truncate(`*${escapeMrkdwn(block.title)}*`, LIMITS.section) },
          accessory: {
            type: 'button',
            action_id: `${OPEN_FORM_ACTION}#${counter.buttons++}`,
            text: { type: 'plain_text', text: truncate(options.openFormLabel, LIMITS.buttonLabel), emoji: true },
            value: options.formRef(block),
            style: 'primary',
          },
        },
      ];
    case 'file':
      // Files are uploaded by deliver (upload-file.ts), never drawn as blocks.
      return [];
  }
}

/** `▓▓▓░░ 3/5`: one cell per step up to ten, then proportional. */
export function progressBar(done: number, total: number): string {
  const safeTotal = Math.max(0, Math.floor(total));
  const safeDone = Math.min(Math.max(0, Math.floor(done)), safeTotal);
  const width = Math.min(Math.max(safeTotal, 1), 10);
  const filled = safeTotal === 0 ? 0 : Math.round((safeDone / safeTotal) * width);
  return `${'▓'.repeat(filled)}${'░'.repeat(width - filled)} ${safeDone}/${safeTotal}`;
}

function sections(text: string): KnownBlock[] {
  return splitText(toMrkdwn(text), LIMITS.section).map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: piece } }));
}

function actions(choices: Choice[], counter: { buttons: number }): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (let start = 0; start < choices.length; start += LIMITS.buttonsPerActions) {
    blocks.push({
      type: 'actions',
      elements: choices.slice(start, start + LIMITS.buttonsPerActions).map((choice) => ({
        type: 'button',
        // The index keeps action_ids unique within the message; the adapter strips it again.
        action_id: `${choice.action.slice(0, LIMITS.actionId - 8)}#${counter.buttons++}`,
        text: { type: 'plain_text', text: truncate(choice.label, LIMITS.buttonLabel), emoji: true },
        value: choice.value.slice(0, LIMITS.buttonValue),
        ...(choice.style ? { style: choice.style } : {}),
      })),
    });
  }
  return blocks;
}

function plainText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'text':
      return block.text.trim();
    case 'choices':
      return (block.text ?? '').trim() || block.choices.map((choice) => choice.label).join(' / ');
    case 'progress':
      return `${block.label} ${Math.max(0, block.done)}/${Math.max(0, block.total)}`;
    case 'form':
      return block.title;
    case 'file':
      return '';
  }
}

/** The core action name behind a rendered action_id (`language.set#1` → `language.set`). */
export function coreAction(actionId: string): string {
  const hash = actionId.lastIndexOf('#');
  return hash === -1 ? actionId : actionId.slice(0, hash);
}
