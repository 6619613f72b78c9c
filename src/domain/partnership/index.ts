export * from './contribution';
export * from './partnership';
export * from './repository';
export * from './roles';
