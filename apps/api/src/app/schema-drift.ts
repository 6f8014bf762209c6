import { DataSource } from 'typeorm';

export interface SchemaDrift {
  readonly up: string[];
  readonly down: string[];
}

/**
 * What the entities want that the migrated database lacks: the SQL `migration:generate` would write.
 * Empty when entities and migrations agree.
 */
export async function schemaDrift(dataSource: DataSource): Promise<SchemaDrift> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((query) => query.query),
    down: sql.downQueries.map((query) => query.query).reverse(),
  };
}
