export * from './lib/apollo';
export * from './lib/api-error';
export * from './lib/dom';
export * from './lib/host';
export * from './lib/region';
export * from './lib/users';
export * from './lib/confirm';
