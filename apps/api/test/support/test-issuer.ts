import { createServer, Server } from 'node:http';

import { exportJWK, generateKeyPair, JWTPayload, SignJWT } from 'jose';

import { suiteHandle } from './suite';

/**
 * An issuer of our own for the token-rejection cases that need a key the API trusts (expired, wrong
 * audience…): a real RS256 key pair whose public half is served as a JWKS over HTTP, so the API's verifier
 * runs exactly as it does against Keycloak.
 */
export interface TestIssuer {
  readonly issuerUrl: string;
  sign(
    claims: JWTPayload,
    options?: { expiresIn?: string | number; issuer?: string; typ?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const server: Server = createServer((req, res) => {
    if (req.url?.endsWith('/protocol/openid-connect/certs')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const issuerUrl = `http://127.0.0.1:${port}/realms/test`;
  return {
    issuerUrl,
    sign: (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: options.typ ?? 'JWT' })
        .setIssuer(options.issuer ?? issuerUrl)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The issuer of the surrounding describe block: started before its tests (register it before the app that trusts it). */
export function useTestIssuer(): TestIssuer {
  return suiteHandle('The test issuer', startTestIssuer, (issuer) => issuer.close());
}
