import type { IncomingMessage, ServerResponse } from 'node:http';

import { type CryptoKey, type JWK, jwtVerify, type KeyObject } from 'jose';

import { API_AUDIENCE } from '@samarbeid/shared/domain';

import { SCOPE_CLAIMS, userClaims } from './claims';
import { findUserById, type Realm } from './realm';
import { sendJson } from './respond';

export interface UserinfoOptions {
  readonly issuer: string;
  readonly realm: Realm;
  readonly publicKey: CryptoKey | KeyObject | JWK | Uint8Array;
  readonly corsHeaders: (req: IncomingMessage) => Record<string, string>;
}

/**
 * The userinfo endpoint. oidc-provider refuses access tokens that carry an audience at its own userinfo
 * endpoint, but every token here is a JWT for `samarbeid-api` (as in Keycloak, whose userinfo endpoint
 * accepts them), so the provider answers userinfo itself: it verifies the token and returns the claims
 * of the token's scopes.
 */
export function createUserinfoHandler(options: UserinfoOptions) {
  const { issuer, realm, publicKey, corsHeaders } = options;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const cors = corsHeaders(req);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET,POST',
        'Access-Control-Allow-Headers': 'Authorization,Content-Type',
        'Access-Control-Max-Age': '3600',
      });
      res.end();
      return;
    }
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const fail = (description: string): void =>
      sendJson(
        res,
        401,
        { error: 'invalid_token', error_description: description },
        {
          ...cors,
          'WWW-Authenticate': `Bearer realm="${realm.name}", error="invalid_token"`,
        },
      );
    if (!token) {
      fail('Token not provided');
      return;
    }
    let subject: string | undefined;
    let scopes: string[];
    try {
      const { payload } = await jwtVerify(token, publicKey, {
        issuer,
        audience: API_AUDIENCE,
        algorithms: ['RS256'],
      });
      subject = payload.sub;
      scopes = typeof payload['scope'] === 'string' ? payload['scope'].split(' ') : [];
    } catch {
      fail('Token verification failed');
      return;
    }
    const user = subject === undefined ? undefined : findUserById(realm, subject);
    if (!user || !scopes.includes('openid')) {
      fail(user ? 'Missing openid scope' : 'User not found');
      return;
    }
    const allowed = new Set(scopes.flatMap((scope) => SCOPE_CLAIMS[scope] ?? []));
    const claims = Object.fromEntries(Object.entries(userClaims(user)).filter(([name]) => allowed.has(name)));
    sendJson(res, 200, claims, cors);
  };
}
