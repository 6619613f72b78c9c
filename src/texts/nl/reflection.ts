import type { ReflectionTexts } from '../sections/reflection';

export const reflectionNl: ReflectionTexts = {};
