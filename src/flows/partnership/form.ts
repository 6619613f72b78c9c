// The partnership form (Slack modal / Adaptive Card): the same fields to set up
// and to edit, always filled with what the person last typed or what is stored.
import { isIsoDate } from '../../core/text';
import type { Block, FormField } from '../../core/turn';
import { REVIEW_TYPES, SECTORS, type Partnership } from '../../domain/partnership';
import type { Texts } from '../../texts';

export const FLOW = 'partnership';
export const CREATE_FORM = `${FLOW}.create`;

/**
 * The create form names how many partnerships the workspace had when it was
 * offered (`partnership.create@2`; plain `partnership.create`: none): a form
 * sent after more were made is old, and the person is asked before another is made.
 */
export function createFormName(known: number): string {
  return known > 0 ? `${CREATE_FORM}@${known}` : CREATE_FORM;
}

/** The partnerships a create form knew of; undefined when the form is no create form. */
export function parseCreateFormName(form: string): number | undefined {
  if (form === CREATE_FORM) return 0;
  const match = new RegExp(`^${CREATE_FORM.replace('.', '\\.')}@(\\d{1,4})$`).exec(form);
  return match ? Number(match[1]) : undefined;
}
const EDIT_FORM = `${FLOW}.edit`;

export type FormValues = Record<string, string>;
export type FormBlock = Extract<Block, { type: 'form' }>;

export const DEFAULT_WORD_LIMIT = 1500;
export const FORM_LIMITS = { name: 120, region: 120, wordLimitMin: 100, wordLimitMax: 10_000 } as const;

/** Which partnership and version an edit form was filled in against. */
export interface EditTarget {
  id: string;
  version: number;
}

/**
 * The edit form names its partnership and the version it showed, so the save can
 * check nobody changed it since, even after a restart or another flow in between.
 */
export function editFormName(target: EditTarget): string {
  return `${EDIT_FORM}.${target.id}.${target.version}`;
}

export function parseEditFormName(form: string): EditTarget | undefined {
  const match = /^partnership\.edit\.([0-9a-f-]{36})\.(\d{1,9})$/.exec(form);
  return match ? { id: match[1]!, version: Number(match[2]) } : undefined;
}

export function partnershipForm(texts: Texts, target: 'create' | EditTarget, values: FormValues, known = 0): FormBlock {
  const { form, names } = texts.partnership;
  const creating = target === 'create';
  const fields: FormField[] = [
    { id: 'name', label: form.name, kind: 'text', required: true, maxLength: FORM_LIMITS.name, ...initial(values.name) },
    { id: 'region', label: form.region, kind: 'text', required: true, maxLength: FORM_LIMITS.region, ...initial(values.region) },
    {
      id: 'sectors',
      label: form.sectors,
      kind: 'multiselect',
      required: true,
      options: SECTORS.map((sector) => ({ label: names.sectors[sector], value: sector })),
      ...initial(values.sectors),
    },
    {
      id: 'reviewType',
      label: form.reviewType,
      kind: 'select',
      required: true,
      options: REVIEW_TYPES.map((type) => ({ label: names.reviewTypes[type], value: type })),
      ...initial(values.reviewType),
    },
    // A date picker cannot show what is not a date; the reply quotes it instead.
    { id: 'visitDate', label: form.visitDate, kind: 'date', required: false, ...initial(isIsoDate(values.visitDate) ? values.visitDate : undefined) },
    { id: 'wordLimit', label: form.wordLimit, kind: 'text', required: false, maxLength: 6, ...initial(values.wordLimit ?? String(DEFAULT_WORD_LIMIT)) },
  ];
  return {
    type: 'form',
    form: creating ? createFormName(known) : editFormName(target),
    title: creating ? form.createTitle : form.editTitle,
    submitLabel: creating ? form.createSubmit : form.editSubmit,
    fields,
  };
}

/** What is stored, as the form shows it. */
export function valuesOf(partnership: Partnership): FormValues {
  return {
    name: partnership.name,
    region: partnership.region,
    sectors: partnership.sectors.join(','),
    reviewType: partnership.reviewType,
    visitDate: partnership.visitDate ?? '',
    wordLimit: String(partnership.wordLimitPerWaarborg),
  };
}

/** Names that differ only in case or spacing are the same partnership to the people typing them. */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return key(a) === key(b);
}

function initial(value: string | undefined): { initial?: string } {
  return value ? { initial: value } : {};
}
