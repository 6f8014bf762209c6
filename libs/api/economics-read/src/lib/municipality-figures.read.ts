import type { KeySpec, Population } from '@samarbeid/shared/domain/allocation';
import {
  AllocationError,
  allocationInput,
  roundedSplitter,
  sumAmounts,
} from '@samarbeid/shared/domain/allocation';
import { EntityManager } from 'typeorm';

/**
 * What each municipality takes part in, pays and gains, measure by measure, for a span of years: its share of the
 * measure's planned costs by the measure's distribution key (the same allocation as the measure's share table,
 * rounded shares summed over the years), and the economic benefits planned and realised for it (benefits planned for
 * the region as a whole are not split on the municipalities). Amounts are exact decimal strings.
 */
export interface MunicipalityMeasureFigures {
  readonly measureId: string;
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  /** Null when the key cannot split the costs (its sentence is in `shareErrors`). */
  readonly costShareNok: string | null;
  readonly plannedBenefitsNok: string;
  readonly realisedBenefitsNok: string;
}

export interface MunicipalityFigures {
  /** One row per measure and participating member municipality, by measure and municipality number. */
  readonly rows: readonly MunicipalityMeasureFigures[];
  /** Measures whose key could not split their costs, with the reason (Norwegian). */
  readonly shareErrors: ReadonlyMap<string, string>;
}

interface KeyRow {
  measure_id: string;
  key_kind: KeySpec['kind'];
  fixed_percent: string | null;
  population_year: number | null;
  population_source: string | null;
  entries: { n: string; o: number | null; a: string | null; u: string | null; p: string | null }[];
}

/**
 * The figures of each municipality taking part (a current member of the measure's region) in each of `measureIds`,
 * for `fromYear`–`toYear`: five statements for any number of measures. `manager` is the caller's (its transaction).
 */
