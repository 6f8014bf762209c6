import type { JsonObject, ResourceServerInfo } from 'oidc-provider';

import { API_AUDIENCE, INTEGRATION_ROLE, MUNICIPALITY_CLAIM, ROLES_CLAIM } from '@samarbeid/shared/domain';

import type { RealmUser } from './realm';

/**
 * The internal resource indicator of the API. Clients never send one (keycloak-js cannot), so it is the
 * default resource of every authorization; the audience written into the token is `samarbeid-api`.
 */
export const API_RESOURCE = 'urn:samarbeid:resource:api';

/** The scopes a token for the API may carry; Keycloak's default client scopes are profile and email. */
export const API_SCOPES = ['openid', 'profile', 'email'] as const;
export const DEFAULT_SCOPES = ['profile', 'email'] as const;

export function apiResourceServer(accessTokenTTL: number): ResourceServerInfo {
  return {
    audience: API_AUDIENCE,
    scope: API_SCOPES.join(' '),
    accessTokenTTL,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: 'RS256' } },
  };
}

const PROFILE_CLAIMS = ['name', 'given_name', 'family_name', 'preferred_username'];
const EMAIL_CLAIMS = ['email', 'email_verified'];

/**
 * Claims per scope for ID tokens and userinfo. Keycloak applies the default client scopes (profile,
 * email, roles, municipality mapper) whatever the request asks for, and keycloak-js asks for `openid`
 * only, so `openid` carries them all here.
 */
export const SCOPE_CLAIMS: Readonly<Record<string, readonly string[]>> = {
  openid: ['sub', ...PROFILE_CLAIMS, ...EMAIL_CLAIMS, MUNICIPALITY_CLAIM, ROLES_CLAIM],
  profile: PROFILE_CLAIMS,
  email: EMAIL_CLAIMS,
};

/** Everything known about the user, in Keycloak's claim names. */
export function userClaims(user: RealmUser): JsonObject & { sub: string } {
  return { sub: user.id, ...profileClaims(user) };
}

/** The claims Keycloak adds to an access token besides iss, sub, aud, exp, iat, jti and scope. */
export function accessTokenClaims(user: RealmUser, clientId: string): JsonObject {
  return { typ: 'Bearer', azp: clientId, ...profileClaims(user) };
}

/**
 * The claims of a service account's access token (client-credentials grant), as Keycloak writes them: the
 * service account's username, only the integration role, and the client's hard-coded claims (its region).
 */
export function serviceAccountClaims(
  clientId: string,
  hardcodedClaims: Readonly<Record<string, string>> = {},
): JsonObject {
  return {
    typ: 'Bearer',
    azp: clientId,
    preferred_username: `service-account-${clientId}`,
    [ROLES_CLAIM]: { roles: [INTEGRATION_ROLE] },
    ...hardcodedClaims,
  };
}

function profileClaims(user: RealmUser): JsonObject {
  return {
    preferred_username: user.username,
    name: `${user.firstName} ${user.lastName}`,
    given_name: user.firstName,
    family_name: user.lastName,
    email: user.email,
    email_verified: user.emailVerified,
    [ROLES_CLAIM]: { roles: [...user.roles] },
    ...(user.municipality === undefined ? {} : { [MUNICIPALITY_CLAIM]: user.municipality }),
  };
}
