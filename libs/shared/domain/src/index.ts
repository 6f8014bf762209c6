export * from './lib/identity';
export * from './lib/municipality';
export * from './lib/roles';
