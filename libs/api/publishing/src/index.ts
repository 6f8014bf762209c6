export * from './lib/publishing.module';
export * from './lib/public/public-sources';
export { PUBLIC_TABLES, type PublicTableName } from './lib/domain/public-fields';
export { DEFAULT_STATEMENT } from './lib/domain/statement';
