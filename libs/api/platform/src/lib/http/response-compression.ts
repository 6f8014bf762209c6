import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants as zlibConstants } from 'node:zlib';

import compression from 'compression';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** Below this a compressed body gains nothing worth the work (a small GraphQL answer, a health check). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Compressed responses (ADR 0014): GraphQL answers are JSON, about 90 % compressible, and the Excel and PDF
 * downloads are zip or compressed streams already (skipped by type). Brotli when the client accepts it (quality 4:
 * per response, so fast over small), else gzip. Event streams and anything already encoded are left alone.
 */
export function responseCompression(): Middleware {
  const middleware = compression({
    threshold: COMPRESSION_THRESHOLD_BYTES,
    brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
    filter: (req, res) => {
      const type = String(res.getHeader('content-type') ?? '');
      if (type.startsWith('text/event-stream')) return false;
      return compression.filter(req, res);
    },
  });
  return (req, res, next) => middleware(req as never, res as never, next);
}
