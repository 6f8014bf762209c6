import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MeasureDependencyEntity, MeasureEntity } from '@samarbeid/api/data-access';
import type {
  CollaborationTier,
  DependencyEdge,
  MeasureStatus,
  MobilisationRating,
  ServiceArea,
} from '@samarbeid/shared/domain';
import { Brackets, DataSource, In } from 'typeorm';

import { Measure, MeasureDependency } from '../dto/portfolio.types';
import { isUniqueViolation } from '../postgres-errors';
import { Transaction } from '../shared/transaction';
import type { MeasureWrite, NewMeasure } from './domain/measure-changes';

/** What a page of measures is filtered by; every part is optional and they combine with AND. */
export interface MeasureSearch {
  readonly serviceAreas?: readonly ServiceArea[];
  readonly tiers?: readonly CollaborationTier[];
  readonly statuses?: readonly MeasureStatus[];
  readonly mobilisation?: readonly MobilisationRating[];
  readonly networkIds?: readonly string[];
  /** Only measures this municipality takes part in. */
  readonly participatingMunicipality?: string;
  /** Words in the code, title or description (matched literally). */
  readonly search?: string;
}

/** Natural order of codes: letters, then the number (F2 before F10). */
const CODE_ORDER = [
  "regexp_replace(m.code, '[0-9]+$', '')",
  "coalesce(nullif(regexp_replace(m.code, '^[^0-9]+', ''), ''), '0')::int",
];

/**
 * Measures, their dependencies and their links to strategy goals: every statement on measure, measure_dependency
 * and measure_goal. Reads outside a change use the pool; a change passes its transaction.
 */
