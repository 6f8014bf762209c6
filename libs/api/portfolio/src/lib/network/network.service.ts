import { Injectable } from '@nestjs/common';
import { decodeOffsetCursor, Page, PageArgs, toOffsetPage } from '@samarbeid/api/platform';

import { Network, NetworkMember } from '../dto/portfolio.types';
import { RegionLookup } from '../shared/region-lookup.repository';
import { NetworkRepository } from './network.repository';

/** Reading a region's networks and their members (the secretariat changes them through NetworkAdminService). */
@Injectable()
export class NetworkService {
  constructor(
    private readonly networks: NetworkRepository,
    private readonly regions: RegionLookup,
  ) {}

  async list(regionSlug: string, { first, after }: PageArgs): Promise<Page<Network>> {
    const regionId = await this.regions.idOf(regionSlug);
    const offset = decodeOffsetCursor(after);
    const { rows, totalCount } = await this.networks.page(regionId, offset, first + 1);
    return toOffsetPage(rows, first, offset, totalCount);
  }

  byIds(ids: readonly string[]): Promise<(Network | null)[]> {
    return this.networks.byIds(ids);
  }

  membersOf(networkIds: readonly string[]): Promise<NetworkMember[][]> {
    return this.networks.membersOf(networkIds);
  }

  memberHistoryOf(networkIds: readonly string[]): Promise<NetworkMember[][]> {
    return this.networks.membersOf(networkIds, true);
  }
}