export async function municipalityFiguresForYears(
  manager: EntityManager,
  measureIds: readonly string[],
  fromYear: number,
  toYear: number,
): Promise<MunicipalityFigures> {
  if (measureIds.length === 0) return { rows: [], shareErrors: new Map() };
  const ids = [...measureIds];
  const [participants, keys, totals, benefits] = await Promise.all([
    manager.query<{ measure_id: string; number: string; name: string }[]>(
      `SELECT p.measure_id, mu.number, mu.name
         FROM participation p JOIN measure me ON me.id = p.measure_id
         JOIN region_membership rm ON rm.region_id = me.region_id AND rm.municipality_number = p.municipality_number
              AND rm.valid_from <= current_date AND (rm.valid_to IS NULL OR rm.valid_to > current_date)
         JOIN municipality mu ON mu.number = p.municipality_number
        WHERE p.measure_id = ANY($1::uuid[]) AND p.state = 'PARTICIPATING'
        ORDER BY p.measure_id, mu.number`,
      [ids],
    ),
    manager.query<KeyRow[]>(
      `SELECT cp.measure_id, cp.key_kind, cp.fixed_percent::text, cp.population_year, cp.population_source,
              coalesce(json_agg(json_build_object('n', e.municipality_number, 'o', e.population_override,
                'a', e.adjustment_note, 'u', e.units::text, 'p', e.percent::text) ORDER BY e.municipality_number)
                FILTER (WHERE e.measure_id IS NOT NULL), '[]') AS entries
         FROM cost_plan cp LEFT JOIN cost_key_entry e ON e.measure_id = cp.measure_id
        WHERE cp.measure_id = ANY($1::uuid[]) GROUP BY cp.measure_id`,
      [ids],
    ),
    manager.query<{ measure_id: string; year: number; amount: string }[]>(
      `SELECT measure_id, year, sum(amount)::text AS amount FROM cost_line
        WHERE measure_id = ANY($1::uuid[]) AND year BETWEEN $2 AND $3
        GROUP BY measure_id, year ORDER BY measure_id, year`,
      [ids, fromYear, toYear],
    ),
    manager.query<{ measure_id: string; number: string; planned: string; realised: string }[]>(
      `WITH b AS (SELECT id, measure_id, CASE WHEN unit_kind = 'FTE' THEN coalesce(fte_cost_nok, 0) ELSE 1 END AS factor
                    FROM benefit WHERE measure_id = ANY($1::uuid[]) AND unit_kind <> 'QUALITATIVE'),
            planned AS (SELECT b.measure_id, v.municipality_number AS number, v.planned * b.factor AS amount
                          FROM b JOIN benefit_plan_value v ON v.benefit_id = b.id
                         WHERE v.municipality_number IS NOT NULL AND v.year BETWEEN $2 AND $3),
            latest AS (SELECT DISTINCT ON (a.benefit_id, a.year, a.municipality_number)
                              b.measure_id, a.municipality_number AS number, a.value * b.factor AS amount
                         FROM b JOIN benefit_actual a ON a.benefit_id = b.id
                        WHERE a.year BETWEEN $2 AND $3
                        ORDER BY a.benefit_id, a.year, a.municipality_number, a.recorded_at DESC, a.id DESC)
       SELECT measure_id, number, round(coalesce(sum(planned), 0), 2)::text AS planned,
              round(coalesce(sum(realised), 0), 2)::text AS realised
         FROM (SELECT measure_id, number, amount AS planned, NULL::numeric AS realised FROM planned
               UNION ALL SELECT measure_id, number, NULL, amount FROM latest) figures
        GROUP BY measure_id, number`,
      [ids, fromYear, toYear],
    ),
  ]);
  const specs = new Map(keys.map((row) => [row.measure_id, keySpec(row)]));
  const populationYears = [
    ...new Set(
      [...specs.values()].flatMap((spec) => (spec.populationYear === null ? [] : [spec.populationYear])),
    ),
  ];
  const populations = await populationsIn(manager, populationYears);
  const gains = new Map(benefits.map((row) => [`${row.measure_id}:${row.number}`, row]));
  const shareErrors = new Map<string, string>();
  const rows: MunicipalityMeasureFigures[] = [];
  for (const measureId of ids) {
    const taking = participants.filter((row) => row.measure_id === measureId);
    if (taking.length === 0) continue;
    const spec = specs.get(measureId) ?? EQUAL_KEY;
    const years = totals.filter((row) => row.measure_id === measureId);
    let shares: Map<string, string> | null = new Map();
    try {
      const input = allocationInput(
        spec,
        taking.map((row) => ({ number: row.number, name: row.name })),
        populations.get(spec.populationYear ?? 0) ?? new Map(),
      );
      const split = roundedSplitter(input.participants, input.key);
      const perYear = years.map((year) => split(sumAmounts([year.amount])));
      shares = new Map(
        taking.map((row) => [row.number, sumAmounts(['0', ...perYear.map((year) => year.get(row.number))])]),
      );
    } catch (error) {
      if (!(error instanceof AllocationError)) throw error;
      shareErrors.set(measureId, error.nb);
      shares = null;
    }
    for (const row of taking) {
      const gain = gains.get(`${measureId}:${row.number}`);
      rows.push({
        measureId,
        municipalityNumber: row.number,
        municipalityName: row.name,
        costShareNok: shares ? money(shares.get(row.number) ?? '0') : null,
        plannedBenefitsNok: gain?.planned ?? '0.00',
        realisedBenefitsNok: gain?.realised ?? '0.00',
      });
    }
  }
  return { rows, shareErrors };
}

/** A measure without a cost plan splits equally, as its share table does. */
const EQUAL_KEY: KeySpec = {
  kind: 'EQUAL',
  fixedPercent: null,
  populationYear: null,
  populationSource: null,
  entries: new Map(),
};

function keySpec(row: KeyRow): KeySpec {
  return {
    kind: row.key_kind,
    fixedPercent: row.fixed_percent,
    populationYear: row.population_year,
    populationSource: row.population_source,
    entries: new Map(
      row.entries.map((entry) => [
        entry.n,
        { populationOverride: entry.o, adjustmentNote: entry.a, units: entry.u, percent: entry.p },
      ]),
    ),
  };
}

async function populationsIn(
  manager: EntityManager,
  years: readonly number[],
): Promise<Map<number, Map<string, Population>>> {
  const result = new Map<number, Map<string, Population>>();
  if (years.length === 0) return result;
  const rows = await manager.query<
    { municipality_number: string; year: number; count: number; source: string }[]
  >(
    'SELECT municipality_number, year, count, source FROM municipality_population WHERE year = ANY($1::int[])',
    [years],
  );
  for (const row of rows) {
    const year = result.get(row.year) ?? new Map<string, Population>();
    year.set(row.municipality_number, { count: row.count, source: row.source });
    result.set(row.year, year);
  }
  return result;
}

/** "1200.5" → "1200.50": amounts in the report have two decimals. */
function money(amount: string): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  return `${whole}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}
