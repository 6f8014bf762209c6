import { createHash, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRemoteJWKSet, decodeJwt, type JWTPayload, jwtVerify } from 'jose';

import { API_AUDIENCE, MUNICIPALITY_CLAIM, TEST_CLIENT_ID, WEB_CLIENT_ID } from '@samarbeid/shared/domain';

import { type RunningIdentityProvider, startIdentityProvider } from './server';
import { formAction, inputValue, TestBrowser } from './testing/browser';

const realmDir = fileURLToPath(new URL('../../../docker/keycloak', import.meta.url));
const WEB_ORIGIN = 'http://localhost:4200';
const TEST_SECRET = 'samarbeid-test-secret';
const PASSWORD = 'samarbeid';

let idp: RunningIdentityProvider;
let issuer: string;
const endpoint = (name: string): string => `${issuer}/protocol/openid-connect/${name}`;

beforeAll(async () => {
  idp = await startIdentityProvider({
    host: '127.0.0.1',
    port: 0,
    publicUrl: (port) => `http://127.0.0.1:${port}`,
    webOrigins: [WEB_ORIGIN, 'http://localhost:8081'],
    realmDir,
  });
  issuer = idp.issuer;
});

afterAll(async () => {
  await idp.close();
});

function passwordGrant(
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(endpoint('token'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ grant_type: 'password', ...form }).toString(),
  });
}

async function verifyAccessToken(token: string): Promise<JWTPayload> {
  const jwks = createRemoteJWKSet(new URL(endpoint('certs')));
  const { payload, protectedHeader } = await jwtVerify(token, jwks, {
    issuer,
    audience: API_AUDIENCE,
    algorithms: ['RS256'],
  });
  expect(protectedHeader.alg).toBe('RS256');
  return payload;
}

