import { Injectable } from '@nestjs/common';
import { decodeOffsetCursor, Page, PageArgs, toOffsetPage } from '@samarbeid/api/platform';

import { AuditEvent } from '../dto/portfolio.types';
import { RegionLookup } from '../shared/region-lookup.repository';
import { AuditFilter } from './history.inputs';
import { HistoryRepository } from './history.repository';

/** Reading the change history: one object's, or the region's searched (the resolver allows the secretariat). */
@Injectable()
export class HistoryService {
  constructor(
    private readonly history: HistoryRepository,
    private readonly regions: RegionLookup,
  ) {}

  /** Each object's history, newest first. */
  of(entityType: string, entityIds: readonly string[]): Promise<AuditEvent[][]> {
    return this.history.of(entityType, entityIds);
  }

  async search(
    regionSlug: string,
    filter: AuditFilter | undefined,
    { first, after }: PageArgs,
  ): Promise<Page<AuditEvent>> {
    const regionId = await this.regions.idOf(regionSlug);
    const offset = decodeOffsetCursor(after);
    const { rows, totalCount } = await this.history.search(
      {
        regionId,
        entityType: filter?.entityType,
        text: filter?.text?.trim() || undefined,
        from: filter?.from,
        to: filter?.to,
      },
      offset,
      first + 1,
    );
    return toOffsetPage(rows, first, offset, totalCount);
  }
}
