import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, AuditRecord } from '@samarbeid/api/data-access';
import { currentMembership, currentNetworkMember, recordAudit } from '@samarbeid/api/data-access';
import type { IndicatorDirection, ReportingFrequency } from '@samarbeid/shared/domain';
import { DataSource, EntityManager } from 'typeorm';

/** The transaction of one change; reads inside a change take it too. */
export type Tx = EntityManager;

/** What an indicator sits on. */
export type IndicatorPlacement = 'GOAL' | 'MEASURE' | 'BENEFIT' | 'KPI_SET';

/** What an indicator measures: unit, baseline (year, value), target (year, value), direction. */
export interface IndicatorDefinition {
  readonly name: string;
  readonly unit: string;
  readonly baselineYear: number;
  readonly baselineValue: string;
  readonly targetYear: number;
  readonly targetValue: string;
  readonly direction: IndicatorDirection;
}

/**
 * An indicator with where it sits — a strategy goal, a measure, a benefit or a KPI set — the network that owns it (the
 * strategy's or the measure's; none for a KPI set), its region, and its follow-up settings.
 */
export interface IndicatorRow extends IndicatorDefinition {
  readonly id: string;
  readonly position: number;
  readonly placement: IndicatorPlacement;
  /** The goal's, the measure's (code and title), the benefit's or the KPI set's name. */
  readonly placedOn: string;
  readonly goalId: string | null;
  readonly strategyId: string | null;
  readonly measureId: string | null;
  readonly measureCode: string | null;
  readonly benefitId: string | null;
  readonly kpiSetId: string | null;
  /** A municipality's KPI set: its municipality. */
  readonly kpiSetMunicipality: string | null;
  readonly networkId: string | null;
  readonly networkName: string | null;
  readonly regionId: string;
  readonly regionSlug: string;
  readonly regionName: string;
  readonly frequency: ReportingFrequency;
  readonly kostraFigure: string | null;
  readonly settingVersion: number;
}

export interface ValueRow {
  readonly id: string;
  readonly indicatorId: string;
  readonly period: string;
  readonly municipalityNumber: string | null;
  readonly value: string | null;
  readonly notMeasured: boolean;
  readonly source: string;
  readonly comment: string;
  readonly recordedByName: string | null;
  readonly recordedAt: Date;
}

export interface NewValue {
  readonly indicatorId: string;
  readonly period: string;
  readonly municipalityNumber: string | null;
  readonly value: string | null;
  readonly source: string;
  readonly comment: string;
  readonly recordedBy: string;
  readonly recordedByName: string | null;
}

export const INDICATOR_COLUMNS = `gi.id, gi.name, gi.unit, gi.baseline_year AS "baselineYear",
  trim_scale(gi.baseline_value)::text AS "baselineValue", gi.target_year AS "targetYear",
  trim_scale(gi.target_value)::text AS "targetValue", gi.direction, gi.position,
  CASE WHEN gi.goal_id IS NOT NULL THEN 'GOAL' WHEN gi.benefit_id IS NOT NULL THEN 'BENEFIT'
       WHEN gi.measure_id IS NOT NULL THEN 'MEASURE' ELSE 'KPI_SET' END AS placement,
  coalesce(g.title, b.title, m.code || ' ' || m.title, ks.name) AS "placedOn",
  g.id AS "goalId", s.id AS "strategyId", m.id AS "measureId", m.code AS "measureCode", b.id AS "benefitId",
  ks.id AS "kpiSetId", ks.municipality_number AS "kpiSetMunicipality",
  n.id AS "networkId", n.name AS "networkName",
  r.id AS "regionId", r.slug AS "regionSlug", r.name AS "regionName",
  coalesce(st.frequency, 'YEARLY') AS frequency, st.kostra_figure AS "kostraFigure",
  coalesce(st.version, 0) AS "settingVersion"`;

/** Every indicator with what it sits on; the region through the network, or the KPI set's. */
export const INDICATOR_FROM = `goal_indicator gi
  LEFT JOIN strategy_goal g ON g.id = gi.goal_id
  LEFT JOIN strategy s ON s.id = g.strategy_id
  LEFT JOIN benefit b ON b.id = gi.benefit_id
  LEFT JOIN measure m ON m.id = coalesce(gi.measure_id, b.measure_id)
  LEFT JOIN kpi_set ks ON ks.id = gi.kpi_set_id
  LEFT JOIN network n ON n.id = coalesce(s.network_id, m.network_id)
  JOIN region r ON r.id = coalesce(n.region_id, ks.region_id)
  LEFT JOIN indicator_setting st ON st.indicator_id = gi.id`;

