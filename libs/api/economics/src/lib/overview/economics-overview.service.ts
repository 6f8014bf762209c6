import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { AuthenticatedUser } from '@samarbeid/api/platform';
import { sumAmounts } from '@samarbeid/shared/domain/allocation';

import { BenefitRepository } from '../benefit/benefit.repository';
import { CostPlanRepository } from '../cost/cost-plan.repository';
import type { KeySpec } from '../cost/cost-shares';
import { MunicipalityEconomics, MunicipalityMeasureEconomics, RegionEconomics } from '../dto/economics.types';
import { notAMember } from '../economics.errors';
import type { MeasureContext } from '../measure-context';
import { PortfolioReads } from '../portfolio-reads.repository';
import { SavingsRepository } from '../savings/savings.repository';
import {
  costsOf,
  gainsByMeasure,
  groupRows,
  municipalityEarns,
  municipalityPays,
  municipalityYears,
  savingsGapYears,
} from './domain/economics-overview';
import { EconomicsOverviewReadModel } from './economics-overview.read-model';

/**
 * Economics across measures: what a municipality takes part in, pays and gains; the region's savings gap. Reads
 * only: every figure in a fixed number of queries, however many measures are in play. Costs and gains are summed
 * in SQL (exact numeric); only the municipality's rounded cost shares are computed here, with the same allocation
 * as the measure's share table but without its explanations (they are rendered on the measure's own page).
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
    const participating = await this.portfolio.participatingMeasures(region.id, municipalityNumber);
    const sold = await this.soldMeasures(region.id, municipalityNumber, participating);
    const refs = sold.refs.length
      ? [...participating, ...sold.refs].sort((a, b) => a.code.localeCompare(b.code, 'nb'))
      : participating;
    const ids = refs.map((ref) => ref.id);
    const [keys, totals, gains, requirements, agreementCosts, figures] = await Promise.all([
      this.plans.keysOf(ids),
      this.plans.yearlyTotals(ids),
      this.benefits.economicGains(ids, municipalityNumber),
      this.savings.requirementsOf(region.id, municipalityNumber),
      this.plans.agreementCosts(ids),
      this.plans.yearFiguresOf(ids),
    ]);
    const populations = await this.plans.populationsIn(
      [...keys.values()].flatMap((spec) => (spec.populationYear === null ? [] : [spec.populationYear])),
    );
    const totalsOf = groupRows(totals, (row) => row.measureId);
    const gainsOf = gainsByMeasure(gains);
    const measures = refs.map((measure): MunicipalityMeasureEconomics => {
      const spec = keys.get(measure.id) as KeySpec;
      const inYear = populations.get(spec.populationYear ?? 0) ?? new Map();
      const agreements = agreementCosts.get(measure.id) ?? [];
      const { pays, shareError } = municipalityPays(
        municipalityNumber,
        totalsOf.get(measure.id) ?? [],
        spec,
        measure.participants,
        inYear,
        agreements,
      );
      const income = (figures.get(measure.id) ?? []).flatMap((figure) =>
        figure.income === null ? [] : [{ year: figure.year, amount: figure.income }],
      );
      return {
        measureId: measure.id,
        code: measure.code,
        title: measure.title,
        pays,
        earns: municipalityEarns(
          municipalityNumber,
          income,
          spec,
          measure.participants,
          inYear,
          agreements,
          sold.sellers,
        ),
        ...(gainsOf.get(measure.id) ?? { plannedGain: [], realisedGain: [] }),
        shareError,
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

  /**
   * The measures whose service purchases the municipality sells but does not take part in (a seller earns what
   * its buyers pay), and the sellers of every agreement in force of the region's measures.
   */
  private async soldMeasures(
    regionId: string,
    municipalityNumber: string,
    participating: readonly { readonly id: string }[],
  ): Promise<{ refs: MeasureContext[]; sellers: Map<string, string[]> }> {
    const withAgreements = await this.plans.measuresWithAgreements(regionId);
    const costs = await this.plans.agreementCosts(withAgreements);
    const agreementIds = [...new Set([...costs.values()].flat().map((cost) => cost.agreementId))];
    const sellers = await this.plans.agreementSellers(agreementIds);
    const own = new Set(participating.map((measure) => measure.id));
    const soldIds = withAgreements.filter(
      (id) =>
        !own.has(id) &&
        (costs.get(id) ?? []).some((cost) => sellers.get(cost.agreementId)?.includes(municipalityNumber)),
    );
    return { refs: soldIds.length ? await this.portfolio.measures(soldIds) : [], sellers };
  }

  async regionEconomics(user: AuthenticatedUser, regionSlug: string): Promise<RegionEconomics> {
    const region = await this.portfolio.region(regionSlug);
    const refs = await this.readModel.measuresWithEconomics(region.id);
    const ids = refs.map((ref) => ref.id);
    const [gains, settings, requirements, costLines, agreementCosts] = await Promise.all([
      this.benefits.economicGains(ids),
      this.savings.settings(region.id),
      this.savings.requirementsOfRegion(region.id),
      this.plans.yearlyTotals(ids),
      this.plans.agreementCosts(ids),
    ]);
    const linesOf = groupRows(costLines, (line) => line.measureId);
    const gainsOf = gainsByMeasure(gains);
    const measures = refs.map((ref) => ({
      measureId: ref.id,
      code: ref.code,
      title: ref.title,
      costs: costsOf(linesOf.get(ref.id) ?? [], agreementCosts.get(ref.id) ?? []),
      ...(gainsOf.get(ref.id) ?? { plannedGain: [], realisedGain: [] }),
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
