import { holdsNetworkRole } from '@samarbeid/shared/domain';

import type { SignedInUser } from './signed-in-user';

/** A network as far as its leadership goes: its members with their role and e-mail address. */
export interface NetworkWithMembers {
  readonly members: readonly { readonly email: string | null; readonly role: string }[];
}

/**
 * Whether `user` leads `network`. The API records a network's leader by the identity provider's subject, which it
 * does not expose, and has no "may the viewer change this network" field for networks and strategies (measures
 * have `viewerCanEdit`): the leader is recognised by the e-mail address of the network's LEADER member and a network role
 * (holdsNetworkRole: the secretariat may name any network member leader). Used only to decide which controls to show; the API decides, and its refusal is shown.
 */
export function leadsNetwork(
  user: SignedInUser | null | undefined,
  network: NetworkWithMembers | null | undefined,
): boolean {
  if (!user || !holdsNetworkRole(user.roles) || !user.email || !network) return false;
  return network.members.some(
    (member) => member.role === 'LEADER' && member.email?.toLowerCase() === user.email,
  );
}
