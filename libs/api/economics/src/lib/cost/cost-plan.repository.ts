import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CostKeyEntryEntity,
  CostLineEntity,
  CostPlanEntity,
  CostYearFigureEntity,
} from '@samarbeid/api/data-access';
import type { CostKind } from '@samarbeid/shared/domain';
import { sumAmounts } from '@samarbeid/shared/domain/allocation';
import { DataSource, In } from 'typeorm';
import { agreementSellers, measuresWithAgreementCosts } from '@samarbeid/api/agreements-read';

import type { AgreementCostYear } from '../dto/economics.types';
import type { Tx } from '../economics-transactions';
import { loadAgreementCosts } from './agreement-costs';
import type { CostLine, KeySpec, Population } from './cost-shares';
import type { CostYearRow } from './domain/cost-years';

/** A measure's cost plan as stored: the version guarding costs and key together, the key, and the cost lines. */
export interface StoredCostPlan {
  readonly version: number;
  readonly spec: KeySpec;
  readonly lines: readonly (CostLine & { readonly note: string })[];
}

/** A cost line to store. */
export interface CostLineRow {
  readonly year: number;
  readonly kind: CostKind;
  readonly amount: string;
  readonly note: string;
}

/**
 * The cost plan aggregate (cost_plan, cost_line, cost_key_entry) and the population figures its keys split by:
 * every SQL statement and TypeORM call for them. The measure row is the aggregate's lock (see PortfolioReads).
 */
