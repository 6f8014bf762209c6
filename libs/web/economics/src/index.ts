export * from './lib/economics.routes';
export * from './lib/measure-tabs.routes';
