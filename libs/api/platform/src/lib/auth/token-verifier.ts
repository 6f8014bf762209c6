import { Injectable } from '@nestjs/common';
import { isMunicipalityNumber, isRole, MUNICIPALITY_CLAIM, Role } from '@samarbeid/shared/domain';
import { createRemoteJWKSet, JWTPayload, jwtVerify } from 'jose';

import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { invalidToken } from '../errors/app-error';
import { AuthenticatedUser } from './current-user';

/** Only what the issuers we support sign with; `none` and HMAC algorithms are never accepted. */
const ACCEPTED_ALGORITHMS = ['RS256'];

/**
 * Verifies bearer access tokens as a resource server: signature against the issuer's JWKS (RS256 only),
 * issuer, audience, expiry (with a small clock tolerance) and, where configured, the authorised party.
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
    try {
      ({ payload } = await jwtVerify(token, this.jwks, {
        algorithms: ACCEPTED_ALGORITHMS,
        issuer: this.config.oidc.issuerUrl,
        audience: this.config.oidc.audience,
        clockTolerance: 5,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch {
      throw invalidToken();
    }
    const { authorizedParties } = this.config.oidc;
    if (authorizedParties.length > 0 && !authorizedParties.includes(String(payload['azp'] ?? ''))) {
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
      ? ((realmAccess as { roles: unknown[] }).roles as unknown[])
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
  };
}

function stringClaim(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
