import type { DraftTexts } from '../sections/draft';

export const draftEn: DraftTexts = {};
