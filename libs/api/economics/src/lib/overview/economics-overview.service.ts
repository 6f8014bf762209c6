import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  currentMembership,
  PortfolioAccess,
  RegionEconomicsEntity,
  regionNotFound,
  recordAudit,
  SavingsRequirementEntity,
} from '@samarbeid/api/data-access';
import { AuthenticatedUser, badUserInput, notFound } from '@samarbeid/api/platform';
import { sumAmounts } from '@samarbeid/shared/domain/allocation';
import Decimal from 'decimal.js';
import { DataSource, EntityManager, IsNull } from 'typeorm';

import { benefitYears, loadBenefitFigures, loadThresholds, trimZeros } from '../benefit/benefit-figures';
import { CostPlanService, StoredCostPlan } from '../cost/cost-plan.service';
import { loadAgreementCosts } from '../cost/agreement-costs';
import { shareTable } from '../cost/cost-shares';
import { SetBenefitThresholdsInput, SetSavingsRequirementsInput } from '../dto/economics.inputs';
import {
  MunicipalityEconomics,
  MunicipalityMeasureEconomics,
  RegionEconomics,
  RegionMeasureEconomics,
  YearAmount,
} from '../dto/economics.types';
import { loadMeasureContexts } from '../measure-context';

interface Region {
  id: string;
  slug: string;
  name: string;
}

const yearAmounts = (byYear: Map<number, string[]>): YearAmount[] =>
  [...byYear].sort(([a], [b]) => a - b).map(([year, amounts]) => ({ year, amount: sumAmounts(amounts) }));

function add(map: Map<number, string[]>, year: number, amount: string | null): void {
  if (amount === null) return;
  map.set(year, [...(map.get(year) ?? []), amount]);
}

