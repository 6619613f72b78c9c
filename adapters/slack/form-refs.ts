// A form's definition travels in the value of its "open form" button, so the
// modal can be built when the button is pressed, even after a restart. Slack
// allows 2,000 characters there; a bigger form is kept in memory instead.
import { randomUUID } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Block } from '../../src/core/turn';

export type FormBlock = Extract<Block, { type: 'form' }>;

/** action_id prefix of the "open form" button; the adapter handles it, the engine never sees it. */
export const OPEN_FORM_ACTION = '_open_form';

const MAX_BUTTON_VALUE = 2_000;

export interface FormRefs {
  save(form: FormBlock): string;
  load(ref: string): FormBlock | undefined;
}

export function createFormRefs(maxInMemory = 500): FormRefs {
  const memory = new Map<string, FormBlock>();
  return {
    save(form) {
      const inline = `z:${deflateRawSync(JSON.stringify(form)).toString('base64url')}`;
      if (inline.length <= MAX_BUTTON_VALUE) return inline;
      const key = `m:${randomUUID()}`;
      memory.set(key, form);
      if (memory.size > maxInMemory) memory.delete(memory.keys().next().value!);
      return key;
    },
    load(ref) {
      if (ref.startsWith('m:')) return memory.get(ref);
      if (!ref.startsWith('z:')) return undefined;
      try {
        const json = inflateRawSync(Buffer.from(ref.slice(2), 'base64url'), { maxOutputLength: 200_000 }).toString('utf8');
        const form = JSON.parse(json) as FormBlock;
        return form?.type === 'form' && Array.isArray(form.fields) ? form : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
