import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportingFrequency } from '@samarbeid/shared/domain';
import { DataSource } from 'typeorm';

import type { IndicatorDefinition, Tx } from '../indicator.repository';

/** What a board is about: its title and where it belongs. */
export interface ScopeHead {
  readonly id: string;
  readonly title: string;
  readonly networkId: string | null;
  readonly networkName: string | null;
  readonly regionId: string;
  readonly regionSlug: string;
  readonly regionName: string;
  /** A municipality's KPI set: its municipality. */
  readonly municipalityNumber: string | null;
}

export interface KpiSetRow {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly regionId: string;
  readonly municipalityNumber: string | null;
  readonly municipalityName: string | null;
  readonly indicatorCount: number;
}

/** Where a new indicator goes: exactly one of them. */
export interface IndicatorHome {
  readonly measureId: string | null;
  readonly benefitId: string | null;
  readonly kpiSetId: string | null;
}

export interface NewIndicator extends IndicatorHome, IndicatorDefinition {
  readonly frequency: ReportingFrequency;
}

const HEAD = `r.id AS "regionId", r.slug AS "regionSlug", r.name AS "regionName"`;

/** Every statement on kpi_set, and on the indicators of measures, benefits and KPI sets (goal_indicator rows). */
@Injectable()
export class PlacementRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async one<T>(sql: string, params: unknown[], tx?: Tx): Promise<T | null> {
    const rows: T[] = await (tx ?? this.dataSource.manager).query(sql, params);
    return rows[0] ?? null;
  }

  network(id: string): Promise<ScopeHead | null> {
    return this.one(
      `SELECT n.id, n.name AS title, n.id AS "networkId", n.name AS "networkName", NULL AS "municipalityNumber",
              ${HEAD}
         FROM network n JOIN region r ON r.id = n.region_id WHERE n.id = $1`,
      [id],
    );
  }

  region(slug: string): Promise<ScopeHead | null> {
    return this.one(
      `SELECT r.id, r.name AS title, NULL AS "networkId", NULL AS "networkName", NULL AS "municipalityNumber",
              ${HEAD}
         FROM region r WHERE r.slug = $1`,
      [slug],
    );
  }

  /** The measure (title "F1 Felles …") with its network, locked against removal when a transaction is given. */
  measure(id: string, tx?: Tx): Promise<ScopeHead | null> {
    return this.one(
      `SELECT m.id, m.code || ' ' || m.title AS title, n.id AS "networkId", n.name AS "networkName",
              NULL AS "municipalityNumber", ${HEAD}
         FROM measure m JOIN network n ON n.id = m.network_id JOIN region r ON r.id = n.region_id WHERE m.id = $1
         ${tx ? 'FOR SHARE OF m' : ''}`,
      [id],
      tx,
    );
  }

  /** The benefit (title "F1: Spart tid") with its measure's network, locked against removal. */
  benefit(id: string, tx: Tx): Promise<ScopeHead | null> {
    return this.one(
      `SELECT b.id, m.code || ': ' || b.title AS title, n.id AS "networkId", n.name AS "networkName",
              NULL AS "municipalityNumber", ${HEAD}
         FROM benefit b JOIN measure m ON m.id = b.measure_id JOIN network n ON n.id = m.network_id
         JOIN region r ON r.id = n.region_id WHERE b.id = $1 FOR SHARE OF b`,
      [id],
      tx,
    );
  }

  /** The KPI set, locked when a transaction is given. */
  kpiSet(id: string, tx?: Tx): Promise<ScopeHead | null> {
    return this.one(
      `SELECT ks.id, ks.name AS title, NULL AS "networkId", NULL AS "networkName",
              ks.municipality_number AS "municipalityNumber", ${HEAD}
         FROM kpi_set ks JOIN region r ON r.id = ks.region_id WHERE ks.id = $1 ${tx ? 'FOR UPDATE OF ks' : ''}`,
      [id],
      tx,
    );
  }

  /** The region's KPI sets: the region's own first, then the municipalities', by name. */
  kpiSets(regionId: string): Promise<KpiSetRow[]> {
    return this.dataSource.query(
      `SELECT ks.id, ks.name, ks.description, ks.region_id AS "regionId",
              ks.municipality_number AS "municipalityNumber", mu.name AS "municipalityName",
              (SELECT count(*)::int FROM goal_indicator gi WHERE gi.kpi_set_id = ks.id) AS "indicatorCount"
         FROM kpi_set ks LEFT JOIN municipality mu ON mu.number = ks.municipality_number
        WHERE ks.region_id = $1 ORDER BY ks.municipality_number NULLS FIRST, ks.name`,
      [regionId],
    );
  }

  async kpiSetNameTaken(tx: Tx, regionId: string, name: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      'SELECT 1 FROM kpi_set WHERE region_id = $1 AND lower(name) = lower($2)',
      [regionId, name],
    );
    return rows.length > 0;
  }

  async insertKpiSet(
    tx: Tx,
    set: {
      regionId: string;
      municipalityNumber: string | null;
      name: string;
      description: string;
      ownerUserId: string;
    },
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO kpi_set (region_id, municipality_number, name, description, owner_user_id)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [set.regionId, set.municipalityNumber, set.name, set.description, set.ownerUserId],
    );
    return id;
  }

  /** Adds the indicator last in its home, with its reporting frequency. */
  async insertIndicator(tx: Tx, indicator: NewIndicator): Promise<string> {
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO goal_indicator (measure_id, benefit_id, kpi_set_id, position, name, unit, baseline_year,
                                   baseline_value, target_year, target_value, direction)
       SELECT $1::uuid, $2::uuid, $3::uuid, coalesce(max(position) + 1, 0), $4, $5, $6, $7, $8, $9, $10
         FROM goal_indicator
        WHERE measure_id IS NOT DISTINCT FROM $1::uuid AND benefit_id IS NOT DISTINCT FROM $2::uuid
          AND kpi_set_id IS NOT DISTINCT FROM $3::uuid AND goal_id IS NULL
       RETURNING id`,
      [
        indicator.measureId,
        indicator.benefitId,
        indicator.kpiSetId,
        indicator.name,
        indicator.unit,
        indicator.baselineYear,
        indicator.baselineValue,
        indicator.targetYear,
        indicator.targetValue,
        indicator.direction,
      ],
    );
    await tx.query('INSERT INTO indicator_setting (indicator_id, frequency) VALUES ($1, $2)', [
      id,
      indicator.frequency,
    ]);
    return id;
  }

  /** Removes the indicator with its values, settings and reminders (cascade). */
  async deleteIndicator(tx: Tx, id: string): Promise<void> {
    await tx.query('DELETE FROM goal_indicator WHERE id = $1', [id]);
  }
}
