import { z } from 'zod';
import { normalizeName } from './normalize';

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

/** Stable id: kebab-case segments separated by dots, e.g. `lerende-leraar.minimum.1`. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

const idSchema = z.string().regex(ID_PATTERN, 'id must be kebab-case segments separated by dots');

const nonEmptyText = z.string().refine((s) => s.trim().length > 0, 'text must not be empty');

/** Every text exists in Dutch (first, the language of the users) and English. */
const bilingualTextSchema = z.strictObject({
  nl: nonEmptyText,
  en: nonEmptyText,
});

export const sourceDocumentSchema = z.enum(['kwaliteitskader', 'dusi-verslag-2024']);
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

/** Where in the source documents an item comes from (chapter/section/annex wording). */
export const sourceSchema = z.strictObject({
  document: sourceDocumentSchema,
  section: nonEmptyText,
});
export type Source = z.infer<typeof sourceSchema>;

/** A cited statement. `details` holds sub-points the source lists under it. */
export const frameworkItemSchema = z.strictObject({
  id: idSchema,
  text: bilingualTextSchema,
  details: z.array(bilingualTextSchema).min(1).optional(),
  source: sourceSchema,
});
export type FrameworkItem = z.infer<typeof frameworkItemSchema>;

export const WAARBORG_IDS = ['lerende-leraar', 'leeromgeving', 'organisatie', 'kwaliteitscultuur'] as const;
export const waarborgIdSchema = z.enum(WAARBORG_IDS);
export type WaarborgId = z.infer<typeof waarborgIdSchema>;

// ---------------------------------------------------------------------------
// Chapter 2: the four waarborgen for Samen Opleiden
// ---------------------------------------------------------------------------

/** A named characteristic (kenmerk) the source describes under a waarborg. */
const themeSchema = z.strictObject({
  id: idSchema,
  name: bilingualTextSchema,
  description: bilingualTextSchema,
  /** Questions the source lists as part of the theme (kwaliteitscultuur). */
  questions: z.array(frameworkItemSchema).min(1).optional(),
  source: sourceSchema,
});

/**
 * One "wat moet minimaal zichtbaar zijn" item. The source lists these per
 * waarborg; `themeIds` links each to the theme(s) of that waarborg it concerns.
 */
export const minimumItemSchema = frameworkItemSchema.extend({
  themeIds: z.array(idSchema).min(1),
});
export type MinimumItem = z.infer<typeof minimumItemSchema>;

export const waarborgSchema = z.strictObject({
  id: waarborgIdSchema,
  number: z.int().min(1).max(4),
  name: bilingualTextSchema,
  description: bilingualTextSchema,
  /** Names users might type besides the id and the NL/EN names. */
  aliases: z.array(nonEmptyText).min(1),
  themes: z.array(themeSchema).min(1),
  minimumItems: z.array(minimumItemSchema).min(1),
  source: sourceSchema,
});
export type Waarborg = z.infer<typeof waarborgSchema>;

// ---------------------------------------------------------------------------
// DUS-I bijlage 3: assessment criteria and self-evaluation requirements
// ---------------------------------------------------------------------------

export const ASSESSMENT_CRITERION_IDS = ['concrete', 'coherence', 'practice', 'jointness'] as const;
export const assessmentCriterionIdSchema = z.enum(ASSESSMENT_CRITERION_IDS);
export type AssessmentCriterionId = z.infer<typeof assessmentCriterionIdSchema>;

const assessmentCriterionSchema = z.strictObject({
  id: assessmentCriterionIdSchema,
  number: z.int().min(1).max(4),
  name: bilingualTextSchema,
  description: bilingualTextSchema,
  source: sourceSchema,
});

