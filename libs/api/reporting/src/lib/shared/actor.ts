import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { holdsNetworkRole, Role } from '@samarbeid/shared/domain';

import type { ReportingActor } from '../domain/reporting-rules';
import type { ReportingDb } from '../repository/reporting.db';

/** The caller as the reporting rules see them: secretariat or not, and the networks they lead. */
export async function actorOf(db: ReportingDb, user: AuthenticatedUser): Promise<ReportingActor> {
  const leads = holdsNetworkRole(user.roles) ? await db.ledNetworkIds(user.id) : new Set<string>();
  return { id: user.id, isSecretariat: user.roles.includes(Role.Secretariat), ledNetworkIds: leads };
}

/** The calendar day in Norway ("YYYY-MM-DD"), which due dates are judged on, and "15.8.2026". */
export { formatDate, osloDate } from '@samarbeid/shared/domain';
