import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NetworkEntity, NetworkMemberEntity } from '@samarbeid/api/data-access';
import { decodeOffsetCursor, Page, PageArgs, toOffsetPage } from '@samarbeid/api/platform';
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
    const offset = decodeOffsetCursor(after);
    const [rows, totalCount] = await this.dataSource.getRepository(NetworkEntity).findAndCount({
      where: { regionId },
      order: { kind: 'DESC', name: 'ASC' },
      skip: offset,
      take: first + 1,
    });
    return toOffsetPage(rows.map(toNetwork), first, offset, totalCount);
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
