import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { agreementsInForceWithEndDate, submittedAgreementCount } from '@samarbeid/api/agreements-read';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import type { MobilisationRating } from '@samarbeid/shared/domain';
import {
  DEFAULT_BENEFIT_THRESHOLDS,
  holdsNetworkRole,
  MEASURE_STATUSES,
  MOBILISATION_RATINGS,
  osloDate,
} from '@samarbeid/shared/domain';
import { DataSource } from 'typeorm';

import {
  comingDeadlines,
  benefitStatusCounts,
  CERTAINTY_PERCENT,
  sum,
  weightedGain,
} from './domain/overview-figures';
import type { OverviewGoal, OverviewStrategy } from './dto/overview.types';
import { MunicipalityOverview, NetworkOverview, RegionOverview } from './dto/overview.types';
import { overviewErrors } from './overview.errors';
import { IndicatorRow, NetworkRow, OverviewRepository } from './overview.repository';

const LIST_LIMIT = 20;
const DECISIONS = 5;

/**
 * The home pages' overviews. Each reads: access → the facts in a fixed number of statements (run side by side) →
 * the figures. Nothing is written.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly repository: OverviewRepository,
    private readonly access: PortfolioAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async region(
    user: AuthenticatedUser,
    regionSlug: string,
    stuckMonths: number,
    deadlineMonths: number,
  ): Promise<RegionOverview> {
    const secretariat = this.access.isSecretariat(user);
    const region = await this.repository.region(regionSlug, secretariat ? null : user.municipalityNumber);
    if (region === null) throw overviewErrors.regionNotFound(regionSlug);
    if (!secretariat && region.memberName === null) throw overviewErrors.notYourRegion();
    const asOf = osloDate();
    const year = Number(asOf.slice(0, 4));
    const years = [year, year + 1];
    const [
      matrix,
      mobilisation,
      gains,
      requirements,
      thresholds,
      agreements,
      approvals,
      stuck,
      blocked,
      decisions,
      own,
    ] = await Promise.all([
      this.repository.statusMatrix(region.id),
      this.repository.mobilisationGains(region.id),
      this.repository.gainsIn(region.id, years),
      this.repository.requirementsIn(region.id, years),
      this.repository.thresholds(region.id),
      agreementsInForceWithEndDate(this.dataSource.manager, region.id, asOf),
      submittedAgreementCount(this.dataSource.manager, region.id),
      this.repository.stuck(region.id, stuckMonths, LIST_LIMIT),
      this.repository.blocked(region.id, LIST_LIMIT),
      this.repository.recentDecisions(region.id, DECISIONS),
      this.repository.ownDeadlines(region.id),
    ]);
    const buckets = [...MOBILISATION_RATINGS, null].map((rating: MobilisationRating | null) => {
      const row = mobilisation.find((candidate) => candidate.rating === rating);
      const plannedGain = sum([row?.planned ?? '0']);
      return {
        rating,
        count: row?.count ?? 0,
        plannedGain,
        weightedGain: weightedGain(plannedGain, rating),
        certaintyPercent: rating === null ? 0 : CERTAINTY_PERCENT[rating],
      };
    });
    const counts = benefitStatusCounts(
      gains.filter((gain) => gain.year === year),
      thresholds ?? DEFAULT_BENEFIT_THRESHOLDS,
    );
    return {
      regionSlug: region.slug,
      regionName: region.name,
      asOf,
      measureCount: matrix.reduce((total, cell) => total + cell.count, 0),
      statusMatrix: matrix,
      mobilisation: buckets,
      weightedPotential: sum(buckets.map((bucket) => bucket.weightedGain)),
      savingsGap: years.map((y) => ({
        year: y,
        required: sum([requirements.find((row) => row.year === y)?.required ?? '0']),
        planned: sum(gains.filter((gain) => gain.year === y).map((gain) => gain.planned)),
        realised: sum(gains.filter((gain) => gain.year === y).map((gain) => gain.realised ?? '0')),
      })),
      benefitYear: year,
      benefitStatus: (['GREEN', 'YELLOW', 'RED', 'NOT_MEASURED'] as const).map((status) => ({
        status,
        count: counts[status],
      })),
      deadlineMonths,
      deadlines: comingDeadlines(agreements, own.openPeriods, asOf, deadlineMonths, own.consultations),
      approvalsWaiting: approvals,
      stuckMonths,
      stuckCount: stuck.total,
      stuck: stuck.rows,
      blockedCount: blocked.total,
      blocked: blocked.rows,
      recentDecisions: decisions,
    };
  }

  async municipality(
    user: AuthenticatedUser,
    regionSlug: string,
    municipalityNumber: string,
  ): Promise<MunicipalityOverview> {
    if (!this.access.isSecretariat(user) && user.municipalityNumber !== municipalityNumber) {
      throw overviewErrors.notYourMunicipality();
    }
    const region = await this.repository.region(regionSlug, municipalityNumber);
    if (region === null) throw overviewErrors.regionNotFound(regionSlug);
    if (region.memberName === null) throw overviewErrors.notAMember(municipalityNumber, region.name);
    const [counts, optedOut] = await Promise.all([
      this.repository.participation(region.id, municipalityNumber),
      this.repository.optedOut(region.id, municipalityNumber),
    ]);
    return {
      regionSlug: region.slug,
      regionName: region.name,
      municipalityNumber,
      municipalityName: region.memberName,
      measureCount: counts.total,
      participating: counts.participating,
      optedOut: counts.optedOut,
      undecided: counts.total - counts.participating - counts.optedOut,
      optedOutMeasures: optedOut,
    };
  }

  async network(user: AuthenticatedUser, networkId: string): Promise<NetworkOverview> {
    const network = await this.repository.network(networkId);
    if (network === null) throw overviewErrors.networkNotFound();
    if (!this.access.isSecretariat(user) && !(await this.access.leadsNetwork(user, networkId))) {
      throw overviewErrors.notYourNetwork();
    }
    const [overview] = await this.networks([network]);
    return overview;
  }

  /** The overviews of the networks the caller leads, by name. */
  async ledNetworks(user: AuthenticatedUser): Promise<NetworkOverview[]> {
    if (!holdsNetworkRole(user.roles)) return [];
    return this.networks(await this.repository.ledNetworks(user.id));
  }

  /** Any number of networks in four statements. */
  private async networks(networks: readonly NetworkRow[]): Promise<NetworkOverview[]> {
    if (networks.length === 0) return [];
    const ids = networks.map((network) => network.id);
    const year = Number(osloDate().slice(0, 4));
    const [counts, strategies] = await Promise.all([
      this.repository.statusCounts(ids),
      this.repository.strategies(ids),
    ]);
    const strategyIds = strategies.map((strategy) => strategy.id);
    const [indicators, plans] =
      strategyIds.length === 0
        ? [[], []]
        : await Promise.all([
            this.repository.goalIndicators(strategyIds),
            this.repository.actionPlans(strategyIds, year),
          ]);
    return networks.map((network): NetworkOverview => {
      const own = counts.filter((row) => row.networkId === network.id);
      const strategy = strategies.find((row) => row.networkId === network.id);
      const plan = strategy && plans.find((row) => row.strategyId === strategy.id);
      const shown: OverviewStrategy | null = strategy
        ? {
            id: strategy.id,
            title: strategy.title,
            status: strategy.status,
            periodFrom: strategy.periodFrom,
            periodTo: strategy.periodTo,
            goals: goalsOf(indicators.filter((row) => row.strategyId === strategy.id)),
            actionPlan: plan
              ? {
                  year,
                  items: plan.items,
                  completed: plan.completed,
                  inProgress: plan.inProgress,
                  notStarted: plan.items - plan.completed - plan.inProgress,
                  averageProgress: plan.averageProgress,
                }
              : null,
          }
        : null;
      return {
        networkId: network.id,
        networkName: network.name,
        regionSlug: network.regionSlug,
        measureCount: own.reduce((total, row) => total + row.count, 0),
        measuresByStatus: MEASURE_STATUSES.flatMap((status) => {
          const row = own.find((candidate) => candidate.status === status);
          return row ? [{ status, count: row.count }] : [];
        }),
        strategy: shown,
      };
    });
  }
}

/** Goal rows (one per indicator, or one without) to goals with their indicators, in the rows' order. */
function goalsOf(rows: readonly IndicatorRow[]): OverviewGoal[] {
  const goals = new Map<string, OverviewGoal>();
  for (const row of rows) {
    let goal = goals.get(row.goalId);
    if (!goal) {
      goal = { id: row.goalId, title: row.goalTitle, indicators: [] };
      goals.set(row.goalId, goal);
    }
    if (row.indicatorId === null) continue;
    goal.indicators.push({
      id: row.indicatorId,
      name: row.name ?? '',
      unit: row.unit ?? '',
      baselineYear: row.baselineYear ?? 0,
      baselineValue: row.baselineValue ?? '',
      targetYear: row.targetYear ?? 0,
      targetValue: row.targetValue ?? '',
      direction: row.direction ?? '',
      latestValue: row.latestValue,
      latestPeriod: row.latestPeriod,
    });
  }
  return [...goals.values()];
}
