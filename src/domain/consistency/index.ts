export { checkItem } from './check';
export { answersByItem, type ContributionLike } from './group-answers';
export { itemsWithKeyTerms, keyTermsOf, mentions } from './key-terms';
export { readStatements } from './statements';
export * from './types';
