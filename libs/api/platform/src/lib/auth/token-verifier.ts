import { Injectable } from '@nestjs/common';
import {
  INTEGRATION_ROLE,
  isMunicipalityNumber,
  isRole,
  MUNICIPALITY_CLAIM,
  REGION_CLAIM,
  Role,
} from '@samarbeid/shared/domain';
import { createRemoteJWKSet, JWTHeaderParameters, JWTPayload, jwtVerify } from 'jose';

import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { invalidToken } from '../errors/app-error';
import { AuthenticatedUser } from './current-user';

/** Only what the issuers we support sign with; `none` and HMAC algorithms are never accepted. */
const ACCEPTED_ALGORITHMS = ['RS256'];

/**
 * What an access token looks like from the issuers we support: Keycloak signs it with header `typ: JWT` and claim
 * `typ: Bearer` (its ID tokens say `typ: ID`, refresh tokens `typ: Refresh`); the development identity provider
 * (oidc-provider) writes RFC 9068's header `typ: at+jwt` and the same `typ: Bearer` claim. Anything else, an ID
 * token above all, is refused even when its audience would match.
 */
const ACCESS_TOKEN_HEADER_TYPES = ['jwt', 'at+jwt', 'application/at+jwt'];
const ACCESS_TOKEN_TYPE_CLAIM = 'Bearer';

export function isAccessTokenType(header: Pick<JWTHeaderParameters, 'typ'>, payload: JWTPayload): boolean {
  return (
    typeof header.typ === 'string' &&
    ACCESS_TOKEN_HEADER_TYPES.includes(header.typ.toLowerCase()) &&
    payload['typ'] === ACCESS_TOKEN_TYPE_CLAIM
  );
}

/**
 * Verifies bearer access tokens as a resource server: signature against the issuer's JWKS (RS256 only),
 * issuer, audience, expiry (with a small clock tolerance), the token type (an access token, never an ID token)
 * and the authorised party (`azp`, one of the configured client ids).
 */
@Injectable()
export class TokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.jwks = createRemoteJWKSet(new URL(config.oidc.jwksUrl), {
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    let payload: JWTPayload;
    let protectedHeader: JWTHeaderParameters;
    try {
      ({ payload, protectedHeader } = await jwtVerify(token, this.jwks, {
        algorithms: ACCEPTED_ALGORITHMS,
        issuer: this.config.oidc.issuerUrl,
        audience: this.config.oidc.audience,
        clockTolerance: 5,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch {
      throw invalidToken();
    }
    if (!isAccessTokenType(protectedHeader, payload)) {
      throw invalidToken();
    }
    const azp = payload['azp'];
    if (typeof azp !== 'string' || !this.config.oidc.authorizedParties.includes(azp)) {
      throw invalidToken();
    }
    return toCurrentUser(payload);
  }
}

export function toCurrentUser(payload: JWTPayload): AuthenticatedUser {
  const realmAccess = payload['realm_access'];
  const rawRoles =
    realmAccess &&
    typeof realmAccess === 'object' &&
    Array.isArray((realmAccess as { roles?: unknown }).roles)
      ? (realmAccess as { roles: unknown[] }).roles
      : [];
  const roles: Role[] = rawRoles.filter(isRole);
  const municipality = payload[MUNICIPALITY_CLAIM];
  return {
    id: String(payload.sub),
    username: stringClaim(payload['preferred_username']),
    name: stringClaim(payload['name']),
    email: stringClaim(payload['email']),
    roles,
    municipalityNumber: isMunicipalityNumber(municipality) ? municipality : null,
    ...(rawRoles.includes(INTEGRATION_ROLE)
      ? { integration: true, integrationRegion: stringClaim(payload[REGION_CLAIM]) }
      : {}),
  };
}

function stringClaim(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
