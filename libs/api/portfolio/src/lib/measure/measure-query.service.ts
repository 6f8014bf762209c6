import { Injectable } from '@nestjs/common';
import { decodeOffsetCursor, Page, PageArgs, toOffsetPage } from '@samarbeid/api/platform';
import { rollUpProgress } from '@samarbeid/shared/domain';

import { Measure, MeasureDependency } from '../dto/portfolio.types';
import { RegionLookup } from '../shared/region-lookup.repository';
import { MeasureFilter } from './measure.inputs';
import { MeasureRepository } from './measure.repository';

/** Reading measures: a region's filtered list, one by code, and the batches the per-request loaders ask for. */
@Injectable()
export class MeasureQueryService {
  constructor(
    private readonly measures: MeasureRepository,
    private readonly regions: RegionLookup,
  ) {}

  /** One filtered page of a region's measures, in natural code order. Cursors are offsets into that order. */
  async list(
    regionSlug: string,
    filter: MeasureFilter | undefined,
    { first, after }: PageArgs,
  ): Promise<Page<Measure>> {
    const regionId = await this.regions.idOf(regionSlug);
    const offset = decodeOffsetCursor(after);
    const search = { ...filter, search: filter?.search?.trim() || undefined };
    const { rows, totalCount } = await this.measures.page(regionId, search, offset, first + 1);
    return toOffsetPage(rows, first, offset, totalCount);
  }

  async byCode(regionSlug: string, code: string): Promise<Measure | null> {
    return this.measures.byCode(await this.regions.idOf(regionSlug), code);
  }

  byIds(ids: readonly string[]): Promise<(Measure | null)[]> {
    return this.measures.byIds(ids);
  }

  /** What each measure depends on. */
  dependenciesOf(measureIds: readonly string[]): Promise<MeasureDependency[][]> {
    return this.measures.dependenciesOf(measureIds);
  }

  /** What depends on each measure. */
  dependentsOf(measureIds: readonly string[]): Promise<MeasureDependency[][]> {
    return this.measures.dependentsOf(measureIds);
  }

  childrenOf(measureIds: readonly string[]): Promise<Measure[][]> {
    return this.measures.childrenOf(measureIds);
  }

  /** Own progress, or the weighted roll-up of the sub-measures when there are any. */
  progressOf(measure: Measure, children: readonly Measure[]): number | null {
    const parts = children
      .filter((child) => child.progressPercent !== null)
      .map((child) => ({ percent: child.progressPercent as number, weight: child.weight }));
    return parts.length > 0 ? rollUpProgress(parts) : measure.progressPercent;
  }
}
