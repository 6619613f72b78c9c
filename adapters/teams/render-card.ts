// Core message → Adaptive Card JSON (schema 1.5). Pure: no SDK, no I/O, so a
// later move to another Teams SDK keeps it, and it is tested on its own.
import type { Block, FormField, Message } from '../../src/core/turn';
import type { Texts } from '../../src/texts';

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  msteams: { width: 'Full' };
}

const BAR_SEGMENTS = 10;

export function renderCard(message: Message, texts: Texts): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: message.blocks.flatMap((block) => renderBlock(block, texts)),
    msteams: { width: 'Full' },
  };
}

function renderBlock(block: Block, texts: Texts): CardElement[] {
  switch (block.type) {
    case 'heading':
      return [{ type: 'TextBlock', text: block.text, size: 'Large', weight: 'Bolder', wrap: true }];
    case 'text':
      return [textBlock(block.text)];
    case 'choices':
      return [
        ...(block.text ? [textBlock(block.text)] : []),
        {
          type: 'ActionSet',
          actions: block.choices.map((choice) => ({
            type: 'Action.Submit',
            title: choice.label,
            data: { action: choice.action, value: choice.value },
            ...(choice.style ? { style: choice.style === 'primary' ? 'positive' : 'destructive' } : {}),
          })),
        },
      ];
    case 'form':
      return [
        { type: 'TextBlock', text: block.title, size: 'Medium', weight: 'Bolder', wrap: true },
        ...block.fields.map((field) => renderField(field, texts)),
        {
          type: 'ActionSet',
          actions: [
            // The flow's own label when it gives one; the generic "submit" otherwise.
            { type: 'Action.Submit', title: block.submitLabel || texts.platform.submit, style: 'positive', data: { form: block.form } },
          ],
        },
      ];
    case 'progress': {
      const total = Math.max(block.total, 0);
      const done = Math.min(Math.max(block.done, 0), total);
      const filled = total === 0 ? 0 : Math.round((done / total) * BAR_SEGMENTS);
      return [
        { type: 'TextBlock', text: `${block.label}: ${done}/${total}`, wrap: true },
        { type: 'TextBlock', text: '█'.repeat(filled) + '░'.repeat(BAR_SEGMENTS - filled), fontType: 'Monospace', color: 'Accent', spacing: 'None' },
      ];
    }
    case 'file':
      // render-messages turns files into download links first; this is only the name.
      return [textBlock(block.title ?? block.name)];
  }
}

function renderField(field: FormField, texts: Texts): CardElement {
  const common: CardElement = {
    id: field.id,
    label: field.label,
    isRequired: field.required,
    ...(field.required ? { errorMessage: texts.platform.teamsRequiredField } : {}),
    ...(field.initial !== undefined ? { value: field.initial } : {}),
  };
  switch (field.kind) {
    case 'text':
    case 'multiline':
      return {
        type: 'Input.Text',
        ...common,
        isMultiline: field.kind === 'multiline',
        ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
      };
    case 'select':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: 'compact',
        choices: (field.options ?? []).map((option) => ({ title: option.label, value: option.value })),
      };
    case 'multiselect':
      // Teams submits the chosen values joined with commas, the shape the core expects.
      return {
        type: 'Input.ChoiceSet',
        ...common,
        isMultiSelect: true,
        style: 'expanded',
        choices: (field.options ?? []).map((option) => ({ title: option.label, value: option.value })),
      };
    case 'date':
      return { type: 'Input.Date', ...common };
  }
}

function textBlock(text: string): CardElement {
  return { type: 'TextBlock', text: cardMarkdown(text), wrap: true };
}

/**
 * TextBlock markdown has bold, italic and lists but no inline code: show `code` as bold.
 * A placeholder such as <nr> is taken for an HTML tag and dropped from sight
 * ("antwoord <nr> <je antwoord>" showed as "antwoord"), so it is shown as ‹nr›.
 * A single line break only breaks inside a list: elsewhere Teams runs the lines together
 * (the dossier check's matrix read as one paragraph), so each line becomes its own paragraph.
 */
export function cardMarkdown(text: string): string {
  return lineBreaks(text.replace(/`([^`\n]+)`/g, '**$1**').replace(/<(\p{L}[\p{L}\p{N} _-]*)>/gu, '‹$1›'));
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+\.)\s/;

function lineBreaks(text: string): string {
  const lines = text.split('\n');
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1]!;
    const keep = line.trim() === '' || previous.trim() === '' || LIST_ITEM.test(line);
    out += (keep ? '\n' : '\n\n') + line;
  }
  return out;
}
