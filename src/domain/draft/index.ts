export { assessText } from './assess-text';
export { compileDraft, type ContributionInput, type DraftEntryInput } from './compile';
export { signDownloadToken, verifyDownloadToken, type DownloadRef } from './download-token';
export type { DraftEntry, DraftRepository, SaveDraftEntry } from './entry';
export { MEDIA_TYPES, parseDraftRequest, type DraftRequest } from './format';
export { findItem, parseItemRef } from './item-ref';
export * from './types';
export { countWords } from './word-count';
export { reviewProgress, type ReviewProgress } from './progress';
