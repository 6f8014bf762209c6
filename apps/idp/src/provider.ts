import { randomBytes } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { type Client, type Configuration, errors, type KoaContext, Provider } from 'oidc-provider';

import { realmIssuerPath, WEB_CLIENT_ID } from '@samarbeid/shared/domain';

import {
  accessTokenClaims,
  API_RESOURCE,
  apiResourceServer,
  SCOPE_CLAIMS,
  serviceAccountClaims,
  userClaims,
} from './claims';
import { createInteractionHandler } from './interactions';
import { DEFAULT_LOCKOUT, LoginLockout, type LockoutOptions } from './lockout';
import { createMemoryAdapter } from './memory-adapter';
import { PASSWORD_GRANT, registerPasswordGrant } from './password-grant';
import { findUserById, loadRealm, type Realm } from './realm';
import { sendHtml } from './respond';
import { sendThirdPartyCookieCheck, THIRD_PARTY_COOKIE_PATH } from './third-party-cookies';
import {
  renderErrorPage,
  renderLoggedOutPage,
  renderLogoutPage,
  renderSessionExpiredPage,
} from './status-pages';
import { createUserinfoHandler } from './userinfo';

export interface IdentityProviderOptions {
  /** The URL the browser uses for the provider, without a path, e.g. http://localhost:8080. */
  readonly publicUrl: string;
  /** Origins of the web app (e.g. http://localhost:4200): redirect URIs, logout redirects and CORS. */
  readonly webOrigins: readonly string[];
  /** The docker/keycloak folder with realm.json and dev/. */
  readonly realmDir: string;
  /** Brute-force lockout of usernames after wrong passwords; default 5 failures → 5 minutes. */
  readonly lockout?: LockoutOptions;
}

export interface IdentityProvider {
  readonly issuer: string;
  readonly realm: Realm;
  readonly listener: RequestListener;
}

/** Keycloak's endpoint paths below the realm (the issuer). */
export const ROUTES = {
  authorization: '/protocol/openid-connect/auth',
  token: '/protocol/openid-connect/token',
  jwks: '/protocol/openid-connect/certs',
  userinfo: '/protocol/openid-connect/userinfo',
  end_session: '/protocol/openid-connect/logout',
  revocation: '/protocol/openid-connect/revoke',
} as const;

/** Builds the provider for the realm in `realmDir`, answering below `<publicUrl>/realms/samarbeid`. */
export async function createIdentityProvider(options: IdentityProviderOptions): Promise<IdentityProvider> {
  const realm = await loadRealm(options.realmDir);
  const prefix = realmIssuerPath(realm.name);
  const publicUrl = new URL(options.publicUrl);
  if (publicUrl.pathname !== '/' || publicUrl.search)
    throw new Error(`the public URL must not have a path: ${options.publicUrl}`);
  const issuer = `${publicUrl.origin}${prefix}`;
  const webOrigins = new Set(options.webOrigins.map(normalizeOrigin));
  const { privateKey, publicKey } = await generateKeyPair('RS256', {
    extractable: true,
    modulusLength: 2048,
  });
  const jwk = await exportJWK(privateKey);
  const signingKey = { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' };
  const loginActions = (uid: string): string => `${prefix}/login-actions/${uid}`;

  const provider = new Provider(issuer, configuration(realm, webOrigins, signingKey, loginActions));
  // Like Keycloak with a fixed hostname, every URL the provider makes uses the public URL.
  provider.proxy = publicUrl.protocol === 'https:';
  allowWebRedirects(provider, webOrigins);
  const lockout = new LoginLockout(options.lockout ?? DEFAULT_LOCKOUT);
  registerPasswordGrant(provider, realm, lockout);
  provider.use(async (ctx, next) => {
    await next();
    allowCredentials(ctx, webOrigins);
  });

  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    return origin && webOrigins.has(origin)
      ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' }
      : {};
  };
  const interactions = createInteractionHandler(provider, realm, loginActions, lockout);
  const userinfo = createUserinfoHandler({ issuer, realm, publicKey, corsHeaders });
  const oidc = provider.callback();

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://idp.invalid');
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
      sendHtml(res, 404, renderErrorPage('not_found', 'Siden finnes ikke.'));
      return;
    }
    const path = pathname.slice(prefix.length) || '/';
    const interaction = /^\/login-actions\/([\w-]+)$/.exec(path);
    if (interaction?.[1]) return interactions(req, res, interaction[1]);
    if (path === ROUTES.userinfo) return userinfo(req, res);
    if (path.startsWith(THIRD_PARTY_COOKIE_PATH)) {
      if (sendThirdPartyCookieCheck(res, path.slice(THIRD_PARTY_COOKIE_PATH.length), webOrigins)) return;
      sendHtml(res, 404, renderErrorPage('not_found', 'Siden finnes ikke.'));
      return;
    }
    // Mounted below the prefix, as express's app.use(prefix, ...) would: oidc-provider derives its
    // URLs from originalUrl minus url, and their host and scheme from the request.
    Object.assign(req, { originalUrl: `${prefix}${path}${search}`, url: `${path}${search}` });
    req.headers.host = publicUrl.host;
    req.headers['x-forwarded-proto'] = publicUrl.protocol.slice(0, -1);
    oidc(req, res);
  };

  const listener: RequestListener = (req, res) => {
    route(req, res).catch((error: unknown) => {
      if (error instanceof errors.SessionNotFound) {
        sendHtml(res, 400, renderSessionExpiredPage());
        return;
      }
      console.error('idp: request failed', error);
      if (!res.headersSent) sendHtml(res, 500, renderErrorPage('server_error'));
      else res.end();
    });
  };
  return { issuer, realm, listener };
}

