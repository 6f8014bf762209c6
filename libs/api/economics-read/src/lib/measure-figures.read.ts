import { EntityManager } from 'typeorm';

/**
 * A measure's economic figures for a span of years, as stored (decimal strings, two decimals): the planned costs
 * (one-off and running), the planned economic benefits and the realised ones recorded so far (the latest
 * value per year and municipality). An FTE benefit counts
 * at its stated cost per FTE; qualitative benefits are not money and are left out.
 */
export interface MeasureFigures {
  readonly measureId: string;
  readonly plannedCostsNok: string;
  readonly plannedBenefitsNok: string;
  readonly realisedBenefitsNok: string;
}

interface Row {
  measure_id: string;
  costs: string;
  planned: string;
  realised: string;
}

/**
 * The figures of each measure for the years `fromYear`–`toYear` (both included): one statement for any number of
 * measures, a row for each (zeros where nothing is recorded). `manager` is the caller's (its transaction, if any).
 */
export async function measureFiguresForYears(
  manager: EntityManager,
  measureIds: readonly string[],
  fromYear: number,
  toYear: number,
): Promise<MeasureFigures[]> {
  if (measureIds.length === 0) return [];
  const rows: Row[] = await manager.query(
    `WITH ids AS (SELECT unnest($1::uuid[]) AS measure_id),
          costs AS (SELECT measure_id, sum(amount) AS amount FROM cost_line
                     WHERE measure_id = ANY($1::uuid[]) AND year BETWEEN $2 AND $3 GROUP BY measure_id),
          planned AS (SELECT b.measure_id,
                             sum(v.planned * CASE WHEN b.unit_kind = 'FTE' THEN b.fte_cost_nok ELSE 1 END) AS amount
                        FROM benefit b JOIN benefit_plan_value v ON v.benefit_id = b.id
                       WHERE b.measure_id = ANY($1::uuid[]) AND b.unit_kind <> 'QUALITATIVE'
                         AND v.year BETWEEN $2 AND $3
                         AND (v.municipality_number IS NULL) = NOT b.per_municipality
                       GROUP BY b.measure_id),
          latest AS (SELECT DISTINCT ON (a.benefit_id, a.year, a.municipality_number) a.benefit_id, a.value
                       FROM benefit_actual a JOIN benefit b ON b.id = a.benefit_id
                      WHERE b.measure_id = ANY($1::uuid[]) AND a.year BETWEEN $2 AND $3
                      ORDER BY a.benefit_id, a.year, a.municipality_number, a.recorded_at DESC, a.id DESC),
          realised AS (SELECT b.measure_id,
                              sum(a.value * CASE WHEN b.unit_kind = 'FTE' THEN b.fte_cost_nok ELSE 1 END) AS amount
                         FROM benefit b JOIN latest a ON a.benefit_id = b.id
                        WHERE b.unit_kind <> 'QUALITATIVE'
                        GROUP BY b.measure_id)
     SELECT ids.measure_id,
            round(coalesce(c.amount, 0), 2)::text AS costs,
            round(coalesce(p.amount, 0), 2)::text AS planned,
            round(coalesce(r.amount, 0), 2)::text AS realised
       FROM ids
       LEFT JOIN costs c ON c.measure_id = ids.measure_id
       LEFT JOIN planned p ON p.measure_id = ids.measure_id
       LEFT JOIN realised r ON r.measure_id = ids.measure_id
      ORDER BY ids.measure_id`,
    [measureIds, fromYear, toYear],
  );
  return rows.map((row) => ({
    measureId: row.measure_id,
    plannedCostsNok: row.costs,
    plannedBenefitsNok: row.planned,
    realisedBenefitsNok: row.realised,
  }));
}
