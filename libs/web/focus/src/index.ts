export * from './lib/focus.routes';
