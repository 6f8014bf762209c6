export * from './lib/indicators.routes';
export * from './lib/measure-tab/measure-indicators.routes';
