import { assessment } from './assessment-criteria';
import { inductionAndDevelopment } from './induction-and-development';
import { practiceQuestions } from './practice-questions';
import { reviews } from './review-phases';
import { frameworkSchema, type Framework, type FrameworkInput } from './schema';
import { selfEvaluation } from './self-evaluation-requirements';
import { waarborgen } from './waarborgen';

/** The raw data of all modules, before validation. */
export const frameworkData: FrameworkInput = {
  waarborgen,
  selfEvaluation,
  assessment,
  inductionAndDevelopment,
  practiceQuestions,
  reviews,
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The quality framework, validated at module load: malformed data throws here,
 * not later in a conversation. Frozen, so callers cannot change it by accident.
 */
export const framework: Framework = deepFreeze(frameworkSchema.parse(frameworkData));
