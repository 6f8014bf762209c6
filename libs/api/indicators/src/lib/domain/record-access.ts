import { Role } from '@samarbeid/shared/domain';

/** The area code for a value that holds for the region as a whole. */
export const REGION_AREA = 'REGION';

export interface RecordAccessInput {
  readonly roles: readonly string[];
  /** The caller's rows in the network that owns the indicator's strategy. */
  readonly memberships: readonly { readonly role: string; readonly municipalityNumber: string | null }[];
  /** The region's current member municipalities. */
  readonly members: readonly string[];
}

/**
 * Where a caller may record an indicator's values: the secretariat everywhere (the region and every member); the
 * network's leader (network-leader role and LEADER in the network) likewise; a member of the network (network-member
 * or municipal-director role, with a row in the network) only for the municipality they represent there. Everyone
 * else nowhere. Returns municipality numbers, and {@link REGION_AREA} for the region as a whole.
 */
export function recordableAreas(input: RecordAccessInput): string[] {
  const everywhere = [REGION_AREA, ...input.members];
  if (input.roles.includes(Role.Secretariat)) return everywhere;
  if (
    input.roles.includes(Role.NetworkLeader) &&
    input.memberships.some((membership) => membership.role === 'LEADER')
  ) {
    return everywhere;
  }
  if (!input.roles.includes(Role.NetworkMember) && !input.roles.includes(Role.MunicipalDirector)) return [];
  const own = input.memberships
    .map((membership) => membership.municipalityNumber)
    .filter((number): number is string => number !== null && input.members.includes(number));
  return [...new Set(own)].sort();
}

/** The secretariat, or the network's leader, may change how often an indicator is measured. */
export function mayEditSettings(input: RecordAccessInput): boolean {
  return (
    input.roles.includes(Role.Secretariat) ||
    (input.roles.includes(Role.NetworkLeader) &&
      input.memberships.some((membership) => membership.role === 'LEADER'))
  );
}
