export { dossierCheck, type DossierCheckInput, type DrillAnswerLike } from './check';
export type * from './types';
