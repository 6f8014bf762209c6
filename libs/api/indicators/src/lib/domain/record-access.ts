import { holdsNetworkRole, Role } from '@samarbeid/shared/domain';

/** The area code for a value that holds for the region as a whole. */
export const REGION_AREA = 'REGION';

/**
 * Who owns an indicator: a network (an indicator on a strategy goal, a measure or a benefit: the network that owns
 * the strategy or the measure), or a KPI set of the region (`municipalityNumber` null) or of one municipality.
 */
export type IndicatorOwner =
  { readonly kind: 'NETWORK' } | { readonly kind: 'KPI_SET'; readonly municipalityNumber: string | null };

export interface RecordAccessInput {
  readonly roles: readonly string[];
  /** The caller's rows in the network that owns the indicator (none for a KPI set). */
  readonly memberships: readonly { readonly role: string; readonly municipalityNumber: string | null }[];
  /** The region's current member municipalities. */
  readonly members: readonly string[];
  /** The caller's municipality (token claim), for a KPI set. */
  readonly municipalityNumber?: string | null;
  /** A network's indicator when not given. */
  readonly owner?: IndicatorOwner;
}

const NETWORK: IndicatorOwner = { kind: 'NETWORK' };

/**
 * Where a caller may record an indicator's values. A network's indicator: the secretariat everywhere (the region and
 * every member); the network's leader (network-leader role and LEADER in the network) likewise; a member of the
 * network (network-member or municipal-director role, with a row in the network) only for the municipality they
 * represent there. A KPI set of the region: the secretariat everywhere, a municipal director for their own
 * municipality. A municipality's KPI set: its director and the secretariat, for that municipality only. Everyone else
 * nowhere. Returns municipality numbers, and {@link REGION_AREA} for the region as a whole.
 */
export function recordableAreas(input: RecordAccessInput): string[] {
  const owner = input.owner ?? NETWORK;
  if (owner.kind === 'KPI_SET') return kpiSetAreas(input, owner.municipalityNumber);
  const everywhere = [REGION_AREA, ...input.members];
  if (input.roles.includes(Role.Secretariat)) return everywhere;
  if (isNetworkLeader(input)) return everywhere;
  if (!input.roles.includes(Role.NetworkMember) && !input.roles.includes(Role.MunicipalDirector)) return [];
  const own = input.memberships
    .map((membership) => membership.municipalityNumber)
    .filter((number): number is string => number !== null && input.members.includes(number));
  return [...new Set(own)].sort();
}

function kpiSetAreas(input: RecordAccessInput, setMunicipality: string | null): string[] {
  const secretariat = input.roles.includes(Role.Secretariat);
  const director = input.roles.includes(Role.MunicipalDirector) ? (input.municipalityNumber ?? null) : null;
  if (setMunicipality !== null) {
    return secretariat || director === setMunicipality ? [setMunicipality] : [];
  }
  if (secretariat) return [REGION_AREA, ...input.members];
  return director !== null && input.members.includes(director) ? [director] : [];
}

function isNetworkLeader(input: RecordAccessInput): boolean {
  return (
    holdsNetworkRole(input.roles) && input.memberships.some((membership) => membership.role === 'LEADER')
  );
}

/**
 * Who may change an indicator's follow-up settings, and add or remove the indicators of what owns it: for a network's
 * indicator the secretariat or the network's leader; for the region's KPI set the secretariat; for a municipality's
 * KPI set that municipality's director.
 */
export function mayEditSettings(input: RecordAccessInput): boolean {
  const owner = input.owner ?? NETWORK;
  if (owner.kind === 'KPI_SET') {
    return owner.municipalityNumber === null
      ? input.roles.includes(Role.Secretariat)
      : input.roles.includes(Role.MunicipalDirector) && input.municipalityNumber === owner.municipalityNumber;
  }
  return input.roles.includes(Role.Secretariat) || isNetworkLeader(input);
}
