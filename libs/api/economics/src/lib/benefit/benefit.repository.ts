import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BenefitActualEntity, BenefitEntity, BenefitPlanValueEntity } from '@samarbeid/api/data-access';
import type { BenefitType, BenefitUnitKind } from '@samarbeid/shared/domain';
import { DataSource, In } from 'typeorm';

import type { Tx } from '../economics-transactions';

/** Benefits of some measures with their planned values, every actual, and the titles of the goals they serve. */
export interface BenefitFigures {
  readonly benefits: readonly BenefitEntity[];
  readonly plan: ReadonlyMap<string, readonly BenefitPlanValueEntity[]>;
  /** Every recorded actual, newest first. */
  readonly actuals: ReadonlyMap<string, readonly BenefitActualEntity[]>;
  readonly goalTitles: ReadonlyMap<string, string>;
}

/** A benefit's own fields as stored (checked and normalised by the benefit rules). */
export interface BenefitFieldValues {
  readonly title: string;
  readonly type: BenefitType;
  readonly unitKind: BenefitUnitKind;
  readonly fteCostNok: string | null;
  readonly indicator: string | null;
  readonly unit: string | null;
  readonly baselineValue: string | null;
  readonly baselineDate: string | null;
  readonly owner: string;
  readonly change: string;
  readonly goalId: string | null;
}

export interface PlanValueRow {
  readonly year: number;
  readonly municipalityNumber: string | null;
  readonly planned: string;
}

export interface ActualRow {
  readonly year: number;
  readonly municipalityNumber: string;
  readonly value: string;
  readonly comment: string;
  readonly recordedById: string;
  readonly recordedByName: string | null;
}

/** A measure's economic benefits (in NOK) in one year, summed: planned, and realised (null: nothing recorded). */
export interface MeasureGainYear {
  readonly measureId: string;
  readonly year: number;
  readonly planned: string;
  readonly realised: string | null;
}

/**
 * The benefit plan aggregate (benefit, benefit_plan_value, benefit_actual): every SQL statement and TypeORM call
 * for it. The measure row is the aggregate's lock (see PortfolioReads); a benefit row is locked after it.
 */