/** Economics across measures: what a municipality takes part in, pays and gains; the region's savings gap. */
@Injectable()
export class EconomicsOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PortfolioAccess,
    private readonly costs: CostPlanService,
  ) {}

  async municipality(regionSlug: string, municipalityNumber: string): Promise<MunicipalityEconomics> {
    const manager = this.dataSource.manager;
    const region = await this.region(manager, regionSlug);
    const members: { name: string }[] = await manager.query(
      `SELECT m.name FROM region_membership rm JOIN municipality m ON m.number = rm.municipality_number
        WHERE rm.region_id = $1 AND rm.municipality_number = $2 AND ${currentMembership('rm')}`,
      [region.id, municipalityNumber],
    );
    if (!members[0]) {
      throw notFound({
        nb: `Kommune ${municipalityNumber} er ikke medlem av ${region.name}.`,
        en: `Municipality ${municipalityNumber} is not a member of ${region.name}.`,
      });
    }
    const measureIds: { id: string }[] = await manager.query(
      `SELECT m.id FROM measure m JOIN participation p ON p.measure_id = m.id
        WHERE m.region_id = $1 AND p.municipality_number = $2 AND p.state = 'PARTICIPATING' ORDER BY m.code`,
      [region.id, municipalityNumber],
    );
    const ids = measureIds.map((row) => row.id);
    const [contexts, plans, figures, thresholds, requirements, agreementCosts] = await Promise.all([
      loadMeasureContexts(manager, ids),
      this.costs.loadPlans(manager, ids),
      loadBenefitFigures(manager, ids),
      loadThresholds(manager, region.id),
      manager.findBy(SavingsRequirementEntity, { regionId: region.id, municipalityNumber }),
      loadAgreementCosts(manager, ids),
    ]);
    const populations = await this.costs.populationsIn(
      manager,
      [...plans.values()].flatMap((plan) =>
        plan.spec.populationYear === null ? [] : [plan.spec.populationYear],
      ),
    );
    const measures: MunicipalityMeasureEconomics[] = [];
    for (const measure of contexts) {
      const plan = plans.get(measure.id) as StoredCostPlan;
      const table = shareTable(
        plan.lines,
        plan.spec,
        measure.participants,
        populations.get(plan.spec.populationYear ?? 0) ?? new Map(),
      );
      const pays = new Map<number, string[]>();
      for (const year of table.years) {
        add(
          pays,
          year.year,
          year.shares.find((s) => s.municipalityNumber === municipalityNumber)?.amount ?? null,
        );
      }
      // What it buys under the measure's service-purchase agreements, split by their own terms.
      for (const cost of agreementCosts.get(measure.id) ?? []) {
        add(
          pays,
          cost.year,
          cost.shares.find((s) => s.municipalityNumber === municipalityNumber)?.amount ?? null,
        );
      }
      const planned = new Map<number, string[]>();
      const realised = new Map<number, string[]>();
      for (const benefit of figures.benefits.filter(
        (b) => b.measureId === measure.id && b.unitKind !== 'QUALITATIVE',
      )) {
        for (const year of benefitYears(benefit, figures, thresholds, { kroner: true, municipalityNumber })) {
          add(planned, year.year, year.planned);
          add(realised, year.year, year.realised);
        }
      }
      measures.push({
        measureId: measure.id,
        code: measure.code,
        title: measure.title,
        pays: yearAmounts(pays),
        plannedGain: yearAmounts(planned),
        realisedGain: yearAmounts(realised),
        shareError: table.error,
      });
    }
    const years = [
      ...new Set([
        ...measures.flatMap((m) => [...m.pays, ...m.plannedGain, ...m.realisedGain].map((y) => y.year)),
        ...requirements.map((r) => r.year),
      ]),
    ].sort((a, b) => a - b);
    const amountIn = (list: readonly YearAmount[], year: number) =>
      list.find((y) => y.year === year)?.amount ?? null;
    return {
      regionSlug: region.slug,
      regionName: region.name,
      municipalityNumber,
      municipalityName: members[0].name,
      measureCount: measures.length,
      measures,
      years: years.map((year) => {
        const active = measures.filter((m) =>
          [amountIn(m.pays, year), amountIn(m.plannedGain, year)].some((a) => a !== null),
        );
        const realised = measures.map((m) => amountIn(m.realisedGain, year)).filter((a) => a !== null);
        const required = requirements.find((r) => r.year === year);
        return {
          year,
          measureCount: active.length,
          pays: sumAmounts(measures.map((m) => amountIn(m.pays, year))),
          plannedGain: sumAmounts(measures.map((m) => amountIn(m.plannedGain, year))),
          realisedGain: realised.length ? sumAmounts(realised) : null,
          required: required ? sumAmounts([required.amount]) : null,
        };
      }),
    };
  }

  async region(manager: EntityManager, slug: string): Promise<Region> {
    const rows: Region[] = await manager.query('SELECT id, slug, name FROM region WHERE slug = $1', [slug]);
    if (!rows[0]) throw regionNotFound(slug);
    return rows[0];
  }

  async regionEconomics(user: AuthenticatedUser, regionSlug: string): Promise<RegionEconomics> {
    const manager = this.dataSource.manager;
    const region = await this.region(manager, regionSlug);
    const measureRows: { id: string; code: string; title: string }[] = await manager.query(
      `SELECT m.id, m.code, m.title FROM measure m
        WHERE m.region_id = $1
          AND (EXISTS (SELECT 1 FROM cost_line c WHERE c.measure_id = m.id)
               OR EXISTS (SELECT 1 FROM benefit b WHERE b.measure_id = m.id)
               OR EXISTS (SELECT 1 FROM agreement g WHERE g.measure_id = m.id AND g.active_version IS NOT NULL
                            AND g.legal_form = 'SERVICE_PURCHASE' AND g.status <> 'TERMINATED'))
        ORDER BY m.code`,
      [region.id],
    );
    const ids = measureRows.map((row) => row.id);
    const [figures, thresholds, requirements, settings, costRows, agreementCosts] = await Promise.all([
      loadBenefitFigures(manager, ids),
      loadThresholds(manager, region.id),
      manager.find(SavingsRequirementEntity, {
        where: { regionId: region.id },
        order: { year: 'ASC', municipalityNumber: 'ASC' },
      }),
      manager.findOneBy(RegionEconomicsEntity, { regionId: region.id }),
      ids.length
        ? (manager.query(
            'SELECT measure_id, year, sum(amount)::text AS amount FROM cost_line WHERE measure_id = ANY($1::uuid[]) GROUP BY measure_id, year',
            [ids],
          ) as Promise<{ measure_id: string; year: number; amount: string }[]>)
        : [],
      loadAgreementCosts(manager, ids),
    ]);
    const measures: RegionMeasureEconomics[] = measureRows.map((row) => {
      const costs = new Map<number, string[]>();
      for (const cost of costRows.filter((c) => c.measure_id === row.id)) add(costs, cost.year, cost.amount);
      for (const cost of agreementCosts.get(row.id) ?? []) add(costs, cost.year, cost.total);
      const planned = new Map<number, string[]>();
      const realised = new Map<number, string[]>();
      for (const benefit of figures.benefits.filter(
        (b) => b.measureId === row.id && b.unitKind !== 'QUALITATIVE',
      )) {
        for (const year of benefitYears(benefit, figures, thresholds, { kroner: true })) {
          add(planned, year.year, year.planned);
          add(realised, year.year, year.realised);
        }
      }
      return {
        measureId: row.id,
        code: row.code,
        title: row.title,
        costs: yearAmounts(costs),
        plannedGain: yearAmounts(planned),
        realisedGain: yearAmounts(realised),
      };
    });
    const years = [
      ...new Set([
        ...requirements.map((r) => r.year),
        ...measures.flatMap((m) => [...m.plannedGain, ...m.realisedGain].map((y) => y.year)),
      ]),
    ].sort((a, b) => a - b);
    const inYear = (list: readonly YearAmount[], year: number) =>
      list.find((y) => y.year === year)?.amount ?? null;
    return {
      regionSlug: region.slug,
      regionName: region.name,
      thresholds,
      requirements: requirements.map((r) => ({
        municipalityNumber: r.municipalityNumber,
        year: r.year,
        amount: sumAmounts([r.amount]),
      })),
      measures,
      years: years.map((year) => {
        const regionWide = requirements.find((r) => r.year === year && r.municipalityNumber === null);
        const required = regionWide
          ? sumAmounts([regionWide.amount])
          : sumAmounts(requirements.filter((r) => r.year === year).map((r) => r.amount));
        const planned = sumAmounts(measures.map((m) => inYear(m.plannedGain, year)));
        const realised = sumAmounts(measures.map((m) => inYear(m.realisedGain, year)));
        return {
          year,
          required,
          planned,
          realised,
          plannedGap: new Decimal(planned).minus(required).toFixed(),
          realisedGap: new Decimal(realised).minus(required).toFixed(),
        };
      }),
      version: settings?.version ?? 0,
      viewerCanEdit: this.access.isSecretariat(user),
    };
  }

  async setThresholds(user: AuthenticatedUser, input: SetBenefitThresholdsInput): Promise<RegionEconomics> {
    this.access.assertSecretariat(user, { nb: 'sette statusgrensene', en: 'set the status thresholds' });
    const green = new Decimal(input.greenFromPercent);
    const yellow = new Decimal(input.yellowFromPercent);
    if (green.greaterThan(100) || yellow.greaterThan(green)) {
      throw badUserInput({
        nb: 'Grensen for gul kan ikke være over grensen for grønn, og ingen grense over 100 %.',
        en: 'The yellow threshold cannot be above the green one, and neither above 100 %.',
      });
    }
    await this.dataSource.transaction(async (manager) => {
      const region = await this.region(manager, input.regionSlug);
      await manager.query('SELECT id FROM region WHERE id = $1 FOR UPDATE', [region.id]);
      const before = await loadThresholds(manager, region.id);
      const values = { greenFromPercent: input.greenFromPercent, yellowFromPercent: input.yellowFromPercent };
      if (await manager.existsBy(RegionEconomicsEntity, { regionId: region.id })) {
        await manager.update(RegionEconomicsEntity, { regionId: region.id }, values);
      } else {
        await manager.insert(RegionEconomicsEntity, { regionId: region.id, ...values });
      }
      await recordAudit(manager, user, {
        action: 'UPDATE',
        entityType: 'region',
        entityId: region.id,
        regionId: region.id,
        summary: `Statusgrenser for gevinster: grønn fra ${trimZeros(input.greenFromPercent)} %, gul fra ${trimZeros(input.yellowFromPercent)} %`,
        before,
        after: { greenFromPercent: input.greenFromPercent, yellowFromPercent: input.yellowFromPercent },
      });
    });
    return this.regionEconomics(user, input.regionSlug);
  }

  async setRequirements(
    user: AuthenticatedUser,
    input: SetSavingsRequirementsInput,
  ): Promise<RegionEconomics> {
    this.access.assertSecretariat(user, { nb: 'sette nedtrekkskravene', en: 'set the required savings' });
    await this.dataSource.transaction(async (manager) => {
      const region = await this.region(manager, input.regionSlug);
      await manager.query('SELECT id FROM region WHERE id = $1 FOR UPDATE', [region.id]);
      const municipality = input.municipalityNumber ?? null;
      if (municipality) {
        const member: unknown[] = await manager.query(
          `SELECT 1 FROM region_membership WHERE region_id = $1 AND municipality_number = $2 AND ${currentMembership()}`,
          [region.id, municipality],
        );
        if (member.length === 0) {
          throw badUserInput({
            nb: `Kommune ${municipality} finnes ikke i regionen.`,
            en: `Municipality ${municipality} is not in the region.`,
          });
        }
      }
      const years = input.values.map((value) => value.year);
      const duplicate = years.find((year, index) => years.indexOf(year) !== index);
      if (duplicate !== undefined) {
        throw badUserInput({ nb: `${duplicate} står to ganger.`, en: `${duplicate} appears twice.` });
      }
      const scope = { regionId: region.id, municipalityNumber: municipality ?? IsNull() };
      const before = await manager.findBy(SavingsRequirementEntity, scope);
      await manager.delete(SavingsRequirementEntity, scope);
      if (input.values.length) {
        await manager.insert(
          SavingsRequirementEntity,
          input.values.map((value) => ({
            regionId: region.id,
            municipalityNumber: municipality,
            year: value.year,
            amount: value.amount,
          })),
        );
      }
      await recordAudit(manager, user, {
        action: 'UPDATE',
        entityType: 'region',
        entityId: region.id,
        regionId: region.id,
        summary: `Nedtrekkskrav ${municipality ? `for ${municipality}` : 'for regionen'} endret (${input.values.length} år)`,
        before: {
          municipalityNumber: municipality,
          values: before.map(({ year, amount }) => ({ year, amount })),
        },
        after: { municipalityNumber: municipality, values: input.values },
      });
    });
    return this.regionEconomics(user, input.regionSlug);
  }
}
