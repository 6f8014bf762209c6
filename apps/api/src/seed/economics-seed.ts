import { recordAudit } from '@samarbeid/api/data-access';
import type { BenefitType, BenefitUnitKind } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

import { DEMO_POPULATION_YEAR } from './demo-data';
import savings from './data/savings-references.json';

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };
export const thousands = (amount: number) => `${amount}000`;

export interface DemoBenefit {
  readonly title: string;
  readonly type: BenefitType;
  readonly unitKind: BenefitUnitKind;
  readonly fteCostNok?: string;
  readonly indicator?: string;
  readonly unit?: string;
  readonly baselineValue?: string;
  readonly baselineDate?: string;
  readonly owner: string;
  readonly change: string;
  /** year → planned (whole region) or year → municipality → planned. */
  readonly plan: readonly { year: number; municipalityNumber?: string; planned: string }[];
  readonly actuals?: readonly { year: number; municipalityNumber: string; value: string; comment: string }[];
}

export interface DemoEconomics {
  readonly code: string;
  readonly period: readonly [string, string];
  readonly key: {
    kind: 'EQUAL' | 'POPULATION' | 'FIXED_PLUS_POPULATION' | 'USAGE' | 'MANUAL';
    fixedPercent?: string;
    populationYear?: number;
  };
  readonly entries?: readonly {
    municipalityNumber: string;
    units?: string;
    percent?: string;
    populationOverride?: number;
    adjustmentNote?: string;
  }[];
  readonly costs: readonly { year: number; kind: 'ONE_OFF' | 'RUNNING'; amount: string; note: string }[];
  readonly benefits: readonly DemoBenefit[];
}

export const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** A plan for the whole region from `from` on, in thousands of kroner. */
const regionPlan = (from: number, amounts: readonly number[]) =>
  amounts.map((amount, index) => ({ year: from + index, planned: thousands(amount) }));

/**
 * Kongsbergregionen's demo economics: realistic figures, not the region's own. The technical measures' planned gains
 * add up, year by year, to the potential of all measures in the published technical-sector table (6 100, 10 525,
 * 13 750 and 17 900 thousand kr in 2026–2029), seeded beside its required cuts (2 583 … 12 913, below): T5's
 * per-municipality plan and FTE (680 / 1 750 / 2 140 / 2 140), T5's tax base (3 020 / 4 875 / 6 410 / 8 760) and
 * T7's consultants (2 400 / 3 900 / 5 200 / 7 000). The Øvre Eiker plan is a region of its own (reference-seed.ts).
 */