export const assessmentSchema = z.strictObject({
  criteria: z.array(assessmentCriterionSchema).length(4),
  /** How the committee applies the criteria. */
  rules: z.array(frameworkItemSchema).min(1),
  /** What committee members named as decisive for their judgement. */
  decisiveFactors: z.array(frameworkItemSchema).min(1),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const selfEvaluationRequirementSchema = z.strictObject({
  id: idSchema,
  waarborgId: waarborgIdSchema,
  /** Left column of bijlage 3: the basic quality to be described. */
  basicQuality: z.array(frameworkItemSchema).min(1),
  /** Right column of bijlage 3: "laat het partnerschap zien in hoeverre ...". */
  mustShow: z.array(frameworkItemSchema).min(1),
  source: sourceSchema,
});
export type SelfEvaluationRequirement = z.infer<typeof selfEvaluationRequirementSchema>;

export const selfEvaluationSchema = z.strictObject({
  /** Lead-in for the `mustShow` items. */
  lead: bilingualTextSchema,
  requirements: z.array(selfEvaluationRequirementSchema).length(4),
  /** Writing advice the committee gave about the (concept) self-evaluation. */
  guidance: z.array(frameworkItemSchema).min(1),
});
export type SelfEvaluation = z.infer<typeof selfEvaluationSchema>;

// ---------------------------------------------------------------------------
// Chapter 4: waarborgen for begeleiden (induction) and professionaliseren
// ---------------------------------------------------------------------------

const DEVELOPMENT_SCOPE_IDS = ['induction', 'development', 'induction-and-development'] as const;
export const developmentScopeIdSchema = z.enum(DEVELOPMENT_SCOPE_IDS);
export type DevelopmentScopeId = z.infer<typeof developmentScopeIdSchema>;

const developmentScopeSchema = z.strictObject({
  id: z.enum(['induction', 'development']),
  name: bilingualTextSchema,
  description: bilingualTextSchema,
  source: sourceSchema,
});

/** An "Implicaties voor begeleiden / professionaliseren" item of ch. 4. */
export const implicationSchema = frameworkItemSchema.extend({
  scope: developmentScopeIdSchema,
});
export type Implication = z.infer<typeof implicationSchema>;

const developmentWaarborgSchema = z.strictObject({
  id: idSchema,
  waarborgId: waarborgIdSchema,
  description: bilingualTextSchema,
  themes: z.array(themeSchema).min(1),
  implications: z.array(implicationSchema).min(1),
  source: sourceSchema,
});

export const inductionAndDevelopmentSchema = z.strictObject({
  /** Formative, not summative: a handle for reflection, not a norm. */
  status: frameworkItemSchema,
  scopes: z.array(developmentScopeSchema).length(2),
  waarborgen: z.array(developmentWaarborgSchema).length(4),
});
export type InductionAndDevelopment = z.infer<typeof inductionAndDevelopmentSchema>;

// ---------------------------------------------------------------------------
// DUS-I bijlage 4: practice questions per visit-day conversation
// ---------------------------------------------------------------------------

export const CONVERSATION_GROUP_IDS = ['students', 'teacher-educators', 'board-members'] as const;
export const conversationGroupIdSchema = z.enum(CONVERSATION_GROUP_IDS);
export type ConversationGroupId = z.infer<typeof conversationGroupIdSchema>;

export const practiceQuestionSchema = frameworkItemSchema.extend({
  waarborgId: waarborgIdSchema,
});
export type PracticeQuestion = z.infer<typeof practiceQuestionSchema>;

const conversationGroupSchema = z.strictObject({
  id: conversationGroupIdSchema,
  number: z.int().min(1).max(3),
  name: bilingualTextSchema,
  questions: z.array(practiceQuestionSchema).min(1),
  source: sourceSchema,
});

export const practiceQuestionsSchema = z.strictObject({
  note: frameworkItemSchema,
  groups: z.array(conversationGroupSchema).length(3),
});
export type PracticeQuestions = z.infer<typeof practiceQuestionsSchema>;

// ---------------------------------------------------------------------------
// Chapter 3 and DUS-I ch. 2: peer review phases and timeline
// ---------------------------------------------------------------------------

const durationSchema = z.strictObject({
  amount: z.int().positive(),
  unit: z.enum(['minutes', 'weeks', 'months', 'years']),
});

const timingSchema = z
  .strictObject({
    /** Calendar months (1 = January) in which the step takes place. */
    months: z.array(z.int().min(1).max(12)).min(1).optional(),
    /** Deadline, counted from the previous step or event. */
    within: durationSchema.optional(),
    /** How long the step (or what it produces) lasts. */
    duration: durationSchema.optional(),
    /** Recurrence. */
    every: durationSchema.optional(),
  })
  .refine((t) => Object.values(t).some((v) => v !== undefined), 'timing needs at least one field');

const reviewStepSchema = frameworkItemSchema.extend({
  timing: timingSchema.optional(),
  /** Set when the step is one of the visit-day conversations. */
  conversationGroupId: conversationGroupIdSchema.optional(),
});

const reviewPhaseSchema = z.strictObject({
  id: idSchema,
  name: bilingualTextSchema,
  description: bilingualTextSchema,
  steps: z.array(reviewStepSchema).min(1),
  source: sourceSchema,
});

const REVIEW_TYPE_IDS = ['development-oriented', 'assessment-oriented'] as const;
const reviewTypeIdSchema = z.enum(REVIEW_TYPE_IDS);

export const reviewSchema = z.strictObject({
  id: reviewTypeIdSchema,
  name: bilingualTextSchema,
  description: bilingualTextSchema,
  timing: timingSchema.optional(),
  phases: z.array(reviewPhaseSchema).min(1),
  /** How the quality of the review itself is safeguarded. */
  safeguards: z.array(frameworkItemSchema).min(1).optional(),
  source: sourceSchema,
});
export type Review = z.infer<typeof reviewSchema>;

// ---------------------------------------------------------------------------
// The whole framework, with cross-reference checks
// ---------------------------------------------------------------------------

/** Collects every `id` in the tree with its path, for the uniqueness check. */
function collectIds(value: unknown, path: (string | number)[], out: { id: string; path: (string | number)[] }[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      collectIds(v, [...path, i], out);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') out.push({ id: v, path: [...path, key] });
      else collectIds(v, [...path, key], out);
    }
  }
}

function checkOrder(
  ctx: z.RefinementCtx,
  actual: readonly string[],
  expected: readonly string[],
  path: (string | number)[],
): void {
  if (actual.join('|') !== expected.join('|')) {
    ctx.addIssue({ code: 'custom', path, message: `expected [${expected.join(', ')}], got [${actual.join(', ')}]` });
  }
}

export const frameworkSchema = z
  .strictObject({
    waarborgen: z.array(waarborgSchema).length(4),
    selfEvaluation: selfEvaluationSchema,
    assessment: assessmentSchema,
    inductionAndDevelopment: inductionAndDevelopmentSchema,
    practiceQuestions: practiceQuestionsSchema,
    reviews: z.array(reviewSchema).length(2),
  })
  .superRefine((fw, ctx) => {
    // Fixed order of the enumerations.
    checkOrder(ctx, fw.waarborgen.map((w) => w.id), WAARBORG_IDS, ['waarborgen']);
    fw.waarborgen.forEach((w, i) => {
      if (w.number !== i + 1) ctx.addIssue({ code: 'custom', path: ['waarborgen', i, 'number'], message: `expected ${i + 1}` });
    });
    checkOrder(ctx, fw.selfEvaluation.requirements.map((r) => r.waarborgId), WAARBORG_IDS, ['selfEvaluation', 'requirements']);
    checkOrder(ctx, fw.assessment.criteria.map((c) => c.id), ASSESSMENT_CRITERION_IDS, ['assessment', 'criteria']);
    checkOrder(ctx, fw.inductionAndDevelopment.waarborgen.map((w) => w.waarborgId), WAARBORG_IDS, ['inductionAndDevelopment', 'waarborgen']);
    checkOrder(ctx, fw.inductionAndDevelopment.scopes.map((s) => s.id), ['induction', 'development'], ['inductionAndDevelopment', 'scopes']);
    checkOrder(ctx, fw.practiceQuestions.groups.map((g) => g.id), CONVERSATION_GROUP_IDS, ['practiceQuestions', 'groups']);
    checkOrder(ctx, fw.reviews.map((r) => r.id), REVIEW_TYPE_IDS, ['reviews']);

    // Ids unique across the whole framework.
    const ids: { id: string; path: (string | number)[] }[] = [];
    collectIds(fw, [], ids);
    const seen = new Set<string>();
    for (const { id, path } of ids) {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}"` });
      seen.add(id);
    }

    // Minimum items only point at themes of their own waarborg.
    fw.waarborgen.forEach((w, wi) => {
      const themeIds = new Set(w.themes.map((t) => t.id));
      w.minimumItems.forEach((item, ii) => {
        item.themeIds.forEach((tid, ti) => {
          if (!themeIds.has(tid)) {
            ctx.addIssue({
              code: 'custom',
              path: ['waarborgen', wi, 'minimumItems', ii, 'themeIds', ti],
              message: `unknown theme "${tid}" for waarborg ${w.id}`,
            });
          }
        });
      });
    });

    // Aliases (plus id and names) resolve to exactly one waarborg.
    const owner = new Map<string, string>();
    fw.waarborgen.forEach((w, wi) => {
      const names = [w.id, w.name.nl, w.name.en, ...w.aliases];
      names.forEach((name) => {
        const key = normalizeName(name);
        const other = owner.get(key);
        if (key.length === 0) {
          ctx.addIssue({ code: 'custom', path: ['waarborgen', wi, 'aliases'], message: `alias "${name}" normalises to nothing` });
        } else if (other !== undefined && other !== w.id) {
          ctx.addIssue({ code: 'custom', path: ['waarborgen', wi, 'aliases'], message: `alias "${name}" also names ${other}` });
        }
        owner.set(key, w.id);
      });
    });
  });

export type Framework = z.infer<typeof frameworkSchema>;
/** What the data modules provide (before parsing). */
export type FrameworkInput = z.input<typeof frameworkSchema>;
