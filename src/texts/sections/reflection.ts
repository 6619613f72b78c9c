/** Texts of the reflection capability; values in src/texts/nl/reflection.ts and src/texts/en/reflection.ts. */
export interface ReflectionTexts {
  [key: string]: unknown;
}
