import type { IncomingMessage, ServerResponse } from 'node:http';

import helmet from 'helmet';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The API answers JSON and files, never pages: nothing in a response may load, run, frame or be framed.
 * (Apollo's development landing page on GET /graphql is refused by it too; use the web app or a GraphQL client.)
 */
const API_CSP_DIRECTIVES = {
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** The header as helmet writes it: `default-src 'none';frame-ancestors 'none';…`. */
export const API_CONTENT_SECURITY_POLICY = Object.entries(API_CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join(';');

/** One year, without subdomains or preload: the API's own host only, which the operator can widen at the proxy. */
export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Security headers for every API response (helmet): the strict CSP above, `X-Frame-Options: DENY`, `nosniff`,
 * `Referrer-Policy: no-referrer`, cross-origin isolation headers, and no `X-Powered-By`. HSTS only on requests that
 * arrived over TLS (`req.secure`: directly, or through a proxy the API trusts, see TRUST_PROXY), so a plain-HTTP
 * development set-up on localhost never pins a browser to HTTPS.
 */
export function securityHeaders(): Middleware {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP_DIRECTIVES },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: false });
  return (req, res, next) => {
    headers(req, res, (error?: unknown) => {
      if (error) return next(error);
      if ((req as IncomingMessage & { secure?: boolean }).secure) return hsts(req, res, next);
      next();
    });
  };
}
