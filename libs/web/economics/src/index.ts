export * from './lib/economics.routes';
