import type { ExerciseScope, ExerciseStatus } from '@samarbeid/shared/domain';
import { compareIsoDates, isValidIsoDate } from '@samarbeid/shared/domain';

export type ExerciseProblem =
  | 'DATE_NOT_A_DATE'
  | 'HELD_IN_FUTURE'
  | 'ORGANISER_MISSING'
  | 'ORGANISER_NOT_FOR_REGIONAL'
  | 'NO_PARTICIPANTS'
  | 'OUTSIDE_REGION';

export interface ExerciseFacts {
  readonly scope: ExerciseScope;
  readonly status: ExerciseStatus;
  readonly heldOn: string;
  readonly organiserMunicipalityNumber: string | null;
  readonly participantNumbers: readonly string[];
}

/**
 * What is wrong with an exercise as registered, given the region's member municipalities and today's date: a held
 * exercise has a date that has come; a municipal one has an organiser among the region's municipalities, a regional
 * one none; every participant is a member; and someone takes part.
 */
export function exerciseProblems(
  facts: ExerciseFacts,
  members: ReadonlySet<string>,
  today: string,
): ExerciseProblem[] {
  const problems: ExerciseProblem[] = [];
  if (!isValidIsoDate(facts.heldOn)) problems.push('DATE_NOT_A_DATE');
  else if (facts.status === 'HELD' && compareIsoDates(facts.heldOn, today) > 0)
    problems.push('HELD_IN_FUTURE');
  if (facts.scope === 'MUNICIPAL' && !facts.organiserMunicipalityNumber) problems.push('ORGANISER_MISSING');
  if (facts.scope === 'REGIONAL' && facts.organiserMunicipalityNumber) {
    problems.push('ORGANISER_NOT_FOR_REGIONAL');
  }
  const participants = exerciseParticipants(facts);
  if (participants.length === 0) problems.push('NO_PARTICIPANTS');
  if (participants.some((number) => !members.has(number))) problems.push('OUTSIDE_REGION');
  return problems;
}

/** The participants as stored: each once, the organiser always among them, sorted by number. */
export function exerciseParticipants(facts: {
  readonly organiserMunicipalityNumber: string | null;
  readonly participantNumbers: readonly string[];
}): string[] {
  const numbers = new Set(facts.participantNumbers);
  if (facts.organiserMunicipalityNumber) numbers.add(facts.organiserMunicipalityNumber);
  return [...numbers].sort();
}