@Injectable()
export class CostPlanRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The stored plan, or the default (EQUAL, no costs, version 0) when nothing is stored yet. */
  async load(measureId: string, tx?: Tx): Promise<StoredCostPlan> {
    return (await this.loadMany([measureId], tx)).get(measureId) as StoredCostPlan;
  }

  /** Plans of several measures in three queries. */
  async loadMany(
    measureIds: readonly string[],
    tx: Tx = this.dataSource.manager,
  ): Promise<Map<string, StoredCostPlan>> {
    const ids = In([...measureIds]);
    const [plans, lines, entries] = await Promise.all([
      tx.findBy(CostPlanEntity, { measureId: ids }),
      tx.find(CostLineEntity, { where: { measureId: ids }, order: { year: 'ASC', kind: 'ASC' } }),
      tx.find(CostKeyEntryEntity, { where: { measureId: ids }, order: { municipalityNumber: 'ASC' } }),
    ]);
    return new Map(
      measureIds.map((measureId) => {
        const plan = plans.find((candidate) => candidate.measureId === measureId);
        const spec: KeySpec = {
          kind: plan?.keyKind ?? 'EQUAL',
          fixedPercent: plan?.fixedPercent ?? null,
          populationYear: plan?.populationYear ?? null,
          populationSource: plan?.populationSource ?? null,
          entries: new Map(
            entries
              .filter((entry) => entry.measureId === measureId)
              .map((entry) => [
                entry.municipalityNumber,
                {
                  populationOverride: entry.populationOverride,
                  adjustmentNote: entry.adjustmentNote,
                  units: entry.units,
                  percent: entry.percent,
                },
              ]),
          ),
        };
        const own = lines
          .filter((line) => line.measureId === measureId)
          .map(({ year, kind, amount, note }) => ({ year, kind, amount: sumAmounts([amount]), note }));
        return [measureId, { version: plan?.version ?? 0, spec, lines: own }];
      }),
    );
  }

  /**
   * The distribution keys of several measures in one statement, without the cost lines (EQUAL and no entries where
   * no plan is stored, as `loadMany`).
   */
  async keysOf(measureIds: readonly string[]): Promise<Map<string, KeySpec>> {
    const rows: {
      measure_id: string;
      key_kind: KeySpec['kind'];
      fixed_percent: string | null;
      population_year: number | null;
      population_source: string | null;
      entries: { n: string; o: number | null; a: string | null; u: string | null; p: string | null }[];
    }[] = measureIds.length
      ? await this.dataSource.query(
          `SELECT cp.measure_id, cp.key_kind, cp.fixed_percent::text, cp.population_year, cp.population_source,
                  coalesce(json_agg(json_build_object('n', e.municipality_number, 'o', e.population_override,
                    'a', e.adjustment_note, 'u', e.units::text, 'p', e.percent::text) ORDER BY e.municipality_number)
                    FILTER (WHERE e.measure_id IS NOT NULL), '[]') AS entries
             FROM cost_plan cp LEFT JOIN cost_key_entry e ON e.measure_id = cp.measure_id
            WHERE cp.measure_id = ANY($1::uuid[]) GROUP BY cp.measure_id`,
          [[...measureIds]],
        )
      : [];
    const stored = new Map(rows.map((row) => [row.measure_id, row]));
    return new Map(
      measureIds.map((measureId): [string, KeySpec] => {
        const row = stored.get(measureId);
        return [
          measureId,
          {
            kind: row?.key_kind ?? 'EQUAL',
            fixedPercent: row?.fixed_percent ?? null,
            populationYear: row?.population_year ?? null,
            populationSource: row?.population_source ?? null,
            entries: new Map(
              (row?.entries ?? []).map((entry) => [
                entry.n,
                { populationOverride: entry.o, adjustmentNote: entry.a, units: entry.u, percent: entry.p },
              ]),
            ),
          },
        ];
      }),
    );
  }

  /** Replaces the cost lines and bumps the plan's version (creating the plan row with the key it had). */
  async replaceLines(
    tx: Tx,
    measureId: string,
    updatedBy: string,
    before: StoredCostPlan,
    lines: readonly CostLineRow[],
  ): Promise<void> {
    await this.touchPlan(tx, measureId, updatedBy, before, before.spec);
    await tx.delete(CostLineEntity, { measureId });
    if (lines.length)
      await tx.insert(
        CostLineEntity,
        lines.map((line) => ({ measureId, ...line })),
      );
  }

  /** Each measure's income and actual cost per year, in year order (one query). */
  async yearFiguresOf(
    measureIds: readonly string[],
    tx: Tx = this.dataSource.manager,
  ): Promise<Map<string, CostYearRow[]>> {
    const result = new Map<string, CostYearRow[]>(measureIds.map((id) => [id, []]));
    if (measureIds.length === 0) return result;
    const rows = await tx.find(CostYearFigureEntity, {
      where: { measureId: In([...measureIds]) },
      order: { year: 'ASC' },
    });
    for (const row of rows) {
      result.get(row.measureId)?.push({
        year: row.year,
        income: row.income === null ? null : sumAmounts([row.income]),
        incomeSource: row.incomeSource,
        actual: row.actual === null ? null : sumAmounts([row.actual]),
        actualNote: row.actualNote,
      });
    }
    return result;
  }

  /**
   * Replaces the income and actual costs per year. Called with the cost lines' change (`replaceLines` has created
   * the plan row and bumped its version).
   */
  async replaceYearFigures(tx: Tx, measureId: string, rows: readonly CostYearRow[]): Promise<void> {
    await tx.delete(CostYearFigureEntity, { measureId });
    if (rows.length)
      await tx.insert(
        CostYearFigureEntity,
        rows.map((row) => ({ measureId, ...row })),
      );
  }

  /** Replaces the distribution key and bumps the plan's version. */
  async replaceKey(
    tx: Tx,
    measureId: string,
    updatedBy: string,
    before: StoredCostPlan,
    spec: KeySpec,
  ): Promise<void> {
    await this.touchPlan(tx, measureId, updatedBy, before, spec);
    await tx.delete(CostKeyEntryEntity, { measureId });
    const entries = [...spec.entries].map(([municipalityNumber, entry]) => ({
      measureId,
      municipalityNumber,
      ...entry,
    }));
    if (entries.length) await tx.insert(CostKeyEntryEntity, entries);
  }

  /** Creates the plan row or bumps its version, storing the key's own fields. */
  private async touchPlan(
    tx: Tx,
    measureId: string,
    updatedBy: string,
    before: StoredCostPlan,
    key: KeySpec,
  ): Promise<void> {
    const fields = {
      keyKind: key.kind,
      fixedPercent: key.fixedPercent,
      populationYear: key.populationYear,
      populationSource: key.populationSource,
      updatedBy,
    };
    if (before.version === 0) {
      await tx.insert(CostPlanEntity, { measureId, ...fields });
    } else {
      await tx
        .createQueryBuilder()
        .update(CostPlanEntity)
        .set({ ...fields, version: () => 'version + 1' })
        .where('measure_id = :measureId', { measureId })
        .execute();
    }
  }

  /** Each measure's costs summed per year (one-off and running together), in one query. */
  async yearlyTotals(
    measureIds: readonly string[],
  ): Promise<{ measureId: string; year: number; amount: string }[]> {
    if (measureIds.length === 0) return [];
    const rows: { measure_id: string; year: number; amount: string }[] = await this.dataSource.query(
      'SELECT measure_id, year, sum(amount)::text AS amount FROM cost_line WHERE measure_id = ANY($1::uuid[]) GROUP BY measure_id, year',
      [measureIds],
    );
    return rows.map((row) => ({ measureId: row.measure_id, year: row.year, amount: row.amount }));
  }

  /** Official population on 1 January of `year`, by municipality number. */
  async populations(year: number | null, tx?: Tx): Promise<Map<string, Population>> {
    return (await this.populationsIn(year === null ? [] : [year], tx)).get(year ?? 0) ?? new Map();
  }

  /** Official populations of several years in one query: year → municipality number → figure. */
  async populationsIn(
    years: readonly number[],
    tx: Tx = this.dataSource.manager,
  ): Promise<Map<number, Map<string, Population>>> {
    const result = new Map<number, Map<string, Population>>();
    if (years.length === 0) return result;
    const rows: { municipality_number: string; year: number; count: number; source: string }[] =
      await tx.query(
        'SELECT municipality_number, year, count, source FROM municipality_population WHERE year = ANY($1::int[])',
        [[...new Set(years)]],
      );
    for (const row of rows) {
      const year = result.get(row.year) ?? new Map<string, Population>();
      year.set(row.municipality_number, { count: row.count, source: row.source });
      result.set(row.year, year);
    }
    return result;
  }

  /** Years with population figures for the region's municipalities, newest first. */
  async populationYears(regionId: string): Promise<number[]> {
    const rows: { year: number }[] = await this.dataSource.query(
      `SELECT DISTINCT p.year FROM municipality_population p
         JOIN region_membership rm ON rm.municipality_number = p.municipality_number AND rm.region_id = $1
        ORDER BY p.year DESC`,
      [regionId],
    );
    return rows.map((row) => row.year);
  }

  /**
   * The newest year (or the given one) with official figures for every one of `municipalityNumbers`, and their
   * source; null when there is none.
   */
  async completePopulationYear(
    municipalityNumbers: readonly string[],
    year: number | null,
    tx: Tx = this.dataSource.manager,
  ): Promise<{ year: number; source: string } | null> {
    const rows: { year: number; source: string }[] = await tx.query(
      `SELECT year, min(source) AS source FROM municipality_population WHERE municipality_number = ANY($1::text[])
        ${year !== null ? 'AND year = $2' : ''}
        GROUP BY year HAVING count(*) = $${year !== null ? 3 : 2} ORDER BY year DESC LIMIT 1`,
      year !== null
        ? [municipalityNumbers, year, municipalityNumbers.length]
        : [municipalityNumbers, municipalityNumbers.length],
    );
    return rows[0] ?? null;
  }

  /** The region's measures with a service purchase in force (the agreements library's read). */
  measuresWithAgreements(regionId: string): Promise<string[]> {
    return measuresWithAgreementCosts(this.dataSource.manager, regionId);
  }

  /** The sellers of the agreements in force, by agreement id (the agreements library's read). */
  agreementSellers(agreementIds: readonly string[]): Promise<Map<string, string[]>> {
    return agreementSellers(this.dataSource.manager, agreementIds);
  }

  /** What the service-purchase agreements in force cost each measure's buyers, per year (one query). */
  agreementCosts(
    measureIds: readonly string[],
    tx: Tx = this.dataSource.manager,
  ): Promise<Map<string, AgreementCostYear[]>> {
    return loadAgreementCosts(tx, measureIds);
  }
}
