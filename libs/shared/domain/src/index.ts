export * from './lib/dependency-graph';
export * from './lib/identity';
export * from './lib/measure-status';
export * from './lib/municipality';
export * from './lib/portfolio';
export * from './lib/progress';
export * from './lib/roles';
export * from './lib/economics';
