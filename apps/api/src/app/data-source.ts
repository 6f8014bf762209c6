import { ALL_ENTITIES } from '@samarbeid/api/data-access';
import { DataSourceOptions } from 'typeorm';

import { MIGRATIONS } from '../migrations';

/** Every entity of every feature: the one list the app, the migration tools and the tests use. */
export const ENTITIES = ALL_ENTITIES;

/**
 * The one DataSource configuration: `synchronize` is never on; the schema comes only from the checked-in
 * migrations, applied at start.
 */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName: 'samarbeid-api',
    extra: { max: 10 },
  };
}
