// A core form as a Slack modal. The modal is the only place the submission can
// carry where to answer, so that travels in private_metadata.
import type { types } from '@slack/bolt';
import { isIsoDate } from '../../src/core/text';
import type { FormField } from '../../src/core/turn';
import type { FormBlock } from './form-refs';
import { truncate } from './mrkdwn';

/** Where the answer to a submitted form goes. */
export interface ModalMetadata {
  channel: string;
  threadTs?: string;
  /** Set when the form came from an ephemeral message: answer there, visible to the person only. */
  responseUrl?: string;
}

export interface ModalLabels {
  submit: string;
  cancel: string;
}

const LIMITS = { title: 24, button: 24, label: 2_000, input: 3_000, options: 100, option: 75, optionValue: 150, blocks: 100, callbackId: 255, metadata: 3_000 };

export function renderModal(form: FormBlock, metadata: ModalMetadata, labels: ModalLabels): types.ModalView {
  return {
    type: 'modal',
    callback_id: form.form.slice(0, LIMITS.callbackId),
    private_metadata: writeMetadata(metadata),
    title: { type: 'plain_text', text: truncate(form.title || form.form, LIMITS.title) },
    submit: { type: 'plain_text', text: truncate(form.submitLabel || labels.submit, LIMITS.button) },
    close: { type: 'plain_text', text: truncate(labels.cancel, LIMITS.button) },
    blocks: form.fields.slice(0, LIMITS.blocks).map(inputBlock),
  };
}

function inputBlock(field: FormField): types.InputBlock {
  return {
    type: 'input',
    block_id: field.id,
    optional: !field.required,
    label: { type: 'plain_text', text: truncate(field.label || field.id, LIMITS.label) },
    element: element(field),
  };
}

function element(field: FormField): types.InputBlock['element'] {
  switch (field.kind) {
    case 'text':
    case 'multiline': {
      const maxLength = Math.min(field.maxLength ?? LIMITS.input, LIMITS.input);
      return {
        type: 'plain_text_input',
        action_id: field.id,
        multiline: field.kind === 'multiline',
        max_length: maxLength,
        // Slack refuses the whole view when the initial value is longer than max_length.
        ...(field.initial ? { initial_value: Array.from(field.initial).slice(0, maxLength).join('') } : {}),
      };
    }
    case 'select': {
      const options = selectOptions(field);
      const initial = options.find((option) => option.value === field.initial);
      return { type: 'static_select', action_id: field.id, options, ...(initial ? { initial_option: initial } : {}) };
    }
    case 'multiselect': {
      const options = selectOptions(field);
      // Slack refuses the whole view when an initial option is not one of the options.
      const chosen = new Set((field.initial ?? '').split(',').map((value) => value.trim()));
      const initial = options.filter((option) => chosen.has(option.value));
      return { type: 'multi_static_select', action_id: field.id, options, ...(initial.length > 0 ? { initial_options: initial } : {}) };
    }
    case 'date':
      return {
        type: 'datepicker',
        action_id: field.id,
        // Slack refuses the whole view over an impossible initial date (2027-02-30).
        ...(isIsoDate(field.initial) ? { initial_date: field.initial } : {}),
      };
  }
}

function selectOptions(field: FormField) {
  return (field.options ?? []).slice(0, LIMITS.options).map((option) => ({
    text: { type: 'plain_text' as const, text: truncate(option.label, LIMITS.option) },
    value: option.value.slice(0, LIMITS.optionValue),
  }));
}

function writeMetadata(metadata: ModalMetadata): string {
  const full = JSON.stringify({ c: metadata.channel, t: metadata.threadTs, r: metadata.responseUrl });
  // A response_url is a nicety; where it does not fit, the answer goes to the channel.
  return full.length <= LIMITS.metadata ? full : JSON.stringify({ c: metadata.channel, t: metadata.threadTs });
}

export function readModalMetadata(raw: string | undefined): ModalMetadata | undefined {
  try {
    const parsed = JSON.parse(raw ?? '') as { c?: unknown; t?: unknown; r?: unknown };
    if (typeof parsed.c !== 'string' || !parsed.c) return undefined;
    return {
      channel: parsed.c,
      ...(typeof parsed.t === 'string' ? { threadTs: parsed.t } : {}),
      ...(typeof parsed.r === 'string' ? { responseUrl: parsed.r } : {}),
    };
  } catch {
    return undefined;
  }
}
