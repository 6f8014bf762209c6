import { createHash, timingSafeEqual } from 'node:crypto';

import { Controller, Get, Headers, Inject, Res, UnauthorizedException } from '@nestjs/common';

import { Public } from '../auth/access.decorators';
import type { AppConfig } from '../config/app-config';
import { SkipRateLimit } from '../http/rate-limit';
import { ApiMetrics } from './api-metrics';

export const METRICS_OPTIONS = Symbol('METRICS_OPTIONS');

interface HeaderResponse {
  setHeader(name: string, value: string): unknown;
}

/**
 * `GET /metrics` in Prometheus' text format. Not behind the login (a scraper has no user), but behind
 * `METRICS_TOKEN` when one is configured: `Authorization: Bearer <token>`, compared in constant time.
 */
@Controller('metrics')
// Scraped every few seconds from one address; the token, not a rate limit, keeps strangers out.
@SkipRateLimit()
export class MetricsController {
  private readonly expected: Buffer | null;

  constructor(
    private readonly metrics: ApiMetrics,
    @Inject(METRICS_OPTIONS) options: AppConfig['metrics'],
  ) {
    this.expected = options.token === null ? null : digest(options.token);
  }

  @Get()
  @Public()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<string> {
    if (this.expected !== null && !this.authorised(authorization)) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new UnauthorizedException({
        statusCode: 401,
        message:
          'Oppgi riktig token for å hente målinger. / Send the right bearer token to read the metrics.',
      });
    }
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    response.setHeader('Cache-Control', 'no-store');
    return this.metrics.registry.metrics();
  }

  private authorised(authorization: string | undefined): boolean {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    return match !== null && this.expected !== null && timingSafeEqual(digest(match[1]), this.expected);
  }
}

/** Equal-length values for timingSafeEqual, whatever the length of what was sent. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