const DEMO_ECONOMICS: readonly DemoEconomics[] = [
  {
    code: 'T5',
    period: ['2026-01-01', '2029-12-31'],
    key: { kind: 'FIXED_PLUS_POPULATION', fixedPercent: '30', populationYear: DEMO_POPULATION_YEAR },
    costs: [
      { year: 2026, kind: 'ONE_OFF', amount: '450000', note: 'Felles takstsystem og opplæring' },
      ...years(2026, 2029).map((year) => ({
        year,
        kind: 'RUNNING' as const,
        amount: '1200000',
        note: 'Felles kompetansemiljø, 1,5 årsverk',
      })),
    ],
    benefits: [
      {
        title: 'Mindre bruk av eksterne takstkonsulenter',
        type: 'EFFICIENCY',
        unitKind: 'NOK',
        baselineValue: '2400000',
        baselineDate: '2025-12-31',
        owner: 'Økonomisjefene i kommunene',
        change: 'Takst og klagebehandling gjøres av det felles kompetansemiljøet i stedet for konsulenter',
        plan: years(2026, 2029).flatMap((year) =>
          [
            ['3303', year === 2026 ? '250000' : '500000'],
            ['3334', year === 2026 ? '60000' : '120000'],
            ['3336', year === 2026 ? '40000' : '80000'],
            ['3338', year === 2026 ? '50000' : '100000'],
            ['4005', year === 2026 ? '150000' : '300000'],
            ['4024', year === 2026 ? '40000' : '80000'],
            ['4026', year === 2026 ? '90000' : '180000'],
          ].map(([municipalityNumber, planned]) => ({ year, municipalityNumber, planned })),
        ),
        actuals: [
          { year: 2026, municipalityNumber: '3303', value: '240000', comment: 'Regnskap per oktober' },
          { year: 2026, municipalityNumber: '3334', value: '35000', comment: 'Én konsulentoppgave gjenstår' },
          { year: 2026, municipalityNumber: '4005', value: '110000', comment: 'Foreløpig tall' },
        ],
      },
      {
        title: 'Frigjort tid i eiendomsskattekontorene',
        type: 'EFFICIENCY',
        unitKind: 'FTE',
        fteCostNok: savings.ovreEikerMasterplan.fteCostNok.toString(),
        owner: 'Leder for teknisk nettverk',
        change: 'Én felles rutine og ett fagsystem for eiendomsskatt',
        plan: years(2027, 2029).map((year) => ({ year, planned: year === 2027 ? '0.5' : '1' })),
      },
      {
        title: 'Riktigere eiendomsskattegrunnlag i regionen',
        type: 'EFFICIENCY',
        unitKind: 'NOK',
        owner: 'Leder for teknisk nettverk',
        change: 'Felles omtaksering finner eiendommer som mangler eller står med feil takst',
        plan: regionPlan(2026, [3020, 4875, 6410, 8760]),
      },
    ],
  },
  {
    code: 'T7',
    period: ['2026-01-01', '2029-12-31'],
    key: { kind: 'USAGE' },
    entries: [
      { municipalityNumber: '3334', units: '120' },
      { municipalityNumber: '3336', units: '80' },
      { municipalityNumber: '3338', units: '110' },
      { municipalityNumber: '4005', units: '260' },
      { municipalityNumber: '4024', units: '60' },
      { municipalityNumber: '4026', units: '150' },
    ],
    costs: [
      { year: 2026, kind: 'ONE_OFF', amount: '250000', note: 'Felles maler og sjekklister' },
      ...years(2026, 2029).map((year) => ({
        year,
        kind: 'RUNNING' as const,
        amount: '900000',
        note: 'Avlastning i byggesaksbehandlingen',
      })),
    ],
    benefits: [
      {
        title: 'Kortere saksbehandlingstid i byggesaker',
        type: 'QUALITY',
        unitKind: 'QUALITATIVE',
        indicator: 'Andel byggesaker behandlet innen lovens frist',
        unit: '%',
        baselineValue: '78',
        baselineDate: '2025-06-30',
        owner: 'Byggesakslederne',
        change: 'Felles standard for byggesaksbehandling og tjenestekjøp ved topper',
        plan: years(2026, 2029).map((year) => ({ year, planned: String(85 + (year - 2026) * 3) })),
      },
      {
        title: 'Mindre kjøp av konsulenter i byggesaksbehandlingen',
        type: 'EFFICIENCY',
        unitKind: 'NOK',
        baselineValue: '9500000',
        baselineDate: '2025-12-31',
        owner: 'Byggesakslederne',
        change: 'Topper tas av tjenestekjøpet mellom kommunene i stedet for av innleide konsulenter',
        plan: regionPlan(2026, [2400, 3900, 5200, 7000]),
      },
    ],
  },
  {
    code: 'O2',
    period: ['2026-01-01', '2029-12-31'],
    key: { kind: 'MANUAL' },
    entries: [
      { municipalityNumber: '3303', percent: '40' },
      { municipalityNumber: '3334', percent: '12' },
      { municipalityNumber: '3336', percent: '8' },
      { municipalityNumber: '3338', percent: '10' },
      { municipalityNumber: '4005', percent: '20' },
      { municipalityNumber: '4024', percent: '10' },
    ],
    costs: [
      { year: 2026, kind: 'ONE_OFF', amount: '600000', note: 'Etablering av ressurskontoret' },
      ...years(2027, 2029).map((year) => ({
        year,
        kind: 'RUNNING' as const,
        amount: '2400000',
        note: 'Tre årsverk i ressurskontoret',
      })),
    ],
    benefits: [],
  },
];

const MARKER = 'demo-økonomi lagt inn';

/** Kongsbergregionen's measures' economics and the technical sector's required cuts. */
export async function seedEconomics(manager: EntityManager, regionId: string): Promise<void> {
  await seedMeasureEconomics(manager, regionId, DEMO_ECONOMICS);
  await seedSavingsRequirement(manager, regionId);
}

