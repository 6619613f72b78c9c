// Checks submitted form values. Every refusal is a problem code the reply
// explains (form-problems.ts); the form then comes back with the values as typed.
import { z } from 'zod';
import { isIsoDate } from '../../core/text';
import { REVIEW_TYPES, SECTORS, type ReviewType, type Sector } from '../../domain/partnership';
import { DEFAULT_WORD_LIMIT, FORM_LIMITS, type FormValues } from './form';

export interface PartnershipInput {
  name: string;
  region: string;
  sectors: Sector[];
  reviewType: ReviewType;
  /** yyyy-mm-dd, or null when not known yet. */
  visitDate: string | null;
  wordLimitPerWaarborg: number;
}

export type ProblemCode =
  | 'nameEmpty'
  | 'nameTooLong'
  /** Not from the schema: the flow finds another partnership with the name. */
  | 'nameTaken'
  | 'regionEmpty'
  | 'regionTooLong'
  | 'sectorsEmpty'
  | 'sectorsUnknown'
  | 'reviewType'
  | 'visitDateInvalid'
  | 'visitDatePast'
  | 'wordLimit';

export interface Rules {
  /** Today (yyyy-mm-dd) where the partnership is: a visit day before it is refused. */
  today: string;
  /** The stored visit date when editing: a visit day that has passed may stay as it is. */
  keepVisitDate?: string | null;
}

export type Parsed = { ok: true; input: PartnershipInput } | { ok: false; problems: ProblemCode[] };

const problem = (code: ProblemCode) => ({ message: code });

function schema(rules: Rules) {
  return z.object({
    name: z.string().trim().min(1, problem('nameEmpty')).max(FORM_LIMITS.name, problem('nameTooLong')),
    region: z.string().trim().min(1, problem('regionEmpty')).max(FORM_LIMITS.region, problem('regionTooLong')),
    sectors: z.string().transform((raw, ctx) => {
      const given = splitList(raw);
      if (given.length === 0) ctx.addIssue({ code: 'custom', ...problem('sectorsEmpty') });
      else if (unknownSectors(raw).length > 0) ctx.addIssue({ code: 'custom', ...problem('sectorsUnknown') });
      else return SECTORS.filter((sector) => given.some((g) => g.toUpperCase() === sector));
      return z.NEVER;
    }),
    reviewType: z.enum(REVIEW_TYPES, problem('reviewType')),
    visitDate: z.string().transform((raw, ctx) => {
      const text = raw.trim();
      if (text === '') return null;
      const date = toIsoDate(text);
      if (!date) ctx.addIssue({ code: 'custom', ...problem('visitDateInvalid') });
      else if (date < rules.today && date !== rules.keepVisitDate) ctx.addIssue({ code: 'custom', ...problem('visitDatePast') });
      else return date;
      return z.NEVER;
    }),
    wordLimitPerWaarborg: z.string().transform((raw, ctx) => {
      const text = raw.trim();
      if (text === '') return DEFAULT_WORD_LIMIT;
      // "1.500" and "1 500" are how Dutch writes fifteen hundred.
      const plain = /^\d{1,3}(?:[.\s]\d{3})+$/.test(text) ? text.replace(/[.\s]/g, '') : text;
      const count = /^\d+$/.test(plain) ? Number(plain) : NaN;
      if (count >= FORM_LIMITS.wordLimitMin && count <= FORM_LIMITS.wordLimitMax) return count;
      ctx.addIssue({ code: 'custom', ...problem('wordLimit') });
      return z.NEVER;
    }),
  });
}

export function parsePartnershipForm(values: FormValues, rules: Rules): Parsed {
  const parsed = schema(rules).safeParse({
    name: values.name ?? '',
    region: values.region ?? '',
    sectors: values.sectors ?? '',
    reviewType: values.reviewType ?? '',
    visitDate: values.visitDate ?? '',
    wordLimitPerWaarborg: values.wordLimit ?? '',
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => issue.message as ProblemCode) };
}

/** The sectors in a submitted value that are not PO, VO or MBO, as typed. */
export function unknownSectors(raw: string): string[] {
  return splitList(raw).filter((given) => !(SECTORS as readonly string[]).includes(given.toUpperCase()));
}

function splitList(raw: string): string[] {
  return raw.split(',').map((part) => part.trim()).filter(Boolean);
}

/** yyyy-mm-dd as the date pickers send it, or d-m-yyyy as people write it; null when no real date. */
export function toIsoDate(text: string): string | null {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const iso = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : text;
  return isIsoDate(iso) ? iso : null;
}

/** Today's date in the Netherlands, where every partnership is. */
export function todayInNetherlands(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
