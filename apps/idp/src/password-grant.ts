import { errors, type KoaContext, type Provider } from 'oidc-provider';

import { API_RESOURCE, API_SCOPES, apiResourceServer, DEFAULT_SCOPES, userClaims } from './claims';
import type { LoginLockout } from './lockout';
import { type Realm } from './realm';

export const PASSWORD_GRANT = 'password';

/**
 * Keycloak's "direct access grants" (OAuth 2.0 resource owner password credentials), which oidc-provider
 * does not have: `grant_type=password&username=..&password=..` with the client's credentials and an
 * optional `scope`. Only clients whose `grant_types` list `password` may use it (the test client).
 */
export function registerPasswordGrant(provider: Provider, realm: Realm, lockout: LoginLockout): void {
  provider.registerGrantType(PASSWORD_GRANT, (ctx) => passwordGrant(provider, realm, lockout, ctx), [
    'username',
    'password',
    'scope',
  ]);
}

async function passwordGrant(
  provider: Provider,
  realm: Realm,
  lockout: LoginLockout,
  ctx: KoaContext,
): Promise<void> {
  const { client, params } = ctx.oidc;
  const username = params['username'];
  const password = params['password'];
  if (!client) throw new errors.InvalidRequest('client authentication is required');
  if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
    throw new errors.InvalidRequest('missing required parameter(s) (username, password)');
  }

  const result = lockout.logIn(realm, username, password);
  if (result.kind === 'locked') {
    // OAuth's error_description is ASCII only: the Norwegian sentence is on the login page.
    ctx.status = 401;
    ctx.set('Retry-After', String(result.retryAfterSeconds));
    ctx.body = {
      error: 'invalid_grant',
      error_description: `Account temporarily locked after too many failed logins; try again in ${result.retryAfterSeconds} s`,
    };
    return;
  }
  if (result.kind === 'invalid') {
    // Keycloak answers wrong credentials with 401, not oidc-provider's 400 invalid_grant.
    ctx.status = 401;
    ctx.body = { error: 'invalid_grant', error_description: 'Invalid user credentials' };
    return;
  }
  const { user } = result;

  const scopes = grantedScopes(params['scope']);
  const scope = scopes.join(' ');
  const grant = new provider.Grant({ accountId: user.id, clientId: client.clientId });
  grant.addOIDCScope(scope);
  grant.addResourceScope(API_RESOURCE, scope);
  const grantId = await grant.save();

  const accessToken = new provider.AccessToken({ accountId: user.id, client, grantId, gty: PASSWORD_GRANT });
  accessToken.resourceServer = new provider.ResourceServer(
    API_RESOURCE,
    apiResourceServer(realm.accessTokenLifespan),
  );
  accessToken.scope = scope;
  ctx.oidc.entity('AccessToken', accessToken);
  const accessTokenValue = await accessToken.save();

  let idToken: string | undefined;
  if (scopes.includes('openid')) {
    const token = new provider.IdToken(userClaims(user), { ctx });
    token.scope = scope;
    idToken = await token.issue({ use: 'idtoken' });
  }

  ctx.body = {
    access_token: accessTokenValue,
    expires_in: accessToken.expiration,
    token_type: accessToken.tokenType,
    ...(idToken === undefined ? {} : { id_token: idToken }),
    scope,
  };
}

/** The requested scopes plus Keycloak's default ones; an unknown scope is an error, as in Keycloak. */
function grantedScopes(requested: string | string[] | undefined): string[] {
  const asked = typeof requested === 'string' ? requested.split(' ').filter(Boolean) : [];
  const known: readonly string[] = API_SCOPES;
  const unknown = asked.find((scope) => !known.includes(scope));
  if (unknown !== undefined) throw new errors.InvalidScope('requested scope is not allowed', unknown);
  const wanted = new Set<string>([...asked, ...DEFAULT_SCOPES]);
  return API_SCOPES.filter((scope) => wanted.has(scope));
}
