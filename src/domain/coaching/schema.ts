import { z } from 'zod';
import { limits } from '../../core/limits';
import { waarborgIdSchema } from '../framework';
import { CRITERION_REASONS, PARTNER_ROLE_IDS, type FollowUp, type NamedRoleId } from './types';

/**
 * The only data the coaching takes from outside: the answer a person typed and
 * the waarborg it answers (from conversation state). Everything the analysis
 * produces is a plain TypeScript type (`types.ts`).
 */
export const coachingContextSchema = z.strictObject({
  waarborgId: waarborgIdSchema,
});
export type CoachingContext = z.infer<typeof coachingContextSchema>;

/** The answer text; as long as a chat turn may be. */
export const answerTextSchema = z.string().max(limits.maxTextLength);

/** Text and context in one object, for callers that hold unknown input. */
export const analyseRequestSchema = z.strictObject({
  text: answerTextSchema,
  waarborgId: waarborgIdSchema,
});

const followUpReasonSchema = z.enum([...CRITERION_REASONS, 'intentions', 'no-student-example']);
const namedRoleSchema = z.enum(PARTNER_ROLE_IDS.filter((r): r is NamedRoleId => r !== 'joint'));

/**
 * A follow-up as a code, for callers that keep one (a flow's saved state) and
 * read it back: parsed, because an older deploy may have written another shape.
 */
export const followUpSchema: z.ZodType<FollowUp> = z.discriminatedUnion('id', [
  z.strictObject({ id: z.literal('ask-answer'), reason: followUpReasonSchema, waarborgId: waarborgIdSchema }),
  z.strictObject({ id: z.literal('ask-current-practice'), reason: followUpReasonSchema, phrase: z.string() }),
  z.strictObject({ id: z.literal('ask-student-example'), reason: followUpReasonSchema }),
  z.strictObject({ id: z.literal('ask-partners'), reason: followUpReasonSchema, roles: z.array(namedRoleSchema) }),
  z.strictObject({ id: z.literal('ask-coherence'), reason: followUpReasonSchema, others: z.array(waarborgIdSchema) }),
]);
