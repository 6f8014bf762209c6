import { Role } from '@samarbeid/shared/domain';

/** The reader or editor, as the rules need them: subject, roles and the municipality in the token. */
export interface PreparednessActor {
  readonly id: string;
  readonly roles: readonly string[];
  readonly municipalityNumber: string | null;
}

export function isSecretariat(actor: PreparednessActor): boolean {
  return actor.roles.includes(Role.Secretariat);
}

/**
 * Who records for a municipality (its exercises, follow-up actions and routines): the secretariat, for every
 * municipality and for the region itself (`municipalityNumber` null); a municipal director, for their own
 * municipality only.
 */
export function mayRecordFor(actor: PreparednessActor, municipalityNumber: string | null): boolean {
  if (isSecretariat(actor)) return true;
  return (
    municipalityNumber !== null &&
    actor.roles.includes(Role.MunicipalDirector) &&
    actor.municipalityNumber === municipalityNumber
  );
}

/**
 * Who moves a follow-up action on (its status) or records a routine's review: whoever may record for its
 * municipality, and its owner.
 */
export function mayFollowUp(
  actor: PreparednessActor,
  item: { readonly municipalityNumber: string | null; readonly ownerUserId: string | null },
): boolean {
  return (
    mayRecordFor(actor, item.municipalityNumber) ||
    (item.ownerUserId !== null && item.ownerUserId === actor.id)
  );
}

/** An exercise is recorded by whoever may record for its organiser (the regional one: the secretariat). */
export function mayEditExercise(
  actor: PreparednessActor,
  exercise: { readonly organiserMunicipalityNumber: string | null },
): boolean {
  return mayRecordFor(actor, exercise.organiserMunicipalityNumber);
}

/** The crisis teams' roster, with its personal data, is kept by the secretariat. */
export function mayEditRoster(actor: PreparednessActor): boolean {
  return isSecretariat(actor);
}

/** A crisis team: the region's (municipality null) or a municipality's, within a region. */
export interface TeamRef {
  readonly regionId: string;
  readonly teamMunicipalityNumber: string | null;
}

export function teamKey(team: TeamRef): string {
  return `${team.regionId}:${team.teamMunicipalityNumber ?? 'region'}`;
}

/**
 * Contact details of a team's members are personal data: shown to the secretariat and to the members of that same
 * team (the teams the reader is on, `readerTeams`, as {@link teamKey}s), never to anyone else.
 */
export function mayViewContactDetails(
  actor: PreparednessActor,
  team: TeamRef,
  readerTeams: ReadonlySet<string>,
): boolean {
  return isSecretariat(actor) || readerTeams.has(teamKey(team));
}