describe('discovery', () => {
  it('serves Keycloak’s URL layout below /realms/samarbeid', async () => {
    expect(issuer).toBe(`http://127.0.0.1:${idp.port}/realms/samarbeid`);
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer,
      authorization_endpoint: endpoint('auth'),
      token_endpoint: endpoint('token'),
      jwks_uri: endpoint('certs'),
      userinfo_endpoint: endpoint('userinfo'),
      end_session_endpoint: endpoint('logout'),
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      response_types_supported: ['code'],
    });
  });

  it('publishes one public RS256 signing key', async () => {
    const { keys } = (await (await fetch(endpoint('certs'))).json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('explains an expired or unknown login step in Norwegian', async () => {
    const response = await fetch(`${issuer}/login-actions/ukjent`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Innloggingen er utløpt');
  });

  it('answers 404 outside the realm', async () => {
    expect(
      (await fetch(`http://127.0.0.1:${idp.port}/realms/other/.well-known/openid-configuration`)).status,
    ).toBe(404);
  });
});

describe('password grant (the test client)', () => {
  it('issues a Keycloak-shaped RS256 access token for the API', async () => {
    const response = await passwordGrant({
      client_id: TEST_CLIENT_ID,
      client_secret: TEST_SECRET,
      username: 'direktor.kongsberg',
      password: PASSWORD,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'profile email' });
    expect(body['expires_in']).toBeGreaterThanOrEqual(300);
    expect(body['id_token']).toBeUndefined();

    const claims = await verifyAccessToken(String(body['access_token']));
    expect(decodeJwt(String(body['access_token']))).toEqual(claims);
    expect(claims).toMatchObject({
      iss: issuer,
      aud: API_AUDIENCE,
      azp: TEST_CLIENT_ID,
      typ: 'Bearer',
      preferred_username: 'direktor.kongsberg',
      given_name: 'Kari',
      family_name: 'Nordby',
      name: 'Kari Nordby',
      email: 'kari.nordby@example.no',
      realm_access: { roles: ['municipal-director'] },
      [MUNICIPALITY_CLAIM]: '3303',
    });
    expect(claims.sub).toBe('d73120e9-b066-4599-9524-4de1973f0a96');
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300);
  });

  it('accepts HTTP Basic client authentication and returns an ID token for scope openid', async () => {
    const basic = Buffer.from(`${TEST_CLIENT_ID}:${TEST_SECRET}`).toString('base64');
    const response = await passwordGrant(
      { username: 'sekretariat', password: PASSWORD, scope: 'openid' },
      { Authorization: `Basic ${basic}` },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, string>;
    expect(body['scope']).toBe('openid profile email');
    const claims = await verifyAccessToken(String(body['access_token']));
    expect(claims['realm_access']).toEqual({ roles: ['secretariat'] });
    expect(claims).not.toHaveProperty(MUNICIPALITY_CLAIM);
    const idToken = decodeJwt(String(body['id_token']));
    expect(idToken).toMatchObject({
      aud: TEST_CLIENT_ID,
      preferred_username: 'sekretariat',
      name: 'Siri Sekretær',
    });
  });

  it.each([
    ['a wrong password', 'direktor.kongsberg', 'feil'],
    ['an unknown user', 'ukjent', PASSWORD],
  ])('answers %s with 401 invalid_grant, like Keycloak', async (_case, username, password) => {
    const response = await passwordGrant({
      client_id: TEST_CLIENT_ID,
      client_secret: TEST_SECRET,
      username,
      password,
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid user credentials',
    });
  });

  it('rejects a wrong client secret', async () => {
    const response = await passwordGrant({
      client_id: TEST_CLIENT_ID,
      client_secret: 'feil',
      username: 'sekretariat',
      password: PASSWORD,
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('is not available to the web client', async () => {
    const response = await passwordGrant({
      client_id: WEB_CLIENT_ID,
      username: 'sekretariat',
      password: PASSWORD,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body['access_token']).toBeUndefined();
    expect(body['error_description']).toBe('requested grant type is not allowed for this client');
  });
});

describe('authorization code flow with PKCE (the web client, as keycloak-js drives it)', () => {
  const redirectUri = `${WEB_ORIGIN}/nettverk?fane=1`;
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');

  function authorizationUrl(extra: Record<string, string> = {}): string {
    const params = new URLSearchParams({
      client_id: WEB_CLIENT_ID,
      redirect_uri: redirectUri,
      response_type: 'code',
      response_mode: 'fragment',
      scope: 'openid',
      state: 'tilstand',
      nonce: 'engangsverdi',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...extra,
    });
    return `${endpoint('auth')}?${params.toString()}`;
  }

  async function openLoginPage(browser: TestBrowser): Promise<{ url: string; html: string }> {
    const { url, response } = await browser.follow(authorizationUrl(), new URL(issuer).origin);
    expect(response.status).toBe(200);
    expect(url).toMatch(/\/realms\/samarbeid\/login-actions\/[\w-]+$/);
    return { url, html: await response.text() };
  }

  async function logIn(browser: TestBrowser, username: string): Promise<URL> {
    const { url, html } = await openLoginPage(browser);
    const action = new URL(formAction(html) ?? '', url).href;
    const posted = await browser.postForm(action, { username, password: PASSWORD });
    expect(posted.status).toBe(303);
    const resumed = await browser.follow(
      new URL(posted.headers.get('location') ?? '', action).href,
      new URL(issuer).origin,
    );
    const callback = new URL(resumed.url);
    expect(callback.origin).toBe(WEB_ORIGIN);
    return callback;
  }

  async function exchange(code: string): Promise<Response> {
    return fetch(endpoint('token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: WEB_ORIGIN },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: WEB_CLIENT_ID,
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      }).toString(),
    });
  }

  it('logs in on the Norwegian page and exchanges the code without a secret, with CORS', async () => {
    const browser = new TestBrowser();
    const callback = await logIn(browser, 'leder.teknisk');
    expect(callback.pathname).toBe('/nettverk');
    const result = new URLSearchParams(callback.hash.slice(1));
    expect(result.get('state')).toBe('tilstand');
    const code = result.get('code') ?? '';
    expect(code).not.toBe('');

    const response = await exchange(code);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(WEB_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    const body = (await response.json()) as Record<string, string>;
    expect(body['refresh_token']).toBeUndefined();

    const access = await verifyAccessToken(String(body['access_token']));
    expect(access).toMatchObject({
      azp: WEB_CLIENT_ID,
      typ: 'Bearer',
      preferred_username: 'leder.teknisk',
      realm_access: { roles: ['network-leader'] },
      [MUNICIPALITY_CLAIM]: '4005',
    });
    const idToken = decodeJwt(String(body['id_token']));
    expect(idToken).toMatchObject({
      aud: WEB_CLIENT_ID,
      nonce: 'engangsverdi',
      name: 'Tor Teknisk',
      preferred_username: 'leder.teknisk',
      realm_access: { roles: ['network-leader'] },
      [MUNICIPALITY_CLAIM]: '4005',
    });

    const preflight = await fetch(endpoint('userinfo'), {
      method: 'OPTIONS',
      headers: {
        Origin: WEB_ORIGIN,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    const userinfo = await fetch(endpoint('userinfo'), {
      headers: { Authorization: `Bearer ${body['access_token']}`, Origin: WEB_ORIGIN },
    });
    expect(userinfo.status).toBe(200);
    expect(userinfo.headers.get('access-control-allow-origin')).toBe(WEB_ORIGIN);
    expect(await userinfo.json()).toMatchObject({ sub: access.sub, email: 'tor.teknisk@example.no' });

    // A second exchange of the same code fails.
    expect((await exchange(code)).status).toBe(400);
  });

  it('refuses the token endpoint to foreign origins', async () => {
    const response = await fetch(endpoint('token'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: WEB_CLIENT_ID,
        code: 'x',
      }).toString(),
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('re-renders the login page on wrong credentials', async () => {
    const browser = new TestBrowser();
    const { url, html } = await openLoginPage(browser);
    const response = await browser.postForm(new URL(formAction(html) ?? '', url).href, {
      username: 'politiker',
      password: 'feil',
    });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('role="alert">Feil brukernavn eller passord.</div>');
    expect(page).toContain('aria-describedby="login-error"');
    expect(inputValue(page, 'username')).toBe('politiker');
  });

  it('requires PKCE and a redirect URI on a web origin', async () => {
    const withoutPkce = await fetch(authorizationUrl({ code_challenge: '', code_challenge_method: '' }), {
      redirect: 'manual',
    });
    expect(withoutPkce.status).toBe(303);
    expect(withoutPkce.headers.get('location')).toContain('error=invalid_request');

    const foreign = await fetch(authorizationUrl({ redirect_uri: 'http://evil.example/' }), {
      redirect: 'manual',
    });
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain('invalid_redirect_uri');
  });

  it('logs out with keycloak-js’s logout URL and asks for a new login afterwards', async () => {
    const browser = new TestBrowser();
    const callback = await logIn(browser, 'medlem.tinn');
    const body = (await (
      await exchange(new URLSearchParams(callback.hash.slice(1)).get('code') ?? '')
    ).json()) as Record<string, string>;

    const logoutUrl = `${endpoint('logout')}?${new URLSearchParams({
      client_id: WEB_CLIENT_ID,
      post_logout_redirect_uri: `${WEB_ORIGIN}/`,
      id_token_hint: String(body['id_token']),
    }).toString()}`;
    const logoutPage = await browser.request(logoutUrl);
    expect(logoutPage.status).toBe(200);
    const html = await logoutPage.text();
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('Logg ut');
    expect(inputValue(html, 'logout')).toBe('yes');
    const confirm = await browser.postForm(formAction(html) ?? '', {
      xsrf: inputValue(html, 'xsrf') ?? '',
      logout: 'yes',
    });
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get('location')).toBe(`${WEB_ORIGIN}/`);

    const again = await browser.follow(authorizationUrl(), new URL(issuer).origin);
    expect(again.url).toMatch(/\/login-actions\//);
  });
});

describe('brute-force lockout (3 wrong passwords → 1 second, configured short for the test)', () => {
  let locking: RunningIdentityProvider;
  const tokenEndpoint = (): string => `${locking.issuer}/protocol/openid-connect/token`;
  const grant = (username: string, password: string): Promise<Response> =>
    fetch(tokenEndpoint(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_SECRET,
        username,
        password,
      }).toString(),
    });
  const LOCKED = /^For mange mislykkede innlogginger for denne brukeren\. .*prøv igjen om \d+ sekund(er)?\.$/;

  beforeAll(async () => {
    locking = await startIdentityProvider({
      host: '127.0.0.1',
      port: 0,
      publicUrl: (port) => `http://127.0.0.1:${port}`,
      webOrigins: [WEB_ORIGIN],
      realmDir,
      lockout: { maxFailures: 3, lockSeconds: 1 },
    });
  });
  afterAll(async () => {
    await locking.close();
  });

  it('locks the password grant for the username, then lets the right password in after the window', async () => {
    for (let i = 0; i < 2; i++) {
      const wrong = await grant('politiker', 'feil');
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toEqual({
        error: 'invalid_grant',
        error_description: 'Invalid user credentials',
      });
    }
    const third = await grant('politiker', 'feil');
    expect(third.status).toBe(401);
    expect(third.headers.get('retry-after')).toBe('1');
    expect(await third.json()).toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringMatching(/^Account temporarily locked/),
    });
    // Locked: even the right password is refused, other users are not affected.
    const right = await grant('politiker', PASSWORD);
    expect(right.status).toBe(401);
    expect(((await right.json()) as { error_description: string }).error_description).toMatch(/locked/);
    expect((await grant('sekretariat', PASSWORD)).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await grant('politiker', PASSWORD)).status).toBe(200);
  });

  it('never locks a user who logs in correctly, however often', async () => {
    for (let i = 0; i < 20; i++) expect((await grant('direktor.rollag', PASSWORD)).status).toBe(200);
  });

  it('shows the lockout in Norwegian on the login page and lets the user in after the window', async () => {
    const browser = new TestBrowser();
    const verifier = randomBytes(32).toString('base64url');
    const params = new URLSearchParams({
      client_id: WEB_CLIENT_ID,
      redirect_uri: `${WEB_ORIGIN}/`,
      response_type: 'code',
      scope: 'openid',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    });
    const origin = new URL(locking.issuer).origin;
    const { url, response } = await browser.follow(
      `${locking.issuer}/protocol/openid-connect/auth?${params.toString()}`,
      origin,
    );
    const action = new URL(formAction(await response.text()) ?? '', url).href;
    const post = (password: string): Promise<Response> =>
      browser.postForm(action, { username: 'medlem.tinn', password });

    for (let i = 0; i < 2; i++) {
      expect(await (await post('feil')).text()).toContain(
        'role="alert">Feil brukernavn eller passord.</div>',
      );
    }
    for (const password of ['feil', PASSWORD]) {
      const page = await post(password);
      expect(page.status).toBe(200);
      const alert = /role="alert">([^<]*)<\/div>/.exec(await page.text())?.[1] ?? '';
      expect(alert).toMatch(LOCKED);
    }

    await new Promise((resolve) => setTimeout(resolve, 1100));
    const loggedIn = await post(PASSWORD);
    expect(loggedIn.status).toBe(303);
  });
});

describe("Keycloak's third-party-cookie check (keycloak-js' silent check-sso)", () => {
  it('serves step 1 and step 2 with their scripts, framable by the web origins only', async () => {
    for (const step of ['step1', 'step2']) {
      const html = await fetch(endpoint(`3p-cookies/${step}.html`));
      expect(html.status).toBe(200);
      expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(html.headers.get('x-frame-options')).toBeNull();
      expect(html.headers.get('content-security-policy')).toBe(
        `default-src 'none'; script-src 'self'; frame-ancestors ${WEB_ORIGIN} http://localhost:8081`,
      );
      expect(await html.text()).toContain(`<script src="${step}.js"></script>`);
    }
    const step1 = await (await fetch(endpoint('3p-cookies/step1.js'))).text();
    expect(step1).toContain('KEYCLOAK_3P_COOKIE=supported');
    expect(step1).toContain('step2.html');
    const step2 = await (await fetch(endpoint('3p-cookies/step2.js'))).text();
    expect(step2).toContain('postMessage(supported ? "supported" : "unsupported", "*")');
  });

  it('answers any other file there with 404', async () => {
    expect((await fetch(endpoint('3p-cookies/step3.html'))).status).toBe(404);
  });
});
