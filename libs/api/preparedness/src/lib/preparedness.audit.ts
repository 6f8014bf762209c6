import type { AuditRecord } from '@samarbeid/api/data-access';
import { EXERCISE_KIND_LABELS, FOLLOW_UP_STATUS_LABELS } from '@samarbeid/shared/domain';
import type { ExerciseKind, FollowUpStatus } from '@samarbeid/shared/domain';

import { formatDate } from './shared/clock';

/**
 * The history's sentences for preparedness (Norwegian: the users' language). Contact details are personal data and
 * never copied into the history: it records that they changed, not what they are.
 */

export function teamName(municipalityName: string | null, regionName: string): string {
  return municipalityName ? `Kriseteamet i ${municipalityName}` : `Det regionale kriseteamet i ${regionName}`;
}

export interface MemberFacts {
  readonly role: string;
  readonly personName: string;
  readonly homeMunicipalityNumber: string;
  readonly userId: string | null;
  readonly phone: string | null;
  readonly email: string | null;
}

/** A roster entry in the history: who and what, with whether contact details are recorded, not the details. */
export function memberForHistory(member: MemberFacts): Record<string, unknown> {
  return {
    role: member.role,
    personName: member.personName,
    homeMunicipalityNumber: member.homeMunicipalityNumber,
    hasUser: member.userId !== null,
    hasPhone: member.phone !== null,
    hasEmail: member.email !== null,
  };
}

export function memberAudit(
  action: 'CREATE' | 'UPDATE' | 'DELETE',
  ids: { readonly id: string; readonly regionId: string },
  team: string,
  member: MemberFacts,
  before: MemberFacts | null,
): AuditRecord {
  const what = { CREATE: 'lagt til som', UPDATE: 'endret, nå', DELETE: 'fjernet, var' }[action];
  return {
    action,
    entityType: 'crisis_team_member',
    entityId: ids.id,
    regionId: ids.regionId,
    summary: `${team}: ${member.personName} ${what} ${member.role}`,
    before: before ? memberForHistory(before) : null,
    after: action === 'DELETE' ? null : memberForHistory(member),
  };
}

export function exerciseSummary(
  verb: 'registrert' | 'endret',
  exercise: { readonly title: string; readonly heldOn: string; readonly kind: ExerciseKind },
): string {
  return `Øvelse ${verb}: «${exercise.title}» ${formatDate(exercise.heldOn)} (${EXERCISE_KIND_LABELS[exercise.kind].nb.toLowerCase()})`;
}

export function actionSummary(
  verb: 'registrert' | 'endret',
  action: { readonly title: string; readonly ownerName: string; readonly deadline: string },
): string {
  return `Oppfølgingstiltak ${verb}: «${action.title}», ansvarlig ${action.ownerName}, frist ${formatDate(action.deadline)}`;
}

export function statusSummary(title: string, from: FollowUpStatus, to: FollowUpStatus): string {
  return `Oppfølgingstiltak «${title}»: ${FOLLOW_UP_STATUS_LABELS[from].nb.toLowerCase()} → ${FOLLOW_UP_STATUS_LABELS[to].nb.toLowerCase()}`;
}
