export * from './bank';
export * from './feedback';
export * from './groups';
export * from './holidays';
export * from './leitner';
export * from './plan';
export type * from './repository';
export * from './mock-visit';
