import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@samarbeid/api/platform';
import { BENEFIT_TYPE_LABELS, BENEFIT_UNIT_LABELS, DISTRIBUTION_KEY_LABELS } from '@samarbeid/shared/domain';
import { formatNumber } from '@samarbeid/shared/domain/allocation';

import { BenefitQueryService } from '../benefit/benefit-query.service';
import { CostPlanService } from '../cost/cost-plan.service';
import { CostKey, MeasureEconomics } from '../dto/economics.types';
import { EconomicsOverviewService } from '../overview/economics-overview.service';
import { PortfolioReads } from '../portfolio-reads.repository';
import { benefitPlanTemplate } from './benefit-plan-template';
import {
  AGREEMENTS_PART,
  KEY_PART,
  measureEconomicsWorkbook,
  type MeasureEconomicsSheetData,
  municipalityEconomicsWorkbook,
  type YearAmount,
} from './economics-workbook';

function describeKey(key: CostKey): string {
  const label = DISTRIBUTION_KEY_LABELS[key.kind].nb;
  const population = key.populationYear
    ? ` (folketall 1.1.${key.populationYear}${key.populationSource ? `, ${key.populationSource}` : ''})`
    : '';
  return key.kind === 'FIXED_PLUS_POPULATION' && key.fixedPercent !== null
    ? `${label}: ${formatNumber(key.fixedPercent, 2)} % likt${population}`
    : `${label}${population}`;
}

type ShareRow = MeasureEconomicsSheetData['shares'][number];

/**
 * Per municipality: its share by the key (from the share table) and what it pays under the measure's agreements,
 * with the explanation of each, in the order of the share table, then any buyer that is not a participant.
 */
function shareRows(economics: MeasureEconomics): ShareRow[] {
  const rows = new Map<
    string,
    {
      name: string;
      byKey: YearAmount[];
      byAgreements: YearAmount[];
      explanations: ShareRow['explanations'][number][];
    }
  >();
  const rowOf = (number: string, name: string) => {
    let row = rows.get(number);
    if (!row) {
      row = { name, byKey: [], byAgreements: [], explanations: [] };
      rows.set(number, row);
    }
    return row;
  };
  for (const total of economics.shares.totals) rowOf(total.municipalityNumber, total.municipalityName);
  for (const year of economics.shares.years) {
    for (const share of year.shares) {
      const row = rowOf(share.municipalityNumber, share.municipalityName);
      row.byKey.push({ year: year.year, amount: share.amount });
      row.explanations.push({ year: year.year, part: KEY_PART, text: share.explanation });
    }
  }
  for (const cost of economics.agreementCosts) {
    for (const share of cost.shares) {
      const row = rowOf(share.municipalityNumber, share.municipalityName);
      row.byAgreements.push({ year: cost.year, amount: share.amount });
      row.explanations.push({ year: cost.year, part: AGREEMENTS_PART, text: share.explanation });
    }
  }
  return [...rows.entries()].map(([municipalityNumber, row]) => ({
    municipalityNumber,
    municipalityName: row.name,
    byKey: row.byKey,
    byAgreements: row.byAgreements,
    explanations: row.explanations,
  }));
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
        ...economics.agreementCosts.map((cost) => cost.year),
        ...plan.benefits.flatMap((b) => b.years.map((y) => y.year)),
      ]),
    ].sort((a, b) => a - b);
    const file = await measureEconomicsWorkbook({
      regionName: regionName ?? '',
      measure: { code: economics.measureCode, title: economics.measureTitle },
      years,
      costs: economics.shares.years.map((y) => ({ year: y.year, oneOff: y.oneOff, running: y.running })),
      agreementCosts: economics.agreementCosts.map((cost) => ({ year: cost.year, amount: cost.total })),
      keyDescription: economics.shares.error
        ? `${describeKey(economics.key)} – ${economics.shares.error}`
        : describeKey(economics.key),
      shares: shareRows(economics),
      benefits: plan.benefits.map((benefit) => ({
        title: benefit.title,
        typeLabel: BENEFIT_TYPE_LABELS[benefit.type].nb,
        unitKind: benefit.unitKind,
        unitLabel:
          benefit.unitKind === 'QUALITATIVE' && benefit.unit
            ? benefit.unit
            : BENEFIT_UNIT_LABELS[benefit.unitKind].nb,
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
