import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentMembership } from '@samarbeid/api/data-access';
import { focusSummaries } from '@samarbeid/api/focus-read';
import { rollUpProgress } from '@samarbeid/shared/domain';
import { DataSource } from 'typeorm';

/*
 * The public read path's SQL: one bounded statement per table, read-only, each for one region. Rows carry only what
 * the projections (domain/public-fields.ts) may copy, plus keys to join on. Focus items come through the focus
 * feature's read library; economics through PublicEconomicsSource (the economics feature's own figures).
 */

export interface MemberRow {
  readonly number: string;
  readonly name: string;
}

export interface MeasureRow {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly serviceArea: string;
  readonly tier: string;
  readonly status: string;
  readonly progressPercent: number | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly network: string;
  readonly mobilisation: string | null;
}

/** At most this many rows per public table (a region has tens of measures; the bound keeps a page cheap). */
export const PUBLIC_ROW_LIMIT = 2000;

@Injectable()
export class PublicReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async members(regionId: string): Promise<MemberRow[]> {
    return this.dataSource.query(
      `SELECT m.number, m.name FROM region_membership rm JOIN municipality m ON m.number = rm.municipality_number
        WHERE rm.region_id = $1 AND ${currentMembership('rm')} ORDER BY m.number`,
      [regionId],
    );
  }

  /** The region's measures by code, with progress rolled up from sub-measures where they have any. */
  async measures(regionId: string): Promise<MeasureRow[]> {
    const rows: (MeasureRow & { id: string; parentId: string | null; weight: number | null })[] =
      await this.dataSource.query(
        `SELECT m.id, m.parent_id AS "parentId", m.weight, m.code, m.title, m.description,
                m.service_area AS "serviceArea", m.tier, m.status, m.progress_percent AS "progressPercent",
                to_char(m.start_date, 'YYYY-MM-DD') AS "startDate", to_char(m.end_date, 'YYYY-MM-DD') AS "endDate",
                n.name AS network, m.mobilisation
           FROM measure m JOIN network n ON n.id = m.network_id
          WHERE m.region_id = $1 ORDER BY m.code LIMIT ${PUBLIC_ROW_LIMIT}`,
        [regionId],
      );
    const children = new Map<string, { percent: number; weight: number | null }[]>();
    for (const row of rows) {
      if (row.parentId === null || row.progressPercent === null) continue;
      const list = children.get(row.parentId) ?? [];
      list.push({ percent: row.progressPercent, weight: row.weight });
      children.set(row.parentId, list);
    }
    return rows.map((row) => {
      const parts = children.get(row.id);
      const progressPercent = parts ? (rollUpProgress(parts) ?? row.progressPercent) : row.progressPercent;
      return { ...row, progressPercent };
    });
  }

  async decisions(regionId: string): Promise<object[]> {
    return this.dataSource.query(
      `SELECT to_char(d.decided_on, 'YYYY-MM-DD') AS "decidedOn", d.body, mu.name AS municipality,
              d.case_reference AS "caseReference", d.title, d.text,
              coalesce((SELECT string_agg(m.code, ', ' ORDER BY m.code) FROM decision_measure dm
                          JOIN measure m ON m.id = dm.measure_id WHERE dm.decision_id = d.id), '') AS measures
         FROM decision d LEFT JOIN municipality mu ON mu.number = d.municipality_number
        WHERE d.region_id = $1 ORDER BY d.decided_on DESC, d.case_reference LIMIT ${PUBLIC_ROW_LIMIT}`,
      [regionId],
    );
  }

  /** Every member × measure, with the recorded state (UNDECIDED where none is recorded). */
  async participation(regionId: string): Promise<object[]> {
    return this.dataSource.query(
      `SELECT m.code AS "measureCode", mu.number AS "municipalityNumber", mu.name AS "municipalityName",
              coalesce(p.state, 'UNDECIDED') AS state
         FROM measure m
         JOIN region_membership rm ON rm.region_id = m.region_id AND ${currentMembership('rm')}
         JOIN municipality mu ON mu.number = rm.municipality_number
         LEFT JOIN participation p ON p.measure_id = m.id AND p.municipality_number = mu.number
        WHERE m.region_id = $1 AND m.parent_id IS NULL
        ORDER BY m.code, mu.number LIMIT ${PUBLIC_ROW_LIMIT * 10}`,
      [regionId],
    );
  }

  async focusItems(regionId: string, members: readonly MemberRow[]): Promise<object[]> {
    const names = new Map(members.map((member) => [member.number, member.name]));
    const items = await focusSummaries(this.dataSource.manager, regionId);
    return items.map((item) => ({
      ...item,
      area:
        item.municipalityNumber === null
          ? 'Regionen'
          : (names.get(item.municipalityNumber) ?? item.municipalityNumber),
    }));
  }

  /** The indicators of the region's adopted strategies, with the latest value measured for the whole region. */
  async indicators(regionId: string): Promise<object[]> {
    return this.dataSource.query(
      `SELECT gi.name, gi.unit, gi.direction, gi.baseline_year AS "baselineYear",
              trim_scale(gi.baseline_value)::text AS "baselineValue", gi.target_year AS "targetYear",
              trim_scale(gi.target_value)::text AS "targetValue",
              l.period AS "latestPeriod", trim_scale(l.value)::text AS "latestValue"
         FROM goal_indicator gi
         JOIN strategy_goal g ON g.id = gi.goal_id
         JOIN strategy s ON s.id = g.strategy_id AND s.status = 'ADOPTED'
         JOIN network n ON n.id = s.network_id
         LEFT JOIN LATERAL (SELECT v.period, v.value FROM indicator_value v
                             WHERE v.indicator_id = gi.id AND v.municipality_number IS NULL
                               AND NOT v.not_measured
                             ORDER BY v.period DESC LIMIT 1) l ON true
        WHERE n.region_id = $1 ORDER BY s.title, g.position, gi.position LIMIT ${PUBLIC_ROW_LIMIT}`,
      [regionId],
    );
  }

  async reports(regionId: string): Promise<object[]> {
    return this.dataSource.query(
      `SELECT f.id, p.name AS period, f.number AS version, to_char(f.frozen_at, 'YYYY-MM-DD') AS "frozenOn"
         FROM frozen_report f JOIN reporting_period p ON p.id = f.period_id
        WHERE p.region_id = $1 ORDER BY p.period_to DESC, f.number DESC LIMIT ${PUBLIC_ROW_LIMIT}`,
      [regionId],
    );
  }

  /** Whether a frozen report belongs to the region (a download must not reach another region's reports). */
  async reportInRegion(regionId: string, reportId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM frozen_report f JOIN reporting_period p ON p.id = f.period_id
        WHERE p.region_id = $1 AND f.id = $2`,
      [regionId, reportId],
    );
    return rows.length > 0;
  }
}