@Injectable()
export class BenefitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Planned and realised economic benefits in NOK (FTE × cost per FTE) per measure and year, summed in SQL (exact
   * numeric) in one statement for any number of measures, in year order. A year counts when a benefit plans or
   * realises anything in it (planned 0 when it only realises); realised is the latest actual per year and
   * municipality. With a municipality, only its own values (planned values for the whole region count for nobody).
   */
  async economicGains(
    measureIds: readonly string[],
    municipalityNumber?: string,
  ): Promise<MeasureGainYear[]> {
    if (measureIds.length === 0) return [];
    const rows: { measure_id: string; year: number; planned: string; realised: string | null }[] =
      await this.dataSource.query(
        `WITH b AS (SELECT id, measure_id, CASE WHEN unit_kind = 'FTE' THEN coalesce(fte_cost_nok, 0) ELSE 1 END AS factor
                      FROM benefit WHERE measure_id = ANY($1::uuid[]) AND unit_kind <> 'QUALITATIVE'),
              planned AS (SELECT b.measure_id, v.year, v.planned * b.factor AS amount
                            FROM b JOIN benefit_plan_value v ON v.benefit_id = b.id
                           WHERE $2::text IS NULL OR v.municipality_number = $2),
              realised AS (SELECT DISTINCT ON (a.benefit_id, a.year, a.municipality_number)
                                  b.measure_id, a.year, a.value * b.factor AS amount
                             FROM b JOIN benefit_actual a ON a.benefit_id = b.id
                            WHERE $2::text IS NULL OR a.municipality_number = $2
                            ORDER BY a.benefit_id, a.year, a.municipality_number, a.recorded_at DESC, a.id DESC)
         SELECT measure_id, year, coalesce(sum(planned), 0)::text AS planned, sum(realised)::text AS realised
           FROM (SELECT measure_id, year, amount AS planned, NULL::numeric AS realised FROM planned
                 UNION ALL SELECT measure_id, year, NULL, amount FROM realised) figures
          GROUP BY measure_id, year ORDER BY year`,
        [[...measureIds], municipalityNumber ?? null],
      );
    return rows.map((row) => ({
      measureId: row.measure_id,
      year: row.year,
      planned: row.planned,
      realised: row.realised,
    }));
  }

  /** Three queries for any number of measures (four with goals). */
  async figures(measureIds: readonly string[]): Promise<BenefitFigures> {
    const db = this.dataSource.manager;
    if (measureIds.length === 0)
      return { benefits: [], plan: new Map(), actuals: new Map(), goalTitles: new Map() };
    const benefits = await db.find(BenefitEntity, {
      where: { measureId: In([...measureIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const ids = benefits.map((benefit) => benefit.id);
    const goalIds = [...new Set(benefits.flatMap((benefit) => (benefit.goalId ? [benefit.goalId] : [])))];
    const [plan, actuals, goals] = await Promise.all([
      ids.length
        ? db.find(BenefitPlanValueEntity, {
            where: { benefitId: In(ids) },
            order: { year: 'ASC', municipalityNumber: 'ASC' },
          })
        : [],
      ids.length
        ? db.find(BenefitActualEntity, {
            where: { benefitId: In(ids) },
            order: { recordedAt: 'DESC', id: 'DESC' },
          })
        : [],
      goalIds.length
        ? db.query<{ id: string; title: string }[]>(
            'SELECT id, title FROM strategy_goal WHERE id = ANY($1::uuid[])',
            [goalIds],
          )
        : [],
    ]);
    return {
      benefits,
      plan: groupBy(plan, (value) => value.benefitId),
      actuals: groupBy(actuals, (actual) => actual.benefitId),
      goalTitles: new Map(goals.map((goal) => [goal.id, goal.title])),
    };
  }

  async findById(id: string, tx: Tx = this.dataSource.manager): Promise<BenefitEntity | null> {
    return tx.findOneBy(BenefitEntity, { id });
  }

  async byMeasure(measureId: string, tx: Tx): Promise<BenefitEntity[]> {
    return tx.findBy(BenefitEntity, { measureId });
  }

  /** The measure a benefit belongs to, read without a lock (to lock the measure first), or null. */
  async measureIdOf(id: string, tx: Tx): Promise<string | null> {
    const rows: { measure_id: string }[] = await tx.query('SELECT measure_id FROM benefit WHERE id = $1', [
      id,
    ]);
    return rows[0]?.measure_id ?? null;
  }

  /** The benefit, locked FOR UPDATE until the transaction ends, or null. */
  async lock(id: string, tx: Tx): Promise<BenefitEntity | null> {
    return tx
      .getRepository(BenefitEntity)
      .createQueryBuilder('b')
      .setLock('pessimistic_write')
      .where('b.id = :id', { id })
      .getOne();
  }

  async create(tx: Tx, measureId: string, fields: BenefitFieldValues): Promise<BenefitEntity> {
    return tx.save(BenefitEntity, tx.create(BenefitEntity, { measureId, ...fields }));
  }

  /** Changes the benefit's fields (bumping its version). */
  async update(tx: Tx, id: string, fields: BenefitFieldValues): Promise<void> {
    await tx.update(BenefitEntity, { id }, fields);
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.delete(BenefitEntity, { id });
  }

  async countActuals(tx: Tx, benefitId: string): Promise<number> {
    return tx.countBy(BenefitActualEntity, { benefitId });
  }

  async planValues(tx: Tx, benefitId: string): Promise<BenefitPlanValueEntity[]> {
    return tx.find(BenefitPlanValueEntity, { where: { benefitId } });
  }

  /** Replaces the planned values, records whether they are per municipality, and bumps the benefit's version. */
  async replacePlan(
    tx: Tx,
    benefitId: string,
    values: readonly PlanValueRow[],
    perMunicipality: boolean,
  ): Promise<void> {
    await tx.delete(BenefitPlanValueEntity, { benefitId });
    if (values.length) {
      await tx.insert(
        BenefitPlanValueEntity,
        values.map((value) => ({ benefitId, ...value })),
      );
    }
    await tx
      .createQueryBuilder()
      .update(BenefitEntity)
      .set({ perMunicipality })
      .where('id = :id', { id: benefitId })
      .execute();
  }

  async addActual(tx: Tx, benefitId: string, actual: ActualRow): Promise<BenefitActualEntity> {
    return tx.save(BenefitActualEntity, tx.create(BenefitActualEntity, { benefitId, ...actual }));
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
