import type { ReflectionTexts } from '../sections/reflection';

export const reflectionEn: ReflectionTexts = {};
