import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@samarbeid/api/platform';
import { BENEFIT_TYPE_LABELS, BENEFIT_UNIT_LABELS, DISTRIBUTION_KEY_LABELS } from '@samarbeid/shared/domain';

import { BenefitQueryService } from '../benefit/benefit-query.service';
import { CostPlanService } from '../cost/cost-plan.service';
import { CostKey, MeasureEconomics } from '../dto/economics.types';
import { EconomicsOverviewService } from '../overview/economics-overview.service';
import { PortfolioReads } from '../portfolio-reads.repository';
import { benefitPlanTemplate } from './benefit-plan-template';
import { measureEconomicsWorkbook, municipalityEconomicsWorkbook } from './economics-workbook';

function describeKey(key: CostKey): string {
  const label = DISTRIBUTION_KEY_LABELS[key.kind].nb;
  const population = key.populationYear
    ? ` (folketall 1.1.${key.populationYear}${key.populationSource ? `, ${key.populationSource}` : ''})`
    : '';
  return key.kind === 'FIXED_PLUS_POPULATION'
    ? `${label}: ${key.fixedPercent} % likt${population}`
    : `${label}${population}`;
}

/** Economics as Excel workbooks: a measure's, a municipality's, and the benefit-plan import template. */
@Injectable()
export class EconomicsExcelService {
  constructor(
    private readonly portfolio: PortfolioReads,
    private readonly costs: CostPlanService,
    private readonly benefits: BenefitQueryService,
    private readonly overview: EconomicsOverviewService,
  ) {}

  async measureWorkbook(user: AuthenticatedUser, measureId: string): Promise<{ name: string; file: Buffer }> {
    const economics: MeasureEconomics = await this.costs.economics(user, measureId);
    const plan = await this.benefits.plan(user, measureId);
    const regionName = await this.portfolio.regionNameOfMeasure(measureId);
    const years = [
      ...new Set([
        ...economics.shares.years.map((y) => y.year),
        ...plan.benefits.flatMap((b) => b.years.map((y) => y.year)),
      ]),
    ].sort((a, b) => a - b);
    const file = await measureEconomicsWorkbook({
      regionName: regionName ?? '',
      measure: { code: economics.measureCode, title: economics.measureTitle },
      years,
      costs: economics.shares.years.map((y) => ({ year: y.year, oneOff: y.oneOff, running: y.running })),
      keyDescription: economics.shares.error
        ? `${describeKey(economics.key)} – ${economics.shares.error}`
        : describeKey(economics.key),
      shares: economics.shares.totals.map((total) => ({
        municipalityNumber: total.municipalityNumber,
        municipalityName: total.municipalityName,
        byYear: economics.shares.years.map((y) => ({
          year: y.year,
          amount: y.shares.find((s) => s.municipalityNumber === total.municipalityNumber)?.amount ?? '0',
        })),
        explanation: economics.shares.years
          .map(
            (y) =>
              `${y.year}: ${y.shares.find((s) => s.municipalityNumber === total.municipalityNumber)?.explanation}`,
          )
          .join('\n'),
      })),
      benefits: plan.benefits.map((benefit) => ({
        title: benefit.title,
        typeLabel: BENEFIT_TYPE_LABELS[benefit.type].nb,
        unitLabel: BENEFIT_UNIT_LABELS[benefit.unitKind].nb,
        planned: benefit.years.map((y) => ({ year: y.year, amount: y.planned })),
        realised: benefit.years.flatMap((y) =>
          y.realised === null ? [] : [{ year: y.year, amount: y.realised }],
        ),
      })),
    });
    return { name: `okonomi-${economics.measureCode}.xlsx`, file };
  }

  async municipalityWorkbook(
    regionSlug: string,
    municipalityNumber: string,
  ): Promise<{ name: string; file: Buffer }> {
    const economics = await this.overview.municipality(regionSlug, municipalityNumber);
    const file = await municipalityEconomicsWorkbook({
      regionName: economics.regionName,
      municipality: { number: economics.municipalityNumber, name: economics.municipalityName },
      years: economics.years.map((y) => y.year),
      measures: economics.measures.map((measure) => ({
        code: measure.code,
        title: measure.title,
        pays: measure.pays,
        plannedGain: measure.plannedGain,
        realisedGain: measure.realisedGain,
      })),
    });
    return { name: `okonomi-${municipalityNumber}.xlsx`, file };
  }

  /** The import template, filled with the measure's current plan as examples. */
  async template(user: AuthenticatedUser, measureId: string): Promise<{ name: string; file: Buffer }> {
    const plan = await this.benefits.plan(user, measureId);
    const measure = await this.portfolio.measure(measureId);
    const file = await benefitPlanTemplate(
      plan.benefits.map((benefit) => ({
        title: benefit.title,
        type: benefit.type,
        unitKind: benefit.unitKind,
        fteCostNok: benefit.fteCostNok,
        indicator: benefit.indicator,
        unit: benefit.unit,
        baselineValue: benefit.baselineValue,
        baselineDate: benefit.baselineDate,
        owner: benefit.owner,
        change: benefit.change,
        plan: benefit.plan,
      })),
    );
    return { name: `gevinstplan-${measure.code}.xlsx`, file };
  }
}
