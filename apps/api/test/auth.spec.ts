import { describe, expect, it } from '@jest/globals';
import { passwordGrant, passwordGrantToken } from '@samarbeid/tools/stack';
import { decodeJwt, decodeProtectedHeader, exportSPKI, importJWK, JWK, SignJWT } from 'jose';

import { errorCode, testIssuerUrl, useTestApp } from './support/test-app';
import { startTestIssuer, useTestIssuer } from './support/test-issuer';

const ME = '{ me { id username name email roles municipalityNumber municipality { number name } } }';

interface MeData {
  me: {
    id: string;
    username: string;
    name: string;
    email: string;
    roles: string[];
    municipalityNumber: string | null;
    municipality: { number: string; name: string } | null;
  };
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('authentication against the development identity provider', () => {
  const api = useTestApp();

  it('refuses an anonymous caller with UNAUTHENTICATED and a sentence', async () => {
    const response = await api.gql(ME);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toBe('Du må logge inn for å gjøre dette.');
    expect(response.errors?.[0]?.extensions?.messageEn).toBe('You must sign in to do this.');
    expect(response.data).toBeNull();
  });

  it('returns the current user with roles and municipality for a valid token', async () => {
    const token = await passwordGrantToken(testIssuerUrl(), 'direktor.flesberg');
    const response = await api.gql<MeData>(ME, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data?.me).toMatchObject({
      username: 'direktor.flesberg',
      roles: ['municipal-director'],
      municipalityNumber: '3334',
      municipality: { number: '3334', name: 'Flesberg' },
    });
    expect(response.data?.me.id).toBe(decodeJwt(token).sub);
  });

  it('gives the secretariat user their role and no municipality', async () => {
    const token = await passwordGrantToken(testIssuerUrl(), 'sekretariat');
    const response = await api.gql<MeData>(ME, { token });
    expect(response.data?.me.roles).toEqual(['secretariat']);
    expect(response.data?.me.municipality).toBeNull();
  });

  it('rejects a token whose payload was changed after signing', async () => {
    const token = await passwordGrantToken(testIssuerUrl(), 'politiker');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const tampered = `${header}.${base64url({ ...claims, realm_access: { roles: ['secretariat'] } })}.${signature}`;
    expect(errorCode(await api.gql(ME, { token: tampered }))).toBe('UNAUTHENTICATED');
  });

  it('rejects an unsigned token (alg: none)', async () => {
    const token = await passwordGrantToken(testIssuerUrl(), 'politiker');
    const claims = decodeJwt(token);
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
    expect(errorCode(await api.gql(ME, { token: unsigned }))).toBe('UNAUTHENTICATED');
  });

  it('rejects an HS256 token signed with the issuer public key as the secret', async () => {
    const jwks = (await (await fetch(`${testIssuerUrl()}/protocol/openid-connect/certs`)).json()) as {
      keys: JWK[];
    };
    const publicKey = await importJWK({ ...jwks.keys[0], alg: 'RS256' }, 'RS256', { extractable: true });
    const pem = await exportSPKI(publicKey as CryptoKey);
    const claims = decodeJwt(await passwordGrantToken(testIssuerUrl(), 'politiker'));
    const forged = await new SignJWT({ ...claims, realm_access: { roles: ['secretariat'] } })
      .setProtectedHeader({ alg: 'HS256', kid: jwks.keys[0].kid })
      .sign(new TextEncoder().encode(pem));
    expect(errorCode(await api.gql(ME, { token: forged }))).toBe('UNAUTHENTICATED');
  });

  it('rejects a well-formed token signed by a key the issuer never published', async () => {
    const stranger = await startTestIssuer();
    try {
      const claims = decodeJwt(await passwordGrantToken(testIssuerUrl(), 'politiker'));
      const token = await stranger.sign({ ...claims }, { issuer: testIssuerUrl() });
      expect(errorCode(await api.gql(ME, { token }))).toBe('UNAUTHENTICATED');
    } finally {
      await stranger.close();
    }
  });

  it('refuses the development identity provider’s ID token, even one asked for the API', async () => {
    const body = await passwordGrant(testIssuerUrl(), 'politiker', { scope: 'openid' });
    expect(decodeProtectedHeader(body.access_token).typ).toBe('at+jwt');
    expect(decodeJwt(body.access_token)['typ']).toBe('Bearer');
    expect(errorCode(await api.gql(ME, { token: body.access_token }))).toBeUndefined();
    expect(body.id_token).toBeDefined();
    expect(errorCode(await api.gql(ME, { token: body.id_token }))).toBe('UNAUTHENTICATED');
  });

  it('accepts the test client (azp samarbeid-test) where the tests run (NODE_ENV=test, no OIDC_AUTHORIZED_PARTIES)', () => {
    expect(api.config.oidc.authorizedParties).toEqual([
      'samarbeid-web',
      'samarbeid-test',
      'samarbeid-integration',
    ]);
  });

  it('rejects a malformed Authorization header', async () => {
    expect(errorCode(await api.gql(ME, { token: 'not-a-jwt' }))).toBe('UNAUTHENTICATED');
  });

  it('publishes only RS256 keys, the one algorithm the API accepts', async () => {
    const jwks = (await (await fetch(`${testIssuerUrl()}/protocol/openid-connect/certs`)).json()) as {
      keys: JWK[];
    };
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys) {
      expect(key.kty).toBe('RSA');
      expect(key.alg ?? 'RS256').toBe('RS256');
    }
  });
});

