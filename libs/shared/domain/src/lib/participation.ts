import type { ParticipationState } from './portfolio';
import { Role } from './roles';

/**
 * A municipality's participation in a measure: participating, opted out (with a reason) or undecided. Pure rules
 * for the API and the web app.
 */

/** The signed-in person, as far as participation cares: roles and the municipality in the token. */
export interface ParticipationActor {
  readonly roles: readonly string[];
  readonly municipalityNumber?: string | null;
}

/** Only the municipality's own director, or the secretariat, sets its participation. */
export function maySetParticipation(actor: ParticipationActor, municipalityNumber: string): boolean {
  if (actor.roles.includes(Role.Secretariat)) return true;
  return actor.roles.includes(Role.MunicipalDirector) && actor.municipalityNumber === municipalityNumber;
}

/** A reason as it is stored: trimmed, and null when nothing is left. */
export function participationReason(reason: string | null | undefined): string | null {
  return reason?.trim() || null;
}

export type ParticipationProblem = 'REASON_REQUIRED';

/** Opting out needs a reason (white space is no reason). */
export function participationProblem(
  state: ParticipationState,
  reason: string | null | undefined,
): ParticipationProblem | null {
  return state === 'OPTED_OUT' && !participationReason(reason) ? 'REASON_REQUIRED' : null;
}
