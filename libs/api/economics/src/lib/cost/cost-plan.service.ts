import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { assertExpectedVersion, AuthenticatedUser } from '@samarbeid/api/platform';

import { CostSharePreviewArgs, SetCostKeyInput, SetMeasureCostsInput } from '../dto/economics.inputs';
import { CostShareTable, MeasureEconomics } from '../dto/economics.types';
import { COST_PLAN } from '../economics.errors';
import { EconomicsAudit, EconomicsTransactions, Tx } from '../economics-transactions';
import { assertParticipant, MeasureContext } from '../measure-context';
import { PortfolioReads } from '../portfolio-reads.repository';
import { costsChanged, keyChanged } from './cost-plan.audit';
import { toMeasureEconomics } from './cost-plan.mapper';
import { CostPlanRepository } from './cost-plan.repository';
import { KeySpec, shareTable } from './cost-shares';
import {
  assertKeySplits,
  keySpecOf,
  lacksPopulationYear,
  normaliseKey,
  withPopulationYear,
} from './domain/cost-key';
import { costLinesToSave } from './domain/cost-lines';
import { costYearsToSave } from './domain/cost-years';

/** Costs, distribution key and shares of a measure. Changes lock the measure row and check the plan's version. */
@Injectable()
export class CostPlanService {
  constructor(
    private readonly transactions: EconomicsTransactions,
    private readonly plans: CostPlanRepository,
    private readonly portfolio: PortfolioReads,
    private readonly access: PortfolioAccess,
    private readonly audit: EconomicsAudit,
  ) {}

  async economics(user: AuthenticatedUser, measureId: string): Promise<MeasureEconomics> {
    const measure = await this.portfolio.measure(measureId);
    const plan = await this.plans.load(measureId);
    const spec = await this.withDefaultYear(measure, plan.spec);
    const populations = await this.plans.populations(spec.populationYear);
    const viewerCanEdit = await this.access.canEditNetworkItem(user, measure.networkId);
    const agreementCosts = (await this.plans.agreementCosts([measure.id])).get(measure.id) ?? [];
    const populationYears = await this.plans.populationYears(measure.regionId);
    const yearFigures = (await this.plans.yearFiguresOf([measure.id])).get(measure.id) ?? [];
    return toMeasureEconomics({
      yearFigures,
      measure,
      plan,
      spec,
      populations,
      agreementCosts,
      populationYears,
      viewerCanEdit,
    });
  }

  /** The shares under a key not yet saved, and/or without some participants. Saves nothing. */
  async preview(args: CostSharePreviewArgs): Promise<CostShareTable> {
    const measure = await this.portfolio.measure(args.measureId);
    const plan = await this.plans.load(args.measureId);
    const exclude = [...new Set(args.excludeMunicipalityNumbers ?? [])];
    for (const number of exclude) assertParticipant(measure, number);
    const spec = await this.withDefaultYear(measure, args.key ? keySpecOf(args.key) : plan.spec);
    const populations = await this.plans.populations(spec.populationYear);
    return shareTable(plan.lines, spec, measure.participants, populations, exclude);
  }

  async setCosts(user: AuthenticatedUser, input: SetMeasureCostsInput): Promise<MeasureEconomics> {
    await this.transactions.run(async (tx) => {
      const measure = await this.portfolio.measure(input.measureId, tx, { lock: true });
      await this.access.assertCanEditNetworkItem(user, measure.networkId, tx);
      const lines = costLinesToSave(measure, input.costs);
      const years = input.years ? costYearsToSave(measure, input.years) : null;
      const before = await this.plans.load(measure.id, tx);
      assertExpectedVersion(before, input.expectedVersion, COST_PLAN);
      await this.plans.replaceLines(tx, measure.id, user.id, before, lines);
      const yearsBefore = years
        ? (await this.plans.yearFiguresOf([measure.id], tx)).get(measure.id)
        : undefined;
      if (years) await this.plans.replaceYearFigures(tx, measure.id, years);
      await this.audit.record(
        tx,
        user,
        costsChanged(measure, before, lines, years ? { before: yearsBefore ?? [], after: years } : null),
      );
    });
    return this.economics(user, input.measureId);
  }

  async setKey(user: AuthenticatedUser, input: SetCostKeyInput): Promise<MeasureEconomics> {
    await this.transactions.run(async (tx) => {
      const measure = await this.portfolio.measure(input.measureId, tx, { lock: true });
      await this.access.assertCanEditNetworkItem(user, measure.networkId, tx);
      const spec = await this.withDefaultYear(measure, keySpecOf(input.key), tx);
      for (const number of spec.entries.keys()) assertParticipant(measure, number);
      assertKeySplits(measure, spec, await this.plans.populations(spec.populationYear, tx));
      const before = await this.plans.load(measure.id, tx);
      assertExpectedVersion(before, input.expectedVersion, COST_PLAN);
      await this.plans.replaceKey(tx, measure.id, user.id, before, spec);
      await this.audit.record(tx, user, keyChanged(measure, before.spec, spec));
    });
    return this.economics(user, input.measureId);
  }

  /** A population key without a year uses the newest year with figures for every participant. */
  private async withDefaultYear(measure: MeasureContext, spec: KeySpec, tx?: Tx): Promise<KeySpec> {
    const key = normaliseKey(spec);
    if (!lacksPopulationYear(key)) return key;
    const numbers = measure.participants.map((participant) => participant.number);
    return withPopulationYear(key, await this.plans.completePopulationYear(numbers, key.populationYear, tx));
  }
}
