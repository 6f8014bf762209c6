export * from './lib/publishing.routes';
