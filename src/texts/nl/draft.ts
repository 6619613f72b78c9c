import type { DraftTexts } from '../sections/draft';

export const draftNl: DraftTexts = {};
