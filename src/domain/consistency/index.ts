export { checkItem } from './check';
export { findContradictions } from './contradictions';
export { answersByItem, type ContributionLike } from './group-answers';
export { itemsWithKeyTerms, keyTermsOf, mentions } from './key-terms';
export { NEGATION_CUES } from './negations';
export { readStatements } from './statements';
export * from './types';
