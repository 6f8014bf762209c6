import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DecisionEntity,
  MeasureDependencyEntity,
  MeasureEntity,
  RegionEntity,
  regionNotFound,
} from '@samarbeid/api/data-access';
import { decodeOffsetCursor, Page, PageArgs, toOffsetPage } from '@samarbeid/api/platform';
import { rollUpProgress } from '@samarbeid/shared/domain';
import { Brackets, DataSource, In } from 'typeorm';

import { Decision, Measure, MeasureDependency } from '../dto/portfolio.types';
import { toDecision } from '../decision/decision.mapper';
import { MeasureFilter } from './measure.inputs';
import { toMeasure } from './measure.mapper';

/** Natural order of codes: letters, then the number (F2 before F10). */
const CODE_ORDER = [
  "regexp_replace(m.code, '[0-9]+$', '')",
  "coalesce(nullif(regexp_replace(m.code, '^[^0-9]+', ''), ''), '0')::int",
];

@Injectable()
export class MeasureQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async regionIdBySlug(slug: string): Promise<string> {
    const region = await this.dataSource.getRepository(RegionEntity).findOneBy({ slug });
    if (!region) throw regionNotFound(slug);
    return region.id;
  }

  /** One filtered page of a region's measures, in natural code order. Cursors are offsets into that order. */
  async list(
    regionSlug: string,
    filter: MeasureFilter | undefined,
    { first, after }: PageArgs,
  ): Promise<Page<Measure>> {
    const regionId = await this.regionIdBySlug(regionSlug);
    const offset = decodeOffsetCursor(after);
    const query = this.dataSource
      .getRepository(MeasureEntity)
      .createQueryBuilder('m')
      .where('m.region_id = :regionId', { regionId });
    if (filter?.serviceAreas?.length)
      query.andWhere('m.service_area IN (:...areas)', { areas: filter.serviceAreas });
    if (filter?.tiers?.length) query.andWhere('m.tier IN (:...tiers)', { tiers: filter.tiers });
    if (filter?.statuses?.length) query.andWhere('m.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.mobilisation?.length) {
      query.andWhere('m.mobilisation IN (:...mobilisation)', { mobilisation: filter.mobilisation });
    }
    if (filter?.networkIds?.length)
      query.andWhere('m.network_id IN (:...networkIds)', { networkIds: filter.networkIds });
    if (filter?.participatingMunicipality) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM participation p WHERE p.measure_id = m.id AND p.municipality_number = :municipality
                 AND p.state = 'PARTICIPATING')`,
        { municipality: filter.participatingMunicipality },
      );
    }
    const search = filter?.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((where) =>
          where
            .where('m.code ILIKE :pattern', { pattern })
            .orWhere('m.title ILIKE :pattern', { pattern })
            .orWhere('m.description ILIKE :pattern', { pattern }),
        ),
      );
    }
    const totalCount = await query.getCount();
    for (const [index, expression] of CODE_ORDER.entries()) {
      if (index === 0) query.orderBy(expression, 'ASC');
      else query.addOrderBy(expression, 'ASC');
    }
    const rows = await query
      .offset(offset)
      .limit(first + 1)
      .getMany();
    return toOffsetPage(rows.map(toMeasure), first, offset, totalCount);
  }

  async byId(id: string): Promise<Measure | null> {
    const entity = await this.dataSource.getRepository(MeasureEntity).findOneBy({ id });
    return entity ? toMeasure(entity) : null;
  }

  async byCode(regionSlug: string, code: string): Promise<Measure | null> {
    const regionId = await this.regionIdBySlug(regionSlug);
    const entity = await this.dataSource.getRepository(MeasureEntity).findOneBy({ regionId, code });
    return entity ? toMeasure(entity) : null;
  }

  async byIds(ids: readonly string[]): Promise<(Measure | null)[]> {
    const rows = await this.dataSource.getRepository(MeasureEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, toMeasure(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** What each measure depends on. */
  async dependenciesOf(measureIds: readonly string[]): Promise<MeasureDependency[][]> {
    const rows = await this.dataSource
      .getRepository(MeasureDependencyEntity)
      .findBy({ measureId: In([...measureIds]) });
    return measureIds.map((id) => rows.filter((row) => row.measureId === id).map(toDependency));
  }

  /** What depends on each measure. */
  async dependentsOf(measureIds: readonly string[]): Promise<MeasureDependency[][]> {
    const rows = await this.dataSource
      .getRepository(MeasureDependencyEntity)
      .findBy({ dependsOnId: In([...measureIds]) });
    return measureIds.map((id) => rows.filter((row) => row.dependsOnId === id).map(toDependency));
  }

  async childrenOf(measureIds: readonly string[]): Promise<Measure[][]> {
    const rows = await this.dataSource.getRepository(MeasureEntity).findBy({ parentId: In([...measureIds]) });
    return measureIds.map((id) =>
      rows
        .filter((row) => row.parentId === id)
        .map(toMeasure)
        .sort((a, b) => a.code.localeCompare(b.code, 'nb', { numeric: true })),
    );
  }

  /** Own progress, or the weighted roll-up of the sub-measures when there are any. */
  progressOf(measure: Measure, children: readonly Measure[]): number | null {
    const parts = children
      .filter((child) => child.progressPercent !== null)
      .map((child) => ({ percent: child.progressPercent as number, weight: child.weight }));
    return parts.length > 0 ? rollUpProgress(parts) : measure.progressPercent;
  }

  async decisionsOf(measureIds: readonly string[]): Promise<Decision[][]> {
    const rows: (DecisionEntity & { measure_id: string })[] = await this.dataSource
      .getRepository(DecisionEntity)
      .createQueryBuilder('d')
      .innerJoin('decision_measure', 'dm', 'dm.decision_id = d.id')
      .addSelect('dm.measure_id', 'measure_id')
      .where('dm.measure_id IN (:...ids)', { ids: [...measureIds] })
      .orderBy('d.decided_on', 'DESC')
      .getRawAndEntities()
      .then(({ raw, entities }) =>
        entities.map((entity, index) =>
          Object.assign(entity, { measure_id: (raw[index] as { measure_id: string }).measure_id }),
        ),
      );
    return measureIds.map((id) => rows.filter((row) => row.measure_id === id).map(toDecision));
  }
}

function toDependency(row: MeasureDependencyEntity): MeasureDependency {
  return { measureId: row.measureId, dependsOnId: row.dependsOnId, kind: row.kind };
}
