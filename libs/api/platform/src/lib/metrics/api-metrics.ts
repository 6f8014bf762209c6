import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** A pg Pool's counters, as `DataSource.driver.master` exposes them for PostgreSQL. */
export interface PoolStats {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
  readonly options?: { readonly max?: number };
}

/** Operation names longer than this are labelled "other" (they would only bloat the series). */
export const MAX_OPERATION_NAME_LENGTH = 64;
/** Distinct operation names kept per process; names seen after that are labelled "other". */
export const MAX_OPERATION_NAMES = 200;

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The API's metrics in a registry of their own (one per app instance, so that tests booting several apps in one
 * process do not clash, and nothing lands in prom-client's global registry). Label values are bounded: operation
 * names pass through {@link operationLabel}, error codes through {@link errorCodeLabel}, routes are Express route
 * patterns, never raw URLs.
 */
export class ApiMetrics {
  readonly registry = new Registry();

  private readonly graphqlRequests = new Counter({
    name: 'samarbeid_graphql_requests_total',
    help: 'GraphQL requests by operation name, operation type and outcome (success, or error when the response carries errors).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'samarbeid_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });
  private readonly graphqlErrors = new Counter({
    name: 'samarbeid_graphql_errors_total',
    help: 'Errors in GraphQL responses by operation name and extensions.code.',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });
  private readonly httpRequests = new Counter({
    name: 'samarbeid_http_requests_total',
    help: 'HTTP requests by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'samarbeid_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern.',
    labelNames: ['method', 'route'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });
  private readonly operationNames = new Set<string>();

  constructor(pool: () => PoolStats | null) {
    collectDefaultMetrics({ register: this.registry });
    const poolGauge = (name: string, help: string, read: (stats: PoolStats) => number | undefined): void => {
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const stats = pool();
          const value = stats ? read(stats) : undefined;
          if (value !== undefined) this.set(value);
        },
      });
    };
    poolGauge(
      'samarbeid_db_pool_connections',
      'Open connections in the database pool (busy and idle).',
      (s) => s.totalCount,
    );
    poolGauge(
      'samarbeid_db_pool_idle_connections',
      'Open connections in the database pool not in use.',
      (s) => s.idleCount,
    );
    poolGauge(
      'samarbeid_db_pool_waiting_requests',
      'Queries waiting for a connection because every connection in the pool is busy.',
      (s) => s.waitingCount,
    );
    poolGauge(
      'samarbeid_db_pool_max_connections',
      'The largest number of connections the pool opens.',
      (s) => s.options?.max,
    );
  }

  /**
   * The label for an operation: its name when the document parsed and validated against the schema (`resolved`),
   * so that it is a name the document really declares; "anonymous" for such an operation without a name; "other"
   * for a request that never got that far, a name over {@link MAX_OPERATION_NAME_LENGTH} characters, and new names
   * once {@link MAX_OPERATION_NAMES} have been seen.
   */
  operationLabel(name: string | null | undefined, resolved: boolean): string {
    if (!resolved) return 'other';
    if (!name) return 'anonymous';
    if (name.length > MAX_OPERATION_NAME_LENGTH || !GRAPHQL_NAME.test(name)) return 'other';
    if (!this.operationNames.has(name)) {
      if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
      this.operationNames.add(name);
    }
    return name;
  }

  recordGraphQL(request: {
    operation: string;
    type: string;
    seconds: number;
    errorCodes: readonly unknown[];
  }): void {
    const outcome = request.errorCodes.length > 0 ? 'error' : 'success';
    this.graphqlRequests.inc({ operation: request.operation, type: request.type, outcome });
    this.graphqlDuration.observe({ operation: request.operation, type: request.type }, request.seconds);
    for (const code of request.errorCodes) {
      this.graphqlErrors.inc({ operation: request.operation, code: errorCodeLabel(code) });
    }
  }

  recordHttp(request: { method: string; route: string; status: number; seconds: number }): void {
    const method = HTTP_METHODS.has(request.method) ? request.method : 'other';
    this.httpRequests.inc({ method, route: request.route, status: String(request.status) });
    this.httpDuration.observe({ method, route: request.route }, request.seconds);
  }
}

/** `extensions.code` as a label: an upper-case code as it is, anything else "other", none "UNKNOWN". */
export function errorCodeLabel(code: unknown): string {
  if (code === undefined || code === null) return 'UNKNOWN';
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'other';
}
