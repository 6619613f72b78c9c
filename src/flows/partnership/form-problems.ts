// The reply to refused form values: what is wrong, in the person's words, and
// the same form back with everything they typed.
import type { Message } from '../../core/turn';
import type { Texts } from '../../texts';
import { FORM_LIMITS, partnershipForm, type EditTarget, type FormValues } from './form';
import { SECTORS } from '../../domain/partnership';
import { toIsoDate, unknownSectors, type ProblemCode } from './form-schema';

function problemText(texts: Texts, code: ProblemCode, values: FormValues): string {
  const { invalid, names } = texts.partnership;
  switch (code) {
    case 'nameEmpty':
      return invalid.nameEmpty;
    case 'nameTooLong':
      return invalid.nameTooLong(FORM_LIMITS.name);
    case 'nameTaken':
      return invalid.nameTaken((values.name ?? '').trim());
    case 'regionEmpty':
      return invalid.regionEmpty;
    case 'regionTooLong':
      return invalid.regionTooLong(FORM_LIMITS.region);
    case 'sectorsEmpty':
      return invalid.sectorsEmpty;
    case 'sectorsUnknown':
      return invalid.sectorsUnknown(unknownSectors(values.sectors ?? '').map((given) => given.slice(0, 40)));
    case 'reviewType':
      return invalid.reviewType;
    case 'visitDateInvalid':
      return invalid.visitDateInvalid((values.visitDate ?? '').trim().slice(0, 40));
    case 'visitDatePast': {
      const date = toIsoDate((values.visitDate ?? '').trim());
      return date ? invalid.visitDatePast(names.date(date)) : invalid.visitDateInvalid((values.visitDate ?? '').trim().slice(0, 40));
    }
    case 'wordLimit':
      return invalid.wordLimit((values.wordLimit ?? '').trim().slice(0, 40), FORM_LIMITS.wordLimitMin, FORM_LIMITS.wordLimitMax);
  }
}

/** Explains the problems and offers the form again, filled in as submitted. */
export function refusal(texts: Texts, target: 'create' | EditTarget, problems: readonly ProblemCode[], values: FormValues, known = 0): Message {
  const lines = [...new Set(problems)].map((code) => `- ${problemText(texts, code, values)}`);
  // Known sectors stay ticked and a date typed as 14-4-2027 shows in the picker; what cannot be shown is quoted above.
  const given = (values.sectors ?? '').split(',').map((s) => s.trim().toUpperCase());
  const sectors = SECTORS.filter((sector) => given.includes(sector)).join(',');
  const visitDate = toIsoDate((values.visitDate ?? '').trim()) ?? values.visitDate ?? '';
  return {
    private: true,
    blocks: [
      { type: 'text', text: `${texts.partnership.invalid.intro}\n${lines.join('\n')}\n\n${texts.partnership.invalid.outro}` },
      partnershipForm(texts, target, { ...values, sectors, visitDate }, known),
    ],
  };
}
