import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import type { ReportingActor } from '../domain/reporting-rules';
import type { ReportingDb } from '../repository/reporting.db';

/** The caller as the reporting rules see them: secretariat or not, and the networks they lead. */
export async function actorOf(db: ReportingDb, user: AuthenticatedUser): Promise<ReportingActor> {
  const leads = user.roles.includes(Role.NetworkLeader) ? await db.ledNetworkIds(user.id) : new Set<string>();
  return { id: user.id, isSecretariat: user.roles.includes(Role.Secretariat), ledNetworkIds: leads };
}

/** The calendar date in Norway (Europe/Oslo) at `instant`, as "YYYY-MM-DD": the day due dates are judged on. */
export function osloDate(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** "2026-08-15" → "15.8.2026". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day}.${month}.${year}`;
}
