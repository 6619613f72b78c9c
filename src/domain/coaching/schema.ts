import { z } from 'zod';
import { limits } from '../../core/limits';
import { waarborgIdSchema } from '../framework';

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
export type AnalyseRequest = z.infer<typeof analyseRequestSchema>;
