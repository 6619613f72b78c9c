// Block Kit rendering is pure: core message in, Slack blocks out.
import { describe, expect, it } from 'vitest';
import { createFormRefs, type FormBlock } from '../../../adapters/slack/form-refs';
import { coreAction, LIMITS, progressBar, renderMessage, type RenderOptions } from '../../../adapters/slack/render-blocks';
import { readModalMetadata, renderModal } from '../../../adapters/slack/render-modal';
import type { Message } from '../../../src/core/turn';
import { nl } from '../../../src/texts/nl';

const refs = createFormRefs();
const options: RenderOptions = { openFormLabel: nl.platform.openForm, formRef: refs.save };
const render = (message: Message) => renderMessage(message, options);
const only = (message: Message) => {
  const rendered = render(message);
  expect(rendered).toHaveLength(1);
  return rendered[0]!;
};

describe('renderMessage', () => {
  it('turns a heading into a header block of at most 150 characters', () => {
    const { blocks } = only({ blocks: [{ type: 'heading', text: 'H'.repeat(200) }] });
    expect(blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    const text = (blocks[0] as any).text.text as string;
    expect(text).toHaveLength(LIMITS.header);
    expect(text.endsWith('…')).toBe(true);
  });

  it('converts **bold** to Slack *bold*, keeps _italic_ and `code`, and bullets "- " lines', () => {
    const { blocks } = only({ blocks: [{ type: 'text', text: 'Dit is **belangrijk** en _schuin_ met `code`\n- een\n- twee' }] });
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Dit is *belangrijk* en _schuin_ met `code`\n• een\n• twee' } }]);
  });

  it('escapes <, > and & so text can never become a mention or link', () => {
    const { blocks, text } = only({ blocks: [{ type: 'text', text: '<!channel> & <@U123>' }] });
    expect((blocks[0] as any).text.text).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt;');
    expect(text).not.toContain('<');
  });

  it('splits a text over 3000 characters into several sections without losing words', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `woord${i}`);
    const { blocks } = only({ blocks: [{ type: 'text', text: words.join(' ') }] });
    expect(blocks.length).toBeGreaterThan(1);
    const pieces = blocks.map((block: any) => block.text.text as string);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(LIMITS.section);
    expect(pieces.join(' ').split(' ')).toEqual(words);
  });

  it('never splits inside an escape such as &amp;', () => {
    const text = `${'a'.repeat(2998)}&&&&`;
    const { blocks } = only({ blocks: [{ type: 'text', text }] });
    const pieces = blocks.map((block: any) => block.text.text as string);
    for (const piece of pieces) expect(piece).not.toMatch(/&(?!amp;)|&a?m?p?$/);
    expect(pieces.join('')).toBe(`${'a'.repeat(2998)}${'&amp;'.repeat(4)}`);
  });

  it('renders choices as a section and buttons whose action_ids are unique across the message', () => {
    const choice = (value: string) => ({ label: value, action: 'language.set', value });
    const { blocks } = only({
      blocks: [
        { type: 'choices', text: 'Kies', choices: [choice('nl'), { ...choice('en'), style: 'primary' as const }] },
        { type: 'choices', choices: [choice('nl'), choice('en')] },
      ],
    });
    expect(blocks.map((block) => block.type)).toEqual(['section', 'actions', 'actions']);
    const buttons = blocks.filter((block) => block.type === 'actions').flatMap((block: any) => block.elements);
    const ids = buttons.map((button: any) => button.action_id as string);
    expect(new Set(ids).size).toBe(4);
    expect(ids.map(coreAction)).toEqual(['language.set', 'language.set', 'language.set', 'language.set']);
    expect(buttons.map((button: any) => button.value)).toEqual(['nl', 'en', 'nl', 'en']);
    expect(buttons[1]).toMatchObject({ style: 'primary' });
    expect(buttons[0]).not.toHaveProperty('style');
  });

  it('cuts button labels to 75 characters and puts at most 25 buttons in one actions block', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ label: `${i} ${'x'.repeat(100)}`, action: 'flow.pick', value: String(i) }));
    const { blocks } = only({ blocks: [{ type: 'choices', choices }] });
    expect(blocks.map((block: any) => block.elements.length)).toEqual([25, 5]);
    for (const button of blocks.flatMap((block: any) => block.elements)) expect(Array.from(button.text.text as string).length).toBeLessThanOrEqual(75);
  });

  it('shows progress as a context block with a bar', () => {
    const { blocks } = only({ blocks: [{ type: 'progress', label: 'Waarborgen', done: 3, total: 5 }] });
    expect(blocks).toEqual([{ type: 'context', elements: [{ type: 'mrkdwn', text: 'Waarborgen  ▓▓▓░░ 3/5' }] }]);
    expect(progressBar(0, 0)).toBe('░ 0/0');
    expect(progressBar(9, 4)).toBe('▓▓▓▓ 4/4');
    expect(progressBar(10, 40)).toBe('▓▓▓░░░░░░░ 10/40');
  });

  it('always gives a plain-text fallback for notifications', () => {
    expect(only({ blocks: [{ type: 'heading', text: 'Titel' }, { type: 'text', text: 'Een **zin**' }] }).text).toBe('Titel\nEen *zin*');
    expect(only({ blocks: [{ type: 'choices', choices: [{ label: 'Ja', action: 'a.b', value: 'y' }] }] }).text).toBe('Ja');
  });

  it('splits a message of more than 50 blocks into several messages, each with its own fallback', () => {
    const blocks = Array.from({ length: 120 }, (_, i) => ({ type: 'text' as const, text: `regel ${i}` }));
    const rendered = render({ blocks });
    expect(rendered.map((message) => message.blocks.length)).toEqual([50, 50, 20]);
    expect(rendered[1]!.text.startsWith('regel 50\n')).toBe(true);
  });

  it('sends nothing for a message without visible content', () => {
    expect(render({ blocks: [{ type: 'text', text: '   ' }] })).toEqual([]);
  });
});