/** Idempotent: each measure's demo economics is written once (an audit record marks it), never over later changes. */
export async function seedMeasureEconomics(
  manager: EntityManager,
  regionId: string,
  demos: readonly DemoEconomics[],
): Promise<void> {
  for (const demo of demos) {
    const [measure]: { id: string; code: string }[] = await manager.query(
      `SELECT id, code FROM measure m WHERE region_id = $1 AND code = $2
          AND NOT EXISTS (SELECT 1 FROM cost_plan c WHERE c.measure_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.entity_id = m.id::text AND a.actor_id = $3
                          AND a.summary LIKE '%' || $4 || '%')`,
      [regionId, demo.code, SYSTEM.id, MARKER],
    );
    if (!measure) continue;
    await manager.query(
      `UPDATE measure SET start_date = $2, end_date = $3 WHERE id = $1 AND start_date IS NULL AND end_date IS NULL`,
      [measure.id, ...demo.period],
    );
    const [{ source }]: { source: string | null }[] = await manager.query(
      'SELECT min(source) AS source FROM municipality_population WHERE year = $1',
      [demo.key.populationYear ?? 0],
    );
    await manager.query(
      `INSERT INTO cost_plan (measure_id, key_kind, fixed_percent, population_year, population_source, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        measure.id,
        demo.key.kind,
        demo.key.fixedPercent ?? null,
        demo.key.populationYear ?? null,
        demo.key.populationYear ? source : null,
        SYSTEM.id,
      ],
    );
    for (const cost of demo.costs) {
      await manager.query(
        'INSERT INTO cost_line (measure_id, year, kind, amount, note) VALUES ($1, $2, $3, $4, $5)',
        [measure.id, cost.year, cost.kind, cost.amount, cost.note],
      );
    }
    for (const entry of demo.entries ?? []) {
      await manager.query(
        `INSERT INTO cost_key_entry (measure_id, municipality_number, units, percent, population_override, adjustment_note)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          measure.id,
          entry.municipalityNumber,
          entry.units ?? null,
          entry.percent ?? null,
          entry.populationOverride ?? null,
          entry.adjustmentNote ?? null,
        ],
      );
    }
    for (const benefit of demo.benefits) {
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO benefit (measure_id, title, type, unit_kind, fte_cost_nok, indicator, unit, baseline_value,
                              baseline_date, owner, change_description, per_municipality)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          measure.id,
          benefit.title,
          benefit.type,
          benefit.unitKind,
          benefit.fteCostNok ?? null,
          benefit.indicator ?? null,
          benefit.unit ?? null,
          benefit.baselineValue ?? null,
          benefit.baselineDate ?? null,
          benefit.owner,
          benefit.change,
          benefit.plan.some((value) => value.municipalityNumber),
        ],
      );
      for (const value of benefit.plan) {
        await manager.query(
          'INSERT INTO benefit_plan_value (benefit_id, year, municipality_number, planned) VALUES ($1, $2, $3, $4)',
          [id, value.year, value.municipalityNumber ?? null, value.planned],
        );
      }
      for (const actual of benefit.actuals ?? []) {
        await manager.query(
          `INSERT INTO benefit_actual (benefit_id, year, municipality_number, value, comment, recorded_by_id, recorded_by_name)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [id, actual.year, actual.municipalityNumber, actual.value, actual.comment, SYSTEM.id, SYSTEM.name],
        );
      }
    }
    await recordAudit(manager, SYSTEM, {
      action: 'UPDATE',
      entityType: 'measure',
      entityId: measure.id,
      regionId,
      summary: `${measure.code}: ${MARKER} (kostnader, fordelingsnøkkel og gevinstplan)`,
    });
  }
}

/** The published technical sector's required cuts as the region's requirement, once; never over later changes. */
async function seedSavingsRequirement(manager: EntityManager, regionId: string): Promise<void> {
  const existing: unknown[] = await manager.query(
    `SELECT 1 FROM savings_requirement WHERE region_id = $1
     UNION ALL SELECT 1 FROM audit_event WHERE entity_id = $1::text AND actor_id = $2 AND summary LIKE 'Demo-nedtrekk%'`,
    [regionId, SYSTEM.id],
  );
  if (existing.length === 0) {
    const reference = savings.technicalSector2026to2029;
    for (const [index, year] of reference.years.entries()) {
      await manager.query(
        'INSERT INTO savings_requirement (region_id, municipality_number, year, amount) VALUES ($1, NULL, $2, $3)',
        [regionId, year, thousands(Math.abs(reference.requiredReduction[index]))],
      );
    }
    await recordAudit(manager, SYSTEM, {
      action: 'UPDATE',
      entityType: 'region',
      entityId: regionId,
      regionId,
      summary: `Demo-nedtrekk lagt inn: ${reference.source}`,
    });
  }
}
