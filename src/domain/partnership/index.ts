export * from './partnership';
export * from './roles';
