import { Role } from '@samarbeid/shared/domain';

/** The caller, as the verified access token describes them. */
export interface AuthenticatedUser {
  /** `sub` at the identity provider. */
  readonly id: string;
  readonly username: string | null;
  readonly name: string | null;
  readonly email: string | null;
  readonly roles: readonly Role[];
  /** From the `municipality` claim: a 4-digit municipality number, or null. */
  readonly municipalityNumber: string | null;
  /**
   * True when the token carries the `integration` realm role (another system's service account): such a caller may
   * use only the operations marked `@AllowIntegration()`, whatever else its token says.
   */
  readonly integration?: boolean;
  /** For an integration client: the region (short name) its `region` claim names, the only one it may write to. */
  readonly integrationRegion?: string | null;
}

export function hasAnyRole(user: AuthenticatedUser, roles: readonly Role[]): boolean {
  return user.roles.some((role) => roles.includes(role));
}