function configuration(
  realm: Realm,
  webOrigins: ReadonlySet<string>,
  signingKey: Record<string, unknown>,
  loginActions: (uid: string) => string,
): Configuration {
  const accessTokenTTL = realm.accessTokenLifespan;
  const origins = [...webOrigins];
  return {
    adapter: createMemoryAdapter(),
    clients: [
      {
        client_id: WEB_CLIENT_ID,
        client_name: realm.webClient.name,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: origins.map((origin) => `${origin}/`),
        post_logout_redirect_uris: origins.map((origin) => `${origin}/`),
        id_token_signed_response_alg: 'RS256',
      },
      {
        client_id: realm.testClient.clientId,
        client_name: realm.testClient.name,
        client_secret: realm.testClient.secret,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: [PASSWORD_GRANT],
        response_types: [],
        redirect_uris: [],
        id_token_signed_response_alg: 'RS256',
      },
      {
        client_id: realm.integrationClient.clientId,
        client_name: realm.integrationClient.name,
        client_secret: realm.integrationClient.secret,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      },
    ],
    clientAuthMethods: ['none', 'client_secret_basic', 'client_secret_post'],
    clientBasedCORS: (_ctx, origin, client) => client.clientId === WEB_CLIENT_ID && webOrigins.has(origin),
    claims: SCOPE_CLAIMS,
    conformIdTokenClaims: false,
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    enabledJWA: {
      idTokenSigningAlgValues: ['RS256'],
      userinfoSigningAlgValues: ['RS256'],
      introspectionSigningAlgValues: ['RS256'],
      authorizationSigningAlgValues: ['RS256'],
      requestObjectSigningAlgValues: ['RS256'],
      clientAuthSigningAlgValues: ['RS256'],
    },
    extraTokenClaims: async (_ctx, token) => {
      if (token.kind === 'ClientCredentials') {
        return token.clientId === realm.integrationClient.clientId
          ? serviceAccountClaims(token.clientId, realm.integrationClient.hardcodedClaims)
          : undefined;
      }
      const user = token.accountId ? findUserById(realm, token.accountId) : undefined;
      return user ? accessTokenClaims(user, token.clientId) : undefined;
    },
    features: {
      // Keycloak's service accounts: the integration client's client-credentials grant.
      clientCredentials: { enabled: true },
      devInteractions: { enabled: false },
      dPoP: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => API_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: KoaContext, resource: string) => {
          if (resource !== API_RESOURCE) throw new errors.InvalidTarget();
          return apiResourceServer(accessTokenTTL);
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContext, form: string) => {
          ctx.type = 'html';
          ctx.body = renderLogoutPage(form);
        },
        postLogoutSuccessSource: async (ctx: KoaContext) => {
          ctx.type = 'html';
          ctx.body = renderLoggedOutPage();
        },
      },
    },
    findAccount: async (_ctx, sub) => {
      const user = findUserById(realm, sub);
      return user && { accountId: user.id, claims: async () => userClaims(user) };
    },
    interactions: { url: async (_ctx, interaction) => loginActions(interaction.uid) },
    jwks: { keys: [signingKey] },
    pkce: { required: () => true },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = renderErrorPage(out.error, out.error_description);
    },
    responseTypes: ['code'],
    routes: ROUTES,
    scopes: ['openid'],
    ttl: {
      AccessToken: () => accessTokenTTL,
      ClientCredentials: () => accessTokenTTL,
      AuthorizationCode: () => 60,
      IdToken: () => accessTokenTTL,
      Interaction: () => 30 * 60,
      Grant: () => 10 * 60 * 60,
      Session: () => 10 * 60 * 60,
    },
  };
}

/**
 * Keycloak matches the web client's redirect URIs against `<origin>/*`; keycloak-js sends the page URL.
 * Any URL on a configured web origin (without a fragment or credentials) is allowed for the web client.
 */
function allowWebRedirects(provider: Provider, webOrigins: ReadonlySet<string>): void {
  const { redirectUriAllowed, postLogoutRedirectUriAllowed } = provider.Client.prototype;
  const onWebOrigin = (client: Client, value: string): boolean => {
    if (client.clientId !== WEB_CLIENT_ID) return false;
    try {
      const url = new URL(value);
      return (
        webOrigins.has(url.origin) && !url.hash && !url.username && !url.password && !value.includes('#')
      );
    } catch {
      return false;
    }
  };
  provider.Client.prototype.redirectUriAllowed = function (this: Client, value: string): boolean {
    return onWebOrigin(this, value) || redirectUriAllowed.call(this, value);
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function (this: Client, value: string): boolean {
    return onWebOrigin(this, value) || postLogoutRedirectUriAllowed.call(this, value);
  };
}

/** keycloak-js calls the token endpoint with credentials, so allowed origins get the credentials header. */
function allowCredentials(ctx: KoaContext, webOrigins: ReadonlySet<string>): void {
  const origin = ctx.get('Origin');
  if (origin && webOrigins.has(origin) && ctx.response.get('Access-Control-Allow-Origin') === origin) {
    ctx.set('Access-Control-Allow-Credentials', 'true');
  }
}

function normalizeOrigin(value: string): string {
  const url = new URL(value.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`not an http(s) origin: ${value}`);
  return url.origin;
}
