import { Injectable } from '@nestjs/common';
import { currentMembership, NetworkEntity, NetworkMemberEntity } from '@samarbeid/api/data-access';
import type { MembershipPeriod, NetworkKind, NetworkRole, ServiceArea } from '@samarbeid/shared/domain';

import type { Network } from '../dto/portfolio.types';
import { Transaction } from '../shared/transaction';
import { toNetwork } from './network.repository';

export interface NetworkWrite {
  readonly name: string;
  readonly kind: NetworkKind;
  readonly serviceArea: ServiceArea;
  readonly parentId: string | null;
  readonly mandate: string | null;
  readonly endsOn: string | null;
}

export interface MemberWrite {
  readonly networkId: string;
  readonly userId: string | null;
  readonly personName: string;
  readonly email: string | null;
  readonly municipalityNumber: string | null;
  readonly role: NetworkRole;
  readonly validFrom: string;
}

/** A membership as the rules see it. */
export interface MembershipRow extends MembershipPeriod {
  readonly id: string;
  readonly networkId: string;
  readonly userId: string | null;
  readonly personName: string;
  readonly role: NetworkRole;
}

const MEMBERSHIP_COLUMNS = `id, network_id AS "networkId", user_id AS "userId", person_name AS "personName", role,
  to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo"`;

/** The secretariat's changes to networks and memberships: every statement they send, in the caller's transaction. */
@Injectable()
export class NetworkAdminRepository {
  /** Today in the database's calendar, the day memberships are checked against. */
  async today(tx: Transaction): Promise<string> {
    const [row]: { today: string }[] = await tx.query(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
    return row.today;
  }

  /** The network, locked for the rest of the transaction (null when there is none). */
  async lock(tx: Transaction, id: string): Promise<Network | null> {
    const entity = await tx
      .getRepository(NetworkEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return entity ? toNetwork(entity) : null;
  }

  /** Every network of the region: its parent and whether it is closed (for the parent rule), and its key. */
  async regionNetworks(
    tx: Transaction,
    regionId: string,
  ): Promise<{ id: string; key: string; parentId: string | null; closed: boolean }[]> {
    return tx.query(
      `SELECT id, key, parent_id AS "parentId", closed_on IS NOT NULL AS closed FROM network WHERE region_id = $1`,
      [regionId],
    );
  }

  async insert(tx: Transaction, regionId: string, key: string, write: NetworkWrite): Promise<Network> {
    const repository = tx.getRepository(NetworkEntity);
    const saved = await repository.save(repository.create({ regionId, key, ...write }));
    return toNetwork(await repository.findOneByOrFail({ id: saved.id }));
  }

  async update(
    tx: Transaction,
    id: string,
    changes: Partial<NetworkWrite> & { closedOn?: string },
  ): Promise<Network> {
    const repository = tx.getRepository(NetworkEntity);
    const entity = await repository.findOneByOrFail({ id });
    const saved = await repository.save(Object.assign(entity, changes));
    return toNetwork(saved);
  }

  /** Whether the municipality is a member of the region today. */
  async municipalityInRegion(tx: Transaction, regionId: string, number: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM region_membership WHERE region_id = $1 AND municipality_number = $2 AND ${currentMembership()}`,
      [regionId, number],
    );
    return rows.length > 0;
  }

  /** Whether the user is known in the region: a member of one of its networks or of one of its crisis teams. */
  async userKnownInRegion(tx: Transaction, regionId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM network_member nm JOIN network n ON n.id = nm.network_id WHERE n.region_id = $1 AND nm.user_id = $2
       UNION ALL
       SELECT 1 FROM crisis_team_member c WHERE c.region_id = $1 AND c.user_id = $2
       LIMIT 1`,
      [regionId, userId],
    );
    return rows.length > 0;
  }

  /** The person's memberships of the network (by user, or by name for a person without a user). */
  async membershipsOf(
    tx: Transaction,
    networkId: string,
    person: { userId: string | null; personName: string },
  ): Promise<MembershipRow[]> {
    return tx.query(
      `SELECT ${MEMBERSHIP_COLUMNS} FROM network_member
        WHERE network_id = $1 AND (user_id = $2 OR ($2::varchar IS NULL AND user_id IS NULL AND lower(person_name) = lower($3)))`,
      [networkId, person.userId, person.personName],
    );
  }

  async insertMember(tx: Transaction, write: MemberWrite): Promise<string> {
    const saved = await tx.getRepository(NetworkMemberEntity).save({ ...write });
    return saved.id;
  }

  /** The membership, locked for the rest of the transaction, with its network's region. */
  async lockMembership(tx: Transaction, id: string): Promise<(MembershipRow & { regionId: string }) | null> {
    const rows: (MembershipRow & { regionId: string })[] = await tx.query(
      `SELECT ${MEMBERSHIP_COLUMNS}, (SELECT region_id FROM network WHERE id = network_id) AS "regionId"
         FROM network_member WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async endMembership(tx: Transaction, id: string, validTo: string): Promise<void> {
    await tx.query('UPDATE network_member SET valid_to = $2 WHERE id = $1', [id, validTo]);
  }

  /** Ends every membership of the network still open on `day`; the ones ended, for the history. */
  async endAllMemberships(tx: Transaction, networkId: string, day: string): Promise<MembershipRow[]> {
    return tx.query(
      `WITH ended AS (
         UPDATE network_member SET valid_to = greatest($2::date, valid_from)
          WHERE network_id = $1 AND (valid_to IS NULL OR valid_to > $2::date) RETURNING *
       ) SELECT ${MEMBERSHIP_COLUMNS} FROM ended`,
      [networkId, day],
    );
  }
}
