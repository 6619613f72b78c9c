export * from './contribution';
export * from './partnership';
export * from './repository';
export * from './roles';
export * from './region';
export * from './vraagstuk';
export * from './participation';
