import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import type { MeasureContext } from '../../measure-context';

/**
 * Who records actual values for a municipality: the secretariat for every one; a municipal director for their own;
 * a member (or leader) of the owning network for the municipalities they represent in it.
 */

/** Whether the municipalities the user represents in the owning network decide anything (so must be read). */
export function needsNetworkRepresentation(user: AuthenticatedUser): boolean {
  return (
    !user.roles.includes(Role.Secretariat) &&
    (user.roles.includes(Role.NetworkMember) || user.roles.includes(Role.NetworkLeader))
  );
}

/**
 * The municipalities the user may record actual values for. With `participantsOnly` false, also the region's
 * municipalities not (or no longer) taking part, so that a refusal says the right thing.
 */
export function recordableMunicipalities(
  user: AuthenticatedUser,
  measure: MeasureContext,
  represented: readonly string[],
  participantsOnly = true,
): string[] {
  const pool = participantsOnly
    ? measure.participants.map((participant) => participant.number)
    : [...measure.members.keys()];
  if (user.roles.includes(Role.Secretariat)) return pool;
  const own = new Set<string>();
  if (user.roles.includes(Role.MunicipalDirector) && user.municipalityNumber)
    own.add(user.municipalityNumber);
  if (user.roles.includes(Role.NetworkMember) || user.roles.includes(Role.NetworkLeader)) {
    for (const number of represented) own.add(number);
  }
  return pool.filter((number) => own.has(number));
}
