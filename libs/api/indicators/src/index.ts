export * from './lib/indicators.module';
export { KOSTRA_GROUPS } from './lib/kostra/kostra-catalogue';
