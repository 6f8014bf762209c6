export * from './lib/networks.routes';