/** A board's order: goals by strategy and position, then measures by code, benefits, KPI sets. */
const INDICATOR_ORDER = `ORDER BY (gi.goal_id IS NULL), s.period_from DESC NULLS LAST, s.title, g.position,
  m.code NULLS LAST, (gi.benefit_id IS NOT NULL), b.title, ks.name, gi.position, gi.name`;

/** What a board lists: a strategy's, a network's, a region's, a KPI set's or a measure's (and its benefits') indicators. */
export type IndicatorScopeKind = 'STRATEGY' | 'NETWORK' | 'REGION' | 'KPI_SET' | 'MEASURE';

const SCOPE_WHERE: Readonly<Record<IndicatorScopeKind, string>> = {
  STRATEGY: 's.id = $1',
  NETWORK: 'n.id = $1',
  REGION: 'r.id = $1',
  KPI_SET: 'ks.id = $1',
  MEASURE: 'm.id = $1',
};

const VALUE_COLUMNS = `v.id, v.indicator_id AS "indicatorId", v.period, v.municipality_number AS "municipalityNumber",
  trim_scale(v.value)::text AS value, v.not_measured AS "notMeasured", v.source, v.comment,
  v.recorded_by_name AS "recordedByName", v.recorded_at AS "recordedAt"`;

/** Every statement on indicator_setting and indicator_value, and the reads of the indicators they belong to. */
@Injectable()
export class IndicatorRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  record(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
    return recordAudit(tx, actor, record);
  }

  async regionBySlug(slug: string): Promise<{ id: string; name: string } | null> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM region WHERE slug = $1',
      [slug],
    );
    return rows[0] ?? null;
  }

  /** The indicators of a strategy, a network, a region, a KPI set or a measure (with its benefits'), in board order. */
  inScope(scope: IndicatorScopeKind, id: string): Promise<IndicatorRow[]> {
    return this.dataSource.query(
      `SELECT ${INDICATOR_COLUMNS} FROM ${INDICATOR_FROM} WHERE ${SCOPE_WHERE[scope]} ${INDICATOR_ORDER}`,
      [id],
    );
  }

  /** The indicator, locked for the rest of the transaction (null when there is none). */
  async lock(tx: Tx, id: string): Promise<IndicatorRow | null> {
    const rows: IndicatorRow[] = await tx.query(
      `SELECT ${INDICATOR_COLUMNS} FROM ${INDICATOR_FROM} WHERE gi.id = $1 FOR UPDATE OF gi`,
      [id],
    );
    return rows[0] ?? null;
  }

  async byId(id: string): Promise<IndicatorRow | null> {
    const rows: IndicatorRow[] = await this.dataSource.query(
      `SELECT ${INDICATOR_COLUMNS} FROM ${INDICATOR_FROM} WHERE gi.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The strategy with its network and region (null when there is none). */
  async strategy(id: string): Promise<{
    id: string;
    title: string;
    networkId: string;
    networkName: string;
    regionId: string;
    regionSlug: string;
    regionName: string;
  } | null> {
    const rows: {
      id: string;
      title: string;
      networkId: string;
      networkName: string;
      regionId: string;
      regionSlug: string;
      regionName: string;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.title, n.id AS "networkId", n.name AS "networkName", r.id AS "regionId", r.slug AS "regionSlug",
              r.name AS "regionName"
         FROM strategy s JOIN network n ON n.id = s.network_id JOIN region r ON r.id = n.region_id WHERE s.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The region's strategies that have indicators, newest period first, with how many. */
  strategiesWithIndicators(regionId: string): Promise<
    {
      id: string;
      title: string;
      networkId: string;
      networkName: string;
      periodFrom: number;
      periodTo: number;
      indicatorCount: number;
    }[]
  > {
    return this.dataSource.query(
      `SELECT s.id, s.title, n.id AS "networkId", n.name AS "networkName", s.period_from AS "periodFrom",
              s.period_to AS "periodTo",
              count(gi.id)::int AS "indicatorCount"
         FROM strategy s JOIN network n ON n.id = s.network_id
         JOIN strategy_goal g ON g.strategy_id = s.id JOIN goal_indicator gi ON gi.goal_id = g.id
        WHERE n.region_id = $1
        GROUP BY s.id, n.id ORDER BY s.period_from DESC, n.name, s.title`,
      [regionId],
    );
  }

  /** The values of the indicators, in one statement. */
  valuesOf(indicatorIds: readonly string[], tx?: Tx): Promise<ValueRow[]> {
    if (indicatorIds.length === 0) return Promise.resolve([]);
    return (tx ?? this.dataSource.manager).query(
      `SELECT ${VALUE_COLUMNS} FROM indicator_value v WHERE v.indicator_id = ANY($1::uuid[])
        ORDER BY v.indicator_id, v.period, v.municipality_number NULLS FIRST`,
      [[...indicatorIds]],
    );
  }

  /** The region's current member municipalities, by number. */
  members(regionId: string, tx?: Tx): Promise<{ number: string; name: string }[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT mu.number, mu.name FROM region_membership m JOIN municipality mu ON mu.number = m.municipality_number
        WHERE m.region_id = $1 AND ${currentMembership('m')} ORDER BY mu.number`,
      [regionId],
    );
  }

  /** The caller's memberships of the network: role and the municipality they represent (none without a network). */
  memberships(
    userId: string,
    networkId: string | null,
    tx?: Tx,
  ): Promise<{ role: string; municipalityNumber: string | null }[]> {
    if (networkId === null) return Promise.resolve([]);
    return (tx ?? this.dataSource.manager).query(
      `SELECT role, municipality_number AS "municipalityNumber" FROM network_member
        WHERE network_id = $1 AND user_id = $2 AND ${currentNetworkMember()}`,
      [networkId, userId],
    );
  }

  /** The caller's memberships of several networks at once, by network. */
  async membershipsIn(
    userId: string,
    networkIds: readonly string[],
  ): Promise<Map<string, { role: string; municipalityNumber: string | null }[]>> {
    const rows: { networkId: string; role: string; municipalityNumber: string | null }[] =
      networkIds.length === 0
        ? []
        : await this.dataSource.query(
            `SELECT network_id AS "networkId", role, municipality_number AS "municipalityNumber" FROM network_member
              WHERE network_id = ANY($1::uuid[]) AND user_id = $2 AND ${currentNetworkMember()}`,
            [[...networkIds], userId],
          );
    const byNetwork = new Map<string, { role: string; municipalityNumber: string | null }[]>();
    for (const { networkId, ...membership } of rows) {
      byNetwork.set(networkId, [...(byNetwork.get(networkId) ?? []), membership]);
    }
    return byNetwork;
  }

  /** The value stored for the indicator, period and municipality (or region), locked. */
  async existingValue(
    tx: Tx,
    indicatorId: string,
    period: string,
    municipalityNumber: string | null,
  ): Promise<ValueRow | null> {
    const rows: ValueRow[] = await tx.query(
      `SELECT ${VALUE_COLUMNS} FROM indicator_value v
        WHERE v.indicator_id = $1 AND v.period = $2 AND v.municipality_number IS NOT DISTINCT FROM $3 FOR UPDATE`,
      [indicatorId, period, municipalityNumber],
    );
    return rows[0] ?? null;
  }

  /** Stores the value, replacing the one stored for the same period and municipality (or region). */
  async saveValue(tx: Tx, existing: ValueRow | null, value: NewValue): Promise<string> {
    const params = [
      value.value,
      value.value === null,
      value.source,
      value.comment,
      value.recordedBy,
      value.recordedByName,
    ];
    if (existing) {
      await tx.query(
        `UPDATE indicator_value SET value = $2, not_measured = $3, source = $4, comment = $5, recorded_by = $6,
                recorded_by_name = $7, recorded_at = now() WHERE id = $1`,
        [existing.id, ...params],
      );
      return existing.id;
    }
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO indicator_value (indicator_id, period, municipality_number, value, not_measured, source, comment,
                                    recorded_by, recorded_by_name)
       VALUES ($7, $8, $9, $1, $2, $3, $4, $5, $6) RETURNING id`,
      [...params, value.indicatorId, value.period, value.municipalityNumber],
    );
    return id;
  }

  /** Writes the indicator's follow-up settings (creating them on first change) and moves them to the next version. */
  async saveSetting(
    tx: Tx,
    indicatorId: string,
    setting: { frequency: ReportingFrequency; kostraFigure: string | null },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO indicator_setting (indicator_id, frequency, kostra_figure) VALUES ($1, $2, $3)
       ON CONFLICT (indicator_id) DO UPDATE SET frequency = EXCLUDED.frequency, kostra_figure = EXCLUDED.kostra_figure,
         version = indicator_setting.version + 1, updated_at = now()`,
      [indicatorId, setting.frequency, setting.kostraFigure],
    );
  }
}
