import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentNetworkMember, NetworkEntity } from '@samarbeid/api/data-access';
import { DataSource, In } from 'typeorm';

import { Network, NetworkMember } from '../dto/portfolio.types';
import { Transaction } from '../shared/transaction';

/** Networks and their members: every statement on network and network_member the portfolio sends. */
@Injectable()
export class NetworkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of a region's networks (steering committee first, then by name), and how many there are. */
  async page(
    regionId: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: Network[]; totalCount: number }> {
    const [rows, totalCount] = await this.dataSource.getRepository(NetworkEntity).findAndCount({
      where: { regionId },
      order: { kind: 'DESC', name: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { rows: rows.map(toNetwork), totalCount };
  }

  async byIds(ids: readonly string[]): Promise<(Network | null)[]> {
    const rows = await this.dataSource.getRepository(NetworkEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, toNetwork(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Each network's members: by default those in force today (by role, then name); with `history`, every membership
   * it has had, newest first.
   */
  async membersOf(
    networkIds: readonly string[],
    history = false,
    tx?: Transaction,
  ): Promise<NetworkMember[][]> {
    const rows: MemberRow[] = await (tx ?? this.dataSource).query(
      `SELECT id, network_id, person_name, email, municipality_number, role, user_id IS NOT NULL AS has_user,
              to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to
         FROM network_member
        WHERE network_id = ANY($1::uuid[]) ${history ? '' : `AND ${currentNetworkMember()}`}
        ORDER BY ${history ? "valid_from DESC, coalesce(valid_to, 'infinity') DESC, person_name" : 'role, person_name'}`,
      [[...networkIds]],
    );
    return networkIds.map((id) => rows.filter((row) => row.network_id === id).map(toMember));
  }

  /** The region of a network, or null when there is no such network. */
  async regionOf(tx: Transaction, networkId: string): Promise<string | null> {
    const [row]: { region_id: string }[] = await tx.query('SELECT region_id FROM network WHERE id = $1', [
      networkId,
    ]);
    return row?.region_id ?? null;
  }

  async isInRegion(tx: Transaction, networkId: string, regionId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query('SELECT 1 FROM network WHERE id = $1 AND region_id = $2', [
      networkId,
      regionId,
    ]);
    return rows.length > 0;
  }
}

export function toNetwork(entity: NetworkEntity): Network {
  return {
    id: entity.id,
    regionId: entity.regionId,
    key: entity.key,
    name: entity.name,
    kind: entity.kind,
    serviceArea: entity.serviceArea,
    parentId: entity.parentId,
    mandate: entity.mandate,
    endsOn: entity.endsOn,
    closedOn: entity.closedOn,
    version: entity.version,
  };
}

interface MemberRow {
  readonly id: string;
  readonly network_id: string;
  readonly person_name: string;
  readonly email: string | null;
  readonly municipality_number: string | null;
  readonly role: NetworkMember['role'];
  readonly has_user: boolean;
  readonly valid_from: string;
  readonly valid_to: string | null;
}

function toMember(row: MemberRow): NetworkMember {
  return {
    id: row.id,
    personName: row.person_name,
    email: row.email,
    municipalityNumber: row.municipality_number,
    role: row.role,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    hasUser: row.has_user,
  };
}
