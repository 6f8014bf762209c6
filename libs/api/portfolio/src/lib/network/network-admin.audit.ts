import type { AuditRecord } from '@samarbeid/api/data-access';
import { NETWORK_KIND_LABELS } from '@samarbeid/shared/domain';

import type { Network } from '../dto/portfolio.types';
import type { MembershipRow } from './network-admin.repository';

const of = (network: Network) => ({
  entityType: 'network',
  entityId: network.id,
  regionId: network.regionId,
});
const ROLE_NB = { LEADER: 'leder', MEMBER: 'medlem', SECRETARY: 'sekretær' } as const;
const membership = (row: MembershipRow) => ({
  memberId: row.id,
  personName: row.personName,
  role: row.role,
  validFrom: row.validFrom,
  validTo: row.validTo,
});

/** The change-history records of the secretariat's changes to networks and their members. */
export const networkAudit = {
  created: (network: Network): AuditRecord => ({
    action: 'CREATE',
    ...of(network),
    summary: `${NETWORK_KIND_LABELS[network.kind].nb} «${network.name}» opprettet`,
    after: { ...network },
  }),

  updated: (before: Network, after: Network): AuditRecord => ({
    action: 'UPDATE',
    ...of(after),
    summary: `Nettverket «${after.name}» endret`,
    before: { ...before },
    after: { ...after },
  }),

  closed: (before: Network, after: Network, ended: readonly MembershipRow[]): AuditRecord => ({
    action: 'UPDATE',
    ...of(after),
    summary: `Nettverket «${after.name}» avsluttet ${after.closedOn}${ended.length ? `; ${ended.length} medlemskap avsluttet` : ''}`,
    before: { ...before },
    after: { ...after, endedMemberships: ended.map(membership) },
  }),

  memberAdded: (network: Network, row: MembershipRow): AuditRecord => ({
    action: 'CREATE',
    ...of(network),
    summary: `${row.personName} lagt til som ${ROLE_NB[row.role]} i «${network.name}» fra ${row.validFrom}`,
    after: membership(row),
  }),

  membershipEnded: (network: Network, before: MembershipRow, validTo: string): AuditRecord => ({
    action: 'UPDATE',
    ...of(network),
    summary: `${before.personName} er ikke lenger ${ROLE_NB[before.role]} i «${network.name}» fra ${validTo}`,
    before: membership(before),
    after: membership({ ...before, validTo }),
  }),
};
