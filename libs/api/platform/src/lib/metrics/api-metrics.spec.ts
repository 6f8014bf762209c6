import { describe, expect, it } from '@jest/globals';

import { ApiMetrics, errorCodeLabel, MAX_OPERATION_NAMES } from './api-metrics';
import { routeLabel } from './http-metrics.middleware';

describe('ApiMetrics', () => {
  it('labels operations by name only once the document is known to be valid', () => {
    const metrics = new ApiMetrics(() => null);
    expect(metrics.operationLabel('Municipalities', true)).toBe('Municipalities');
    expect(metrics.operationLabel(undefined, true)).toBe('anonymous');
    expect(metrics.operationLabel(null, true)).toBe('anonymous');
    expect(metrics.operationLabel('Municipalities', false)).toBe('other');
    expect(metrics.operationLabel(undefined, false)).toBe('other');
    expect(metrics.operationLabel('x'.repeat(64), true)).toBe('x'.repeat(64));
    expect(metrics.operationLabel('x'.repeat(65), true)).toBe('other');
    expect(metrics.operationLabel('not a name', true)).toBe('other');
  });

  it(`keeps at most ${MAX_OPERATION_NAMES} operation names, and the ones it has`, () => {
    const metrics = new ApiMetrics(() => null);
    for (let i = 0; i < MAX_OPERATION_NAMES; i++)
      expect(metrics.operationLabel(`Op${i}`, true)).toBe(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany', true)).toBe('other');
    expect(metrics.operationLabel('Op7', true)).toBe('Op7');
  });

  it('labels error codes as they are when they look like codes', () => {
    expect(errorCodeLabel('FORBIDDEN')).toBe('FORBIDDEN');
    expect(errorCodeLabel('GRAPHQL_VALIDATION_FAILED')).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorCodeLabel(undefined)).toBe('UNKNOWN');
    expect(errorCodeLabel('drop table; --')).toBe('other');
    expect(errorCodeLabel(42)).toBe('other');
  });

  it('reports the pool, 0 before the database is connected', async () => {
    let pool: {
      totalCount: number;
      idleCount: number;
      waitingCount: number;
      options: { max: number };
    } | null = null;
    const metrics = new ApiMetrics(() => pool);
    expect(await metrics.registry.getSingleMetricAsString('samarbeid_db_pool_connections')).toMatch(
      /samarbeid_db_pool_connections 0$/,
    );
    pool = { totalCount: 7, idleCount: 2, waitingCount: 3, options: { max: 10 } };
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^samarbeid_db_pool_connections 7$/m);
    expect(text).toMatch(/^samarbeid_db_pool_idle_connections 2$/m);
    expect(text).toMatch(/^samarbeid_db_pool_waiting_requests 3$/m);
    expect(text).toMatch(/^samarbeid_db_pool_max_connections 10$/m);
  });

  it('counts requests, errors and durations with the given labels', async () => {
    const metrics = new ApiMetrics(() => null);
    metrics.recordGraphQL({ operation: 'Me', type: 'query', seconds: 0.02, errorCodes: ['UNAUTHENTICATED'] });
    metrics.recordGraphQL({ operation: 'Me', type: 'query', seconds: 0.01, errorCodes: [] });
    metrics.recordHttp({ method: 'BREW', route: '/graphql', status: 418, seconds: 0.001 });
    const text = await metrics.registry.metrics();
    expect(text).toContain('samarbeid_graphql_requests_total{operation="Me",type="query",outcome="error"} 1');
    expect(text).toContain(
      'samarbeid_graphql_requests_total{operation="Me",type="query",outcome="success"} 1',
    );
    expect(text).toContain('samarbeid_graphql_errors_total{operation="Me",code="UNAUTHENTICATED"} 1');
    expect(text).toContain('samarbeid_graphql_request_duration_seconds_count{operation="Me",type="query"} 2');
    expect(text).toContain('samarbeid_http_requests_total{method="other",route="/graphql",status="418"} 1');
  });
});

describe('routeLabel', () => {
  it('uses the matched route pattern, the mounted GraphQL path, or "unmatched"', () => {
    expect(routeLabel({ method: 'GET', url: '/health/ready?x=1', route: { path: '/health/ready' } })).toBe(
      '/health/ready',
    );
    expect(routeLabel({ method: 'POST', url: '/', originalUrl: '/graphql?op=Me' })).toBe('/graphql');
    expect(routeLabel({ method: 'GET', url: '/wp-admin/login.php' })).toBe('unmatched');
  });
});
