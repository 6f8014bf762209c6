import type { AuthenticatedUser } from '@samarbeid/api/platform';

import { followUpInputRefused, unknownPerson } from '../preparedness.errors';
import type { PreparednessDb } from '../repository/preparedness.db';

/** The owner as stored: a user of the region (name and e-mail from their records), or a name without a user. */
export interface Owner {
  readonly ownerName: string;
  readonly ownerUserId: string | null;
  readonly ownerEmail: string | null;
}

/**
 * Resolves who owns an action or a routine: a user id must be a person with a user in the region (their name and
 * e-mail come from there, never from the caller); otherwise the name as written.
 */
export async function resolveOwner(
  db: PreparednessDb,
  regionId: string,
  input: { readonly ownerUserId?: string | null; readonly ownerName?: string | null },
): Promise<Owner> {
  const name = input.ownerName?.trim() ?? '';
  if (input.ownerUserId && name) throw followUpInputRefused('OWNER_TWICE');
  if (input.ownerUserId) {
    const person = await db.region.person(regionId, input.ownerUserId);
    if (!person) throw unknownPerson('ownerUserId');
    return { ownerName: person.name, ownerUserId: person.userId, ownerEmail: person.email };
  }
  if (!name) throw followUpInputRefused('OWNER_MISSING');
  return { ownerName: name, ownerUserId: null, ownerEmail: null };
}

/** The caller as the rules need them. */
export function actorOf(user: AuthenticatedUser) {
  return { id: user.id, roles: user.roles, municipalityNumber: user.municipalityNumber };
}
