export { framework, frameworkData } from './framework';
export {
  findWaarborg,
  getSelfEvaluationRequirement,
  getWaarborg,
  listImplications,
  listMinimumItems,
  listMinimumItemsForTheme,
  listPracticeQuestions,
} from './lookups';
export { normalizeName } from './normalize';
export * from './schema';
