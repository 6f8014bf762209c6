import { performance } from 'node:perf_hooks';

import { Injectable, NestMiddleware } from '@nestjs/common';

import { ApiMetrics } from './api-metrics';

/** The parts of an Express request and response the middleware reads. */
export interface MeasuredRequest {
  readonly method: string;
  readonly url: string;
  readonly originalUrl?: string;
  /** Set by Express when a route matched: its pattern, e.g. `/health/ready`. */
  readonly route?: { readonly path?: unknown };
}
export interface MeasuredResponse {
  readonly statusCode: number;
  once(event: 'finish', listener: () => void): unknown;
}

/** Paths served by a mounted handler rather than a route, so Express sets no route pattern for them. */
export const MOUNTED_PATHS: readonly string[] = ['/graphql'];

/**
 * The route label of a request: the matched route's pattern, a mounted path, or "unmatched" (404s and the like),
 * never the raw URL, which a caller could vary without end.
 */
export function routeLabel(request: MeasuredRequest): string {
  const pattern = request.route?.path;
  if (typeof pattern === 'string' && pattern !== '') return pattern;
  const path = (request.originalUrl ?? request.url).split('?')[0];
  return MOUNTED_PATHS.includes(path) ? path : 'unmatched';
}

/** Counts and times every HTTP request by method, route pattern and status, when the response is sent. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware<MeasuredRequest, MeasuredResponse> {
  constructor(private readonly metrics: ApiMetrics) {}

  use(request: MeasuredRequest, response: MeasuredResponse, next: () => void): void {
    const started = performance.now();
    response.once('finish', () => {
      this.metrics.recordHttp({
        method: request.method,
        route: routeLabel(request),
        status: response.statusCode,
        seconds: (performance.now() - started) / 1000,
      });
    });
    next();
  }
}
