import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { AuthenticatedUser } from '@samarbeid/api/platform';
import { sumAmounts } from '@samarbeid/shared/domain/allocation';

import { BenefitRepository } from '../benefit/benefit.repository';
import { CostPlanRepository, StoredCostPlan } from '../cost/cost-plan.repository';
import { shareTable } from '../cost/cost-shares';
import { MunicipalityEconomics, MunicipalityMeasureEconomics, RegionEconomics } from '../dto/economics.types';
import { notAMember } from '../economics.errors';
import { PortfolioReads } from '../portfolio-reads.repository';
import { SavingsRepository } from '../savings/savings.repository';
import { costsOf, gainsOf, municipalityYears, paysFor, savingsGapYears } from './domain/economics-overview';
import { EconomicsOverviewReadModel } from './economics-overview.read-model';

/**
 * Economics across measures: what a municipality takes part in, pays and gains; the region's savings gap. Reads
 * only: every figure in a fixed number of queries, however many measures are in play.
 */
@Injectable()
export class EconomicsOverviewService {
  constructor(
    private readonly portfolio: PortfolioReads,
    private readonly plans: CostPlanRepository,
    private readonly benefits: BenefitRepository,
    private readonly savings: SavingsRepository,
    private readonly readModel: EconomicsOverviewReadModel,
    private readonly access: PortfolioAccess,
  ) {}

  async municipality(regionSlug: string, municipalityNumber: string): Promise<MunicipalityEconomics> {
    const region = await this.portfolio.region(regionSlug);
    const municipalityName = await this.portfolio.memberName(region.id, municipalityNumber);
    if (municipalityName === null) throw notAMember(municipalityNumber, region.name);
    const ids = await this.portfolio.participatingMeasureIds(region.id, municipalityNumber);
    const [contexts, plans, figures, thresholds, requirements, agreementCosts] = await Promise.all([
      this.portfolio.measures(ids),
      this.plans.loadMany(ids),
      this.benefits.figures(ids),
      this.savings.thresholds(region.id),
      this.savings.requirementsOf(region.id, municipalityNumber),
      this.plans.agreementCosts(ids),
    ]);
    const populations = await this.plans.populationsIn(
      [...plans.values()].flatMap((plan) =>
        plan.spec.populationYear === null ? [] : [plan.spec.populationYear],
      ),
    );
    const measures = contexts.map((measure): MunicipalityMeasureEconomics => {
      const plan = plans.get(measure.id) as StoredCostPlan;
      const year = populations.get(plan.spec.populationYear ?? 0) ?? new Map();
      const shares = shareTable(plan.lines, plan.spec, measure.participants, year);
      return {
        measureId: measure.id,
        code: measure.code,
        title: measure.title,
        pays: paysFor(municipalityNumber, shares, agreementCosts.get(measure.id) ?? []),
        ...gainsOf(figures.benefits, figures, thresholds, measure.id, municipalityNumber),
        shareError: shares.error,
      };
    });
    return {
      regionSlug: region.slug,
      regionName: region.name,
      municipalityNumber,
      municipalityName,
      measureCount: measures.length,
      measures,
      years: municipalityYears(measures, requirements),
    };
  }

  async regionEconomics(user: AuthenticatedUser, regionSlug: string): Promise<RegionEconomics> {
    const region = await this.portfolio.region(regionSlug);
    const refs = await this.readModel.measuresWithEconomics(region.id);
    const ids = refs.map((ref) => ref.id);
    const [figures, settings, requirements, costLines, agreementCosts] = await Promise.all([
      this.benefits.figures(ids),
      this.savings.settings(region.id),
      this.savings.requirementsOfRegion(region.id),
      this.plans.yearlyTotals(ids),
      this.plans.agreementCosts(ids),
    ]);
    const measures = refs.map((ref) => ({
      measureId: ref.id,
      code: ref.code,
      title: ref.title,
      costs: costsOf(
        costLines.filter((line) => line.measureId === ref.id),
        agreementCosts.get(ref.id) ?? [],
      ),
      ...gainsOf(figures.benefits, figures, settings.thresholds, ref.id),
    }));
    return {
      regionSlug: region.slug,
      regionName: region.name,
      thresholds: settings.thresholds,
      requirements: requirements.map((r) => ({ ...r, amount: sumAmounts([r.amount]) })),
      measures,
      years: savingsGapYears(requirements, measures),
      version: settings.version,
      viewerCanEdit: this.access.isSecretariat(user),
    };
  }
}
