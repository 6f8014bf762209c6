import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { AuthenticatedUser, decodeOffsetCursor, Page, PageArgs, toOffsetPage } from '@samarbeid/api/platform';
import { decisionBodyProblem } from '@samarbeid/shared/domain';

import { Decision } from '../dto/portfolio.types';
import { HistoryRepository } from '../history/history.repository';
import { MeasureRepository } from '../measure/measure.repository';
import { RegionLookup } from '../shared/region-lookup.repository';
import { PortfolioTransactions } from '../shared/transaction';
import { decisionBodyRefused, measureOutsideRegion } from './decision.errors';
import { CreateDecisionInput } from './decision.inputs';
import { DecisionRepository } from './decision.repository';
import { newDecision } from './domain/new-decision';

/** The region's decisions log: read by everyone, recorded by the secretariat. */
@Injectable()
export class DecisionService {
  constructor(
    private readonly transactions: PortfolioTransactions,
    private readonly decisions: DecisionRepository,
    private readonly measures: MeasureRepository,
    private readonly regions: RegionLookup,
    private readonly history: HistoryRepository,
    private readonly access: PortfolioAccess,
  ) {}

  async list(regionSlug: string, { first, after }: PageArgs): Promise<Page<Decision>> {
    const regionId = await this.regions.idOf(regionSlug);
    const offset = decodeOffsetCursor(after);
    const { rows, totalCount } = await this.decisions.page(regionId, offset, first + 1);
    return toOffsetPage(rows, first, offset, totalCount);
  }

  async create(user: AuthenticatedUser, input: CreateDecisionInput): Promise<Decision> {
    this.access.assertSecretariat(user, { nb: 'registrere vedtak', en: 'record decisions' });
    const regionId = await this.regions.idOf(input.regionSlug);
    const problem = decisionBodyProblem(input);
    if (problem) throw decisionBodyRefused(problem);
    return this.transactions.run(async (tx) => {
      const measureIds = [...new Set(input.measureIds)];
      if (!(await this.measures.allInRegion(tx, measureIds, regionId))) throw measureOutsideRegion();
      const decision = await this.decisions.insert(tx, newDecision(regionId, input), measureIds);
      await this.history.record(tx, user, {
        action: 'CREATE',
        entityType: 'decision',
        entityId: decision.id,
        regionId,
        summary: `Vedtak ${decision.caseReference}: ${decision.title}`,
        after: { ...decision, measureIds },
      });
      return decision;
    });
  }

  byIds(ids: readonly string[]): Promise<(Decision | null)[]> {
    return this.decisions.byIds(ids);
  }

  measureIdsOf(decisionIds: readonly string[]): Promise<string[][]> {
    return this.decisions.measureIdsOf(decisionIds);
  }

  /** The decisions about each measure, newest first. */
  ofMeasures(measureIds: readonly string[]): Promise<Decision[][]> {
    return this.decisions.ofMeasures(measureIds);
  }
}
