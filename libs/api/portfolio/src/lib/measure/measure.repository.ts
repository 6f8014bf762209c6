import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MEASURE_BLOCKED_SQL,
  MeasureDependencyEntity,
  MeasureEntity,
  measureStuckSql,
} from '@samarbeid/api/data-access';
import type {
  CollaborationTier,
  DependencyEdge,
  MeasureStatus,
  MobilisationRating,
  ServiceArea,
} from '@samarbeid/shared/domain';
import { DataSource, In } from 'typeorm';

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
  /** Only measures under way without a status change for this many months (the overview's "stuck"). */
  readonly stuckForMonths?: number;
  /** Only measures not done that wait for a dependency (the overview's "blocked"). */
  readonly blocked?: boolean;
}

/** Natural order of codes: letters, then the number (F2 before F10); the expressions of ix_measure_code_order. */
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

  /**
   * One filtered page of a region's measures in natural code order, and how many match in all: one statement, the
   * page read in the order of the index ix_measure_code_order (the same expressions), rows mapped straight to
   * measures.
   */
  async page(
    regionId: string,
    filter: MeasureSearch,
    offset: number,
    limit: number,
  ): Promise<{ rows: Measure[]; totalCount: number }> {
    const params: unknown[] = [regionId];
    const where = ['m.region_id = $1'];
    const add = (condition: (parameter: string) => string, value: unknown) => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (filter.serviceAreas?.length) add((p) => `m.service_area = ANY(${p}::text[])`, filter.serviceAreas);
    if (filter.tiers?.length) add((p) => `m.tier = ANY(${p}::text[])`, filter.tiers);
    if (filter.statuses?.length) add((p) => `m.status = ANY(${p}::text[])`, filter.statuses);
    if (filter.mobilisation?.length) add((p) => `m.mobilisation = ANY(${p}::text[])`, filter.mobilisation);
    if (filter.networkIds?.length) add((p) => `m.network_id = ANY(${p}::uuid[])`, filter.networkIds);
    if (filter.participatingMunicipality) {
      add(
        (
          p,
        ) => `EXISTS (SELECT 1 FROM participation p WHERE p.measure_id = m.id AND p.municipality_number = ${p}
                         AND p.state = 'PARTICIPATING')`,
        filter.participatingMunicipality,
      );
    }
    if (filter.stuckForMonths !== undefined) add(measureStuckSql, filter.stuckForMonths);
    if (filter.blocked) where.push(MEASURE_BLOCKED_SQL);
    if (filter.search) {
      add(
        (p) => `(m.code ILIKE ${p} OR m.title ILIKE ${p} OR m.description ILIKE ${p})`,
        `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      );
    }
    params.push(offset, limit);
    const condition = where.join(' AND ');
    // The total as an uncorrelated subquery (one InitPlan, its own index-only scan), so that the page itself is read
    // in index order and stops after `limit` rows; a window count would make PostgreSQL sort the whole region.
    const rows: (MeasureRow & { total_count: number })[] = await this.dataSource.query(
      `SELECT ${MEASURE_COLUMNS}, (SELECT count(*) FROM measure m WHERE ${condition})::int AS total_count
         FROM measure m WHERE ${condition}
        ORDER BY m.region_id, ${CODE_ORDER.join(', ')} OFFSET $${params.length - 1} LIMIT $${params.length}`,
      params,
    );
    const totalCount =
      rows[0]?.total_count ?? (offset > 0 ? await this.count(condition, params.slice(0, -2)) : 0);
    return { rows: rows.map(fromRow), totalCount };
  }

  /** How many measures match, when the page asked for lies beyond the last one. */
  private async count(where: string, params: unknown[]): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM measure m WHERE ${where}`,
      params,
    );
    return n;
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

/** The measure's columns as `fromRow` reads them (dates as ISO text, as TypeORM reads a date column). */
const MEASURE_COLUMNS = `m.id, m.region_id, m.code, m.title, m.description, m.network_id, m.service_area, m.tier,
  m.legal_form, m.status, m.mobilisation, m.political_anchoring, m.start_date::text AS start_date,
  m.end_date::text AS end_date, m.progress_percent, m.weight, m.parent_id, m.version`;

interface MeasureRow {
  id: string;
  region_id: string;
  code: string;
  title: string;
  description: string;
  network_id: string;
  service_area: Measure['serviceArea'];
  tier: Measure['tier'];
  legal_form: Measure['legalForm'];
  status: Measure['status'];
  mobilisation: Measure['mobilisation'];
  political_anchoring: Measure['politicalAnchoring'];
  start_date: string | null;
  end_date: string | null;
  progress_percent: number | null;
  weight: number | null;
  parent_id: string | null;
  version: number;
}

function fromRow(row: MeasureRow): Measure {
  return {
    id: row.id,
    regionId: row.region_id,
    code: row.code,
    title: row.title,
    description: row.description,
    networkId: row.network_id,
    serviceArea: row.service_area,
    tier: row.tier,
    legalForm: row.legal_form,
    status: row.status,
    mobilisation: row.mobilisation,
    politicalAnchoring: row.political_anchoring,
    startDate: row.start_date,
    endDate: row.end_date,
    progressPercent: row.progress_percent,
    weight: row.weight,
    parentId: row.parent_id,
    version: row.version,
  };
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
