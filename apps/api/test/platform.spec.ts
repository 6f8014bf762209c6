import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_POLICY } from '@samarbeid/api/platform';
import { workspaceRoot } from '@samarbeid/tools/stack';

import { RESOLVERS } from '../src/app/resolvers';
import { schemaDrift } from '../src/app/schema-drift';
import { schemaFileText } from '../src/app/schema-file';
import { seedDemo } from '../src/seed/demo-seed.service';
import { reseedDemo } from './support/portfolio';
import { useTestApp } from './support/test-app';

describe('the platform around the features', () => {
  const api = useTestApp();

  it('reports health with the database up, and echoes a request id', async () => {
    const response = await fetch(`${api.url}/health`, { headers: { 'x-request-id': 'test-123' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up', migrations: 'applied' });
    expect(response.headers.get('x-request-id')).toBe('test-123');
  });

  it('makes up a request id when none is given', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('has migrations that match the entities (no schema drift)', async () => {
    expect(await schemaDrift(api.dataSource)).toEqual({ up: [], down: [] });
  });

  it('can roll every migration back and apply it again', async () => {
    const applied = await api.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM typeorm_migrations',
    );
    for (let i = 0; i < applied[0].n; i++) {
      await api.dataSource.undoLastMigration({ transaction: 'each' });
    }
    const tables = await api.dataSource.query<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'",
    );
    expect(tables[0].n).toBe(0);
    await api.dataSource.runMigrations({ transaction: 'each' });
    await api.dataSource.transaction((manager) => seedDemo(manager));
    expect(await schemaDrift(api.dataSource)).toEqual({ up: [], down: [] });
  });

  it('seeds the demo idempotently', async () => {
    const { before, after } = await reseedDemo(api.dataSource);
    expect(after).toEqual(before);
    // Kongsbergregionen (7), Hallingdal (6) and the Øvre Eiker reference region (1).
    expect(before).toMatchObject({
      region: 3,
      municipality: 14,
      region_membership: 14,
      municipality_population: 8,
    });
  });

  it('has a committed schema file equal to the running schema (run `npx nx build api` when this fails)', async () => {
    const committed = await readFile(join(workspaceRoot(), 'apps/api/src/schema.gql'), 'utf8');
    expect(committed).toBe(schemaFileText(api.app.get(GraphQLSchemaHost).schema));
  });

  it('gives every query and mutation an access policy (deny by default)', () => {
    const missing: string[] = [];
    for (const resolver of RESOLVERS) {
      for (const name of Object.getOwnPropertyNames(resolver.prototype)) {
        const method = (resolver.prototype as unknown as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof method !== 'function') continue;
        const operation: unknown = Reflect.getMetadata('graphql:resolver_type', method);
        if (operation !== 'Query' && operation !== 'Mutation' && operation !== 'Subscription') continue;
        if (!Reflect.getMetadata(ACCESS_POLICY, method) && !Reflect.getMetadata(ACCESS_POLICY, resolver)) {
          missing.push(`${resolver.name}.${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
