export * from './lib/municipalities.routes';