@Injectable()
export class MeasureRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One filtered page of a region's measures in natural code order, and how many match in all. */
  async page(
    regionId: string,
    filter: MeasureSearch,
    offset: number,
    limit: number,
  ): Promise<{ rows: Measure[]; totalCount: number }> {
    const query = this.dataSource
      .getRepository(MeasureEntity)
      .createQueryBuilder('m')
      .where('m.region_id = :regionId', { regionId });
    if (filter.serviceAreas?.length) {
      query.andWhere('m.service_area IN (:...areas)', { areas: filter.serviceAreas });
    }
    if (filter.tiers?.length) query.andWhere('m.tier IN (:...tiers)', { tiers: filter.tiers });
    if (filter.statuses?.length) query.andWhere('m.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.mobilisation?.length) {
      query.andWhere('m.mobilisation IN (:...mobilisation)', { mobilisation: filter.mobilisation });
    }
    if (filter.networkIds?.length) {
      query.andWhere('m.network_id IN (:...networkIds)', { networkIds: filter.networkIds });
    }
    if (filter.participatingMunicipality) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM participation p WHERE p.measure_id = m.id AND p.municipality_number = :municipality
                 AND p.state = 'PARTICIPATING')`,
        { municipality: filter.participatingMunicipality },
      );
    }
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
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
    const rows = await query.offset(offset).limit(limit).getMany();
    return { rows: rows.map(toMeasure), totalCount };
  }

  async byCode(regionId: string, code: string): Promise<Measure | null> {
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

  /** Each measure's sub-measures, in natural code order. */
  async childrenOf(measureIds: readonly string[]): Promise<Measure[][]> {
    const rows = await this.dataSource.getRepository(MeasureEntity).findBy({ parentId: In([...measureIds]) });
    return measureIds.map((id) =>
      rows
        .filter((row) => row.parentId === id)
        .map(toMeasure)
        .sort((a, b) => a.code.localeCompare(b.code, 'nb', { numeric: true })),
    );
  }

  /** The strategy goals each measure is linked to (ids; the goals themselves are the strategy's). */
  async goalIdsOf(measureIds: readonly string[]): Promise<string[][]> {
    const links: { measure_id: string; goal_id: string }[] = await this.dataSource.query(
      'SELECT measure_id, goal_id FROM measure_goal WHERE measure_id = ANY($1::uuid[])',
      [[...measureIds]],
    );
    return measureIds.map((id) => links.filter((link) => link.measure_id === id).map((link) => link.goal_id));
  }

  // ——— inside a change ———

  /** The measure, locked for the rest of the transaction (null when there is none). */
  async lock(tx: Transaction, id: string): Promise<Measure | null> {
    const entity = await tx
      .getRepository(MeasureEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id', { id })
      .getOne();
    return entity ? toMeasure(entity) : null;
  }

  /** The measure without a lock (null when there is none). */
  async find(tx: Transaction, id: string): Promise<Measure | null> {
    const entity = await tx.getRepository(MeasureEntity).findOneBy({ id });
    return entity ? toMeasure(entity) : null;
  }

  /** Inserts a new measure; 'CODE_TAKEN' when the region already has its code. */
  async insert(tx: Transaction, measure: NewMeasure): Promise<Measure | 'CODE_TAKEN'> {
    const repository = tx.getRepository(MeasureEntity);
    try {
      return toMeasure(await repository.save(repository.create(measure)));
    } catch (error) {
      if (isUniqueViolation(error)) return 'CODE_TAKEN';
      throw error;
    }
  }

  /** Writes the changes of a locked measure and moves it to the next version. */
  async update(tx: Transaction, current: Measure, changes: MeasureWrite): Promise<Measure> {
    const repository = tx.getRepository(MeasureEntity);
    await repository.update(
      { id: current.id, version: current.version },
      { ...changes, version: current.version + 1 },
    );
    return toMeasure(await repository.findOneByOrFail({ id: current.id }));
  }

  async isInRegion(tx: Transaction, id: string, regionId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query('SELECT 1 FROM measure WHERE id = $1 AND region_id = $2', [
      id,
      regionId,
    ]);
    return rows.length > 0;
  }

  /** Whether every one of the (distinct) ids is a measure of the region; true for none. */
  async allInRegion(tx: Transaction, ids: readonly string[], regionId: string): Promise<boolean> {
    if (ids.length === 0) return true;
    const found: { id: string }[] = await tx.query(
      'SELECT id FROM measure WHERE id = ANY($1::uuid[]) AND region_id = $2',
      [[...ids], regionId],
    );
    return found.length === ids.length;
  }

  /** The region's measures with these codes (codes not found are left out). */
  async idsByCode(
    tx: Transaction,
    regionId: string,
    codes: readonly string[],
  ): Promise<{ id: string; code: string }[]> {
    if (codes.length === 0) return [];
    return tx.query('SELECT id, code FROM measure WHERE region_id = $1 AND code = ANY($2::text[])', [
      regionId,
      [...codes],
    ]);
  }

  /** The codes of these measures, by id. */
  async codesOf(tx: Transaction, ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; code: string }[] = await tx.query(
      'SELECT id, code FROM measure WHERE id = ANY($1::uuid[])',
      [[...ids]],
    );
    return new Map(rows.map((row) => [row.id, row.code]));
  }

  /**
   * Serialises dependency changes in a region until the transaction ends, so two concurrent additions cannot close
   * a cycle together.
   */
  async lockDependencyGraph(tx: Transaction, regionId: string): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dependencies:${regionId}`]);
  }

  /** Every dependency among the region's measures, as edges `from` needs `to`. */
  dependencyEdges(tx: Transaction, regionId: string): Promise<DependencyEdge[]> {
    return tx.query(
      `SELECT d.measure_id AS "from", d.depends_on_id AS "to" FROM measure_dependency d
         JOIN measure m ON m.id = d.measure_id WHERE m.region_id = $1`,
      [regionId],
    );
  }

  /** Adds the dependency, or changes its kind when it exists. */
  async saveDependency(tx: Transaction, dependency: MeasureDependency): Promise<void> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(MeasureDependencyEntity)
      .values(dependency)
      .orUpdate(['kind'], ['measure_id', 'depends_on_id'])
      .execute();
  }

  /** Removes the dependency; false when there was none. */
  async removeDependency(tx: Transaction, measureId: string, dependsOnId: string): Promise<boolean> {
    const removed: [unknown[], number] = await tx.query(
      'DELETE FROM measure_dependency WHERE measure_id = $1 AND depends_on_id = $2 RETURNING kind',
      [measureId, dependsOnId],
    );
    return removed[1] > 0;
  }

  /** The goals the measure is linked to now. */
  async goalIdsOfMeasure(tx: Transaction, measureId: string): Promise<string[]> {
    const rows: { goal_id: string }[] = await tx.query(
      'SELECT goal_id FROM measure_goal WHERE measure_id = $1',
      [measureId],
    );
    return rows.map((row) => row.goal_id);
  }

  /** Replaces the measure's links to strategy goals. */
  async replaceGoals(tx: Transaction, measureId: string, goalIds: readonly string[]): Promise<void> {
    await tx.query('DELETE FROM measure_goal WHERE measure_id = $1', [measureId]);
    for (const goalId of goalIds) {
      await tx.query('INSERT INTO measure_goal (measure_id, goal_id) VALUES ($1, $2)', [measureId, goalId]);
    }
  }
}

function toMeasure(entity: MeasureEntity): Measure {
  return {
    id: entity.id,
    regionId: entity.regionId,
    code: entity.code,
    title: entity.title,
    description: entity.description,
    networkId: entity.networkId,
    serviceArea: entity.serviceArea,
    tier: entity.tier,
    legalForm: entity.legalForm,
    status: entity.status,
    mobilisation: entity.mobilisation,
    politicalAnchoring: entity.politicalAnchoring,
    startDate: entity.startDate,
    endDate: entity.endDate,
    progressPercent: entity.progressPercent,
    weight: entity.weight,
    parentId: entity.parentId,
    version: entity.version,
  };
}

function toDependency(row: MeasureDependencyEntity): MeasureDependency {
  return { measureId: row.measureId, dependsOnId: row.dependsOnId, kind: row.kind };
}
