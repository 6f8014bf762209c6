import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NetworkEntity, NetworkMemberEntity } from '@samarbeid/api/data-access';
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

  async membersOf(networkIds: readonly string[]): Promise<NetworkMember[][]> {
    const rows = await this.dataSource
      .getRepository(NetworkMemberEntity)
      .find({ where: { networkId: In([...networkIds]) }, order: { role: 'ASC', personName: 'ASC' } });
    return networkIds.map((id) =>
      rows
        .filter((row) => row.networkId === id)
        .map((row) => ({
          id: row.id,
          personName: row.personName,
          email: row.email,
          municipalityNumber: row.municipalityNumber,
          role: row.role,
        })),
    );
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

function toNetwork(entity: NetworkEntity): Network {
  return {
    id: entity.id,
    regionId: entity.regionId,
    key: entity.key,
    name: entity.name,
    kind: entity.kind,
    serviceArea: entity.serviceArea,
    parentId: entity.parentId,
    version: entity.version,
  };
}
