export { analyseAnswer, analyseRequest } from './analyse';
export { followUpSchema } from './schema';
export { MAX_FOLLOW_UPS } from './follow-ups';
export { INTENTION_CUES } from './intentions';
export { PARTNER_CUES } from './partners';
export { COHERENCE_CUES } from './coherence';
export { fold } from './normalise';
export * from './types';