describe('forms', () => {
  const form: FormBlock = {
    type: 'form',
    form: 'reflection.submit',
    title: 'Reflectie op waarborg 3: begeleiding',
    submitLabel: 'Opslaan',
    fields: [
      { id: 'summary', label: 'Samenvatting', kind: 'text', required: true, maxLength: 200 },
      { id: 'body', label: 'Reflectie', kind: 'multiline', required: false, initial: 'Concept' },
      { id: 'phase', label: 'Fase', kind: 'select', required: true, initial: 'b', options: [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }] },
      { id: 'visit', label: 'Bezoekdag', kind: 'date', required: false, initial: '2026-03-12' },
    ],
  };

  it('renders a form as a section with an "open form" button that carries the form', () => {
    const { blocks } = only({ blocks: [form] });
    expect(blocks).toHaveLength(1);
    const section = blocks[0] as any;
    expect(section.type).toBe('section');
    expect(section.accessory).toMatchObject({ type: 'button', text: { text: nl.platform.openForm } });
    expect(coreAction(section.accessory.action_id)).toBe('_open_form');
    expect(section.accessory.value.length).toBeLessThanOrEqual(LIMITS.buttonValue);
    expect(refs.load(section.accessory.value)).toEqual(form);
  });

  it('keeps a form too big for a button value in memory instead', () => {
    const big: FormBlock = { ...form, fields: [{ id: 'pick', label: 'Kies', kind: 'select', required: true, options: Array.from({ length: 100 }, (_, i) => ({ label: `Optie ${i} ${Math.random()}`, value: `v${i}-${Math.random()}` })) }] };
    const ref = refs.save(big);
    expect(ref.startsWith('m:')).toBe(true);
    expect(refs.load(ref)).toEqual(big);
    expect(refs.load('z:not-deflate')).toBeUndefined();
  });

  it('renders the modal: callback_id, metadata, one input per field with Slack limits', () => {
    const view = renderModal(form, { channel: 'C1', threadTs: '1.2', responseUrl: 'https://hooks.slack.com/x' }, { submit: nl.platform.submit, cancel: nl.platform.cancel });
    expect(view.callback_id).toBe('reflection.submit');
    expect(readModalMetadata(view.private_metadata)).toEqual({ channel: 'C1', threadTs: '1.2', responseUrl: 'https://hooks.slack.com/x' });
    expect(Array.from(view.title.text).length).toBeLessThanOrEqual(24);
    expect(view.submit?.text).toBe('Opslaan');
    expect(view.close?.text).toBe(nl.platform.cancel);
    const [summary, body, phase, visit] = view.blocks as any[];
    expect(summary).toMatchObject({ type: 'input', block_id: 'summary', optional: false, element: { type: 'plain_text_input', action_id: 'summary', multiline: false, max_length: 200 } });
    expect(body).toMatchObject({ optional: true, element: { multiline: true, initial_value: 'Concept', max_length: 3000 } });
    expect(phase).toMatchObject({ element: { type: 'static_select', initial_option: { value: 'b' } } });
    expect(phase.element.options).toHaveLength(2);
    expect(visit).toMatchObject({ optional: true, element: { type: 'datepicker', initial_date: '2026-03-12' } });
  });

  it('falls back to the generic submit label when the form has none', () => {
    const view = renderModal({ ...form, submitLabel: '' }, { channel: 'D1' }, { submit: nl.platform.submit, cancel: nl.platform.cancel });
    expect(view.submit?.text).toBe(nl.platform.submit);
  });
});
