import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NetworkEntity, NetworkMemberEntity } from '@samarbeid/api/data-access';
import { decodeCursor, encodeCursor, Page, PageArgs } from '@samarbeid/api/platform';
import { DataSource, In } from 'typeorm';

import { Network, NetworkMember } from '../dto/portfolio.types';
import { MeasureQueryService } from '../measure/measure-query.service';

@Injectable()
export class NetworkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly measures: MeasureQueryService,
  ) {}

  async list(regionSlug: string, { first, after }: PageArgs): Promise<Page<Network>> {
    const regionId = await this.measures.regionIdBySlug(regionSlug);
    const offset = Number(decodeCursor(after) ?? '0');
    const [rows, totalCount] = await this.dataSource.getRepository(NetworkEntity).findAndCount({
      where: { regionId },
      order: { kind: 'DESC', name: 'ASC' },
      skip: Number.isInteger(offset) && offset >= 0 ? offset : 0,
      take: first + 1,
    });
    const nodes = rows.slice(0, first).map(toNetwork);
    return {
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: nodes.length ? encodeCursor(String(offset + nodes.length)) : null,
      },
    };
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
