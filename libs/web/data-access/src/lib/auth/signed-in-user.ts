import { isMunicipalityNumber, isRole, MUNICIPALITY_CLAIM, type Role, ROLES } from '@samarbeid/shared/domain';

/** The signed-in user as the web app shows them, read from the token's claims. */
export interface SignedInUser {
  readonly name: string;
  /** Application roles in the fixed order of `ROLES` (unknown realm roles are left out). */
  readonly roles: readonly Role[];
  /** Four-digit municipality number, when the user belongs to a municipality. */
  readonly municipality: string | undefined;
  /** E-mail address, when the identity provider gives one (lower case). */
  readonly email: string | undefined;
}

type Claims = Readonly<Record<string, unknown>>;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function realmRoles(claims: Claims | undefined): readonly string[] {
  const access = claims?.['realm_access'];
  if (typeof access !== 'object' || access === null) return [];
  const roles = (access as { roles?: unknown }).roles;
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
}

/**
 * Reads `name` (falling back to `preferred_username`), `realm_access.roles`, `municipality` and `email` from the
 * access token, and from the ID token where the access token lacks them.
 */
export function userFromClaims(accessToken: Claims | undefined, idToken?: Claims): SignedInUser | null {
  if (!accessToken && !idToken) return null;
  const claim = (name: string): unknown => accessToken?.[name] ?? idToken?.[name];
  const granted = new Set([...realmRoles(accessToken), ...realmRoles(idToken)]);
  const municipality = claim(MUNICIPALITY_CLAIM);
  return {
    name: text(claim('name')) ?? text(claim('preferred_username')) ?? text(claim('sub')) ?? '',
    roles: ROLES.filter((role) => granted.has(role) && isRole(role)),
    municipality: isMunicipalityNumber(municipality) ? municipality : undefined,
    email: text(claim('email'))?.toLowerCase(),
  };
}