describe('token claims checks with a trusted key', () => {
  const issuer = useTestIssuer();
  const api = useTestApp(() => ({
    OIDC_ISSUER_URL: issuer.issuerUrl,
    OIDC_AUTHORIZED_PARTIES: 'samarbeid-web',
  }));
  const valid = {
    typ: 'Bearer',
    sub: 'user-1',
    aud: ['samarbeid-api'],
    azp: 'samarbeid-web',
    preferred_username: 'test',
    realm_access: { roles: ['viewer'] },
    municipality: '3303',
  };

  it('accepts a token with every claim right (the control case)', async () => {
    const response = await api.gql<MeData>(ME, { token: await issuer.sign(valid) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.me).toMatchObject({ id: 'user-1', roles: ['viewer'], municipalityNumber: '3303' });
  });

  it.each([
    ['an expired token', () => issuer.sign(valid, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    ['a token from another issuer', () => issuer.sign(valid, { issuer: 'http://127.0.0.1:1/realms/other' })],
    ['a token for another audience', () => issuer.sign({ ...valid, aud: ['account'] })],
    ['a token for an unknown authorised party', () => issuer.sign({ ...valid, azp: 'some-other-client' })],
    ['a token without an authorised party', () => issuer.sign({ ...valid, azp: undefined })],
    // Keycloak's ID token: `typ: ID` in the payload; refused even with the API in `aud` and a known azp.
    ['a Keycloak ID token whose audience matches', () => issuer.sign({ ...valid, typ: 'ID' })],
    ['a Keycloak refresh token', () => issuer.sign({ ...valid, typ: 'Refresh' })],
    ['a token without a type claim', () => issuer.sign({ ...valid, typ: undefined })],
    ['a token with an unknown header type', () => issuer.sign(valid, { typ: 'id_token+jwt' })],
  ])('rejects %s', async (_case, makeToken) => {
    const response = await api.gql(ME, { token: await makeToken() });
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toBe('Innloggingen er ugyldig eller utløpt. Logg inn på nytt.');
  });

  it('accepts both access-token forms: Keycloak’s (header typ JWT) and RFC 9068’s (header typ at+jwt)', async () => {
    for (const typ of ['JWT', 'at+jwt']) {
      const response = await api.gql<MeData>(ME, { token: await issuer.sign(valid, { typ }) });
      expect(response.errors).toBeUndefined();
      expect(response.data?.me.id).toBe('user-1');
    }
  });

  it('ignores unknown roles and a malformed municipality claim', async () => {
    const token = await issuer.sign({
      ...valid,
      realm_access: { roles: ['viewer', 'admin'] },
      municipality: '33',
    });
    const response = await api.gql<MeData>(ME, { token });
    expect(response.data?.me.roles).toEqual(['viewer']);
    expect(response.data?.me.municipalityNumber).toBeNull();
  });

  it('lets a caller without application roles ask who they are, and nothing else', async () => {
    const token = await issuer.sign({ ...valid, realm_access: { roles: [] } });
    expect((await api.gql<MeData>(ME, { token })).data?.me.roles).toEqual([]);
    const regions = await api.gql('{ regions { totalCount } }', { token });
    expect(errorCode(regions)).toBe('FORBIDDEN');
    expect(regions.errors?.[0]?.message).toBe('Du har ikke tilgang til dette.');
  });
});

describe('authorised parties by default in production', () => {
  const issuer = useTestIssuer();
  const api = useTestApp(() => ({ NODE_ENV: 'production', OIDC_ISSUER_URL: issuer.issuerUrl }));
  const claims = {
    typ: 'Bearer',
    sub: 'user-2',
    aud: ['samarbeid-api'],
    realm_access: { roles: ['viewer'] },
  };

  it('accepts only the web and integration clients: a token of the test client (password grant) is refused', async () => {
    expect(api.config.oidc.authorizedParties).toEqual(['samarbeid-web', 'samarbeid-integration']);
    const web = await api.gql<MeData>(ME, { token: await issuer.sign({ ...claims, azp: 'samarbeid-web' }) });
    expect(web.data?.me.id).toBe('user-2');
    const test = await api.gql(ME, { token: await issuer.sign({ ...claims, azp: 'samarbeid-test' }) });
    expect(errorCode(test)).toBe('UNAUTHENTICATED');
  });
});
