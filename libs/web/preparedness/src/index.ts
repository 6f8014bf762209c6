export * from './lib/preparedness.routes';
