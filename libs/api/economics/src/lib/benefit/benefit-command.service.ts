import { Injectable } from '@nestjs/common';
import type { BenefitEntity } from '@samarbeid/api/data-access';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { assertExpectedVersion, AuthenticatedUser } from '@samarbeid/api/platform';

import {
  CreateBenefitInput,
  RecordBenefitActualInput,
  SetBenefitPlanInput,
  UpdateBenefitInput,
} from '../dto/economics.inputs';
import { Benefit } from '../dto/economics.types';
import {
  BENEFIT,
  benefitHasActuals,
  benefitNotFound,
  goalNotInRegion,
  mayNotRecordFor,
} from '../economics.errors';
import { EconomicsAudit, EconomicsTransactions, Tx } from '../economics-transactions';
import { assertParticipant, assertYearInPeriod, MeasureContext } from '../measure-context';
import { PortfolioReads } from '../portfolio-reads.repository';
import { actualRecorded, benefitCreated, benefitDeleted, benefitUpdated, planChanged } from './benefit.audit';
import { BenefitFieldValues, BenefitRepository } from './benefit.repository';
import { BenefitQueryService } from './benefit-query.service';
import { BenefitFieldsDraft, checkedBenefitFields } from './domain/benefit-fields';
import { PlanValueDraft, planToSave } from './domain/benefit-plan-values';

/**
 * Changes to the benefit-realisation plan: benefits and their planned values (secretariat or the owning network's
 * leader), and actual values (the municipality's director or its members of the owning network, or the
 * secretariat). Each locks the measure row, then the benefit, and is audited in its own transaction.
 */
@Injectable()
export class BenefitCommandService {
  constructor(
    private readonly transactions: EconomicsTransactions,
    private readonly benefits: BenefitRepository,
    private readonly portfolio: PortfolioReads,
    private readonly access: PortfolioAccess,
    private readonly audit: EconomicsAudit,
    private readonly queries: BenefitQueryService,
  ) {}

  async create(user: AuthenticatedUser, input: CreateBenefitInput): Promise<Benefit> {
    const id = await this.transactions.run(async (tx) => {
      const measure = await this.portfolio.measure(input.measureId, tx, { lock: true });
      await this.access.assertCanEditNetworkItem(user, measure.networkId, tx);
      const fields = await this.checkedFields(tx, measure, input);
      const saved = await this.benefits.create(tx, measure.id, fields);
      await this.audit.record(tx, user, benefitCreated(measure, fields));
      return saved.id;
    });
    return this.queries.one(user, id);
  }

  async update(user: AuthenticatedUser, input: UpdateBenefitInput): Promise<Benefit> {
    await this.transactions.run(async (tx) => {
      const { benefit, measure } = await this.lock(tx, input.id);
      assertExpectedVersion(benefit, input.expectedVersion, BENEFIT);
      await this.access.assertCanEditNetworkItem(user, measure.networkId, tx);
      const fields = await this.checkedFields(tx, measure, input);
      await this.benefits.update(tx, benefit.id, fields);
      await this.audit.record(tx, user, benefitUpdated(measure, benefit, fields));
    });
    return this.queries.one(user, input.id);
  }

  async delete(user: AuthenticatedUser, id: string): Promise<boolean> {
    return this.transactions.run(async (tx) => {
      const { benefit, measure } = await this.lock(tx, id);
      await this.access.assertCanEditNetworkItem(user, measure.networkId, tx);
      const actuals = await this.benefits.countActuals(tx, benefit.id);
      if (actuals > 0) throw benefitHasActuals(benefit.title, actuals);
      await this.benefits.delete(tx, benefit.id);
      await this.audit.record(tx, user, benefitDeleted(measure, benefit));
      return true;
    });
  }

  async setPlan(user: AuthenticatedUser, input: SetBenefitPlanInput): Promise<Benefit> {
    await this.transactions.run(async (tx) => {
      const { benefit, measure } = await this.lock(tx, input.benefitId);
      assertExpectedVersion(benefit, input.expectedVersion, BENEFIT);
      await this.access.assertCanEditNetworkItem(user, measure.networkId, tx);
      await this.replacePlan(tx, user, measure, benefit, input.values);
    });
    return this.queries.one(user, input.benefitId);
  }

  /** Replaces a benefit's planned values (checked) and bumps its version; the caller holds the locks. */
  private async replacePlan(
    tx: Tx,
    user: AuthenticatedUser,
    measure: MeasureContext,
    benefit: BenefitEntity,
    values: readonly PlanValueDraft[],
    options: { audit: boolean } = { audit: true },
  ): Promise<void> {
    const plan = planToSave(measure, values, benefit.perMunicipality);
    const before = await this.benefits.planValues(tx, benefit.id);
    await this.benefits.replacePlan(tx, benefit.id, plan.values, plan.perMunicipality);
    if (options.audit)
      await this.audit.record(tx, user, planChanged(measure, benefit.title, before, plan.values));
  }

  async recordActual(user: AuthenticatedUser, input: RecordBenefitActualInput): Promise<Benefit> {
    await this.transactions.run(async (tx) => {
      const { benefit, measure } = await this.lock(tx, input.benefitId);
      // A municipality outside the region is refused as such, before whether the caller may record for it.
      if (!measure.members.has(input.municipalityNumber))
        assertParticipant(measure, input.municipalityNumber);
      const allowed = await this.queries.recordableFor(user, measure, tx, false);
      if (!allowed.includes(input.municipalityNumber)) throw mayNotRecordFor(input.municipalityNumber);
      assertParticipant(measure, input.municipalityNumber);
      assertYearInPeriod(measure, input.year);
      const saved = await this.benefits.addActual(tx, benefit.id, {
        year: input.year,
        municipalityNumber: input.municipalityNumber,
        value: input.value,
        comment: input.comment?.trim() ?? '',
        recordedById: user.id,
        recordedByName: user.name ?? user.username ?? null,
      });
      await this.audit.record(tx, user, actualRecorded(measure, benefit.title, saved, input.value));
    });
    return this.queries.one(user, input.benefitId);
  }

  /**
   * Saves an imported plan in the caller's transaction (the measure locked; audited by the caller as one import): a
   * benefit whose name matches one of the measure's (ignoring case and surrounding space) gets the file's fields,
   * keeping its goal, and its planned values replaced; any other name is a new benefit.
   */
  async importPlan(
    tx: Tx,
    user: AuthenticatedUser,
    measure: MeasureContext,
    imported: readonly (BenefitFieldsDraft & { readonly plan: readonly PlanValueDraft[] })[],
  ): Promise<{ created: number; updated: number; plannedValues: number }> {
    const titleKey = (title: string) => title.trim().toLowerCase();
    const existing = await this.benefits.byMeasure(measure.id, tx);
    const byTitle = new Map(existing.map((benefit) => [titleKey(benefit.title), benefit]));
    const result = { created: 0, updated: 0, plannedValues: 0 };
    for (const draft of imported) {
      const fields = await this.checkedFields(tx, measure, { ...draft, goalId: undefined });
      const match = byTitle.get(titleKey(draft.title));
      let benefit: BenefitEntity;
      if (match) {
        await this.benefits.update(tx, match.id, { ...fields, goalId: match.goalId });
        benefit = (await this.benefits.findById(match.id, tx)) as BenefitEntity;
        result.updated += 1;
      } else {
        benefit = await this.benefits.create(tx, measure.id, fields);
        result.created += 1;
      }
      await this.replacePlan(tx, user, measure, benefit, draft.plan, { audit: false });
      result.plannedValues += draft.plan.length;
    }
    return result;
  }

  /** A benefit's fields, checked and normalised, its goal (if any) one of the region's. */
  private async checkedFields(
    tx: Tx,
    measure: MeasureContext,
    input: BenefitFieldsDraft,
  ): Promise<BenefitFieldValues> {
    const fields = checkedBenefitFields(input);
    if (fields.goalId && !(await this.portfolio.goalInRegion(fields.goalId, measure.regionId, tx))) {
      throw goalNotInRegion();
    }
    return fields;
  }

  /** Locks the measure row (the aggregate), then the benefit. */
  private async lock(tx: Tx, id: string): Promise<{ benefit: BenefitEntity; measure: MeasureContext }> {
    const measureId = await this.benefits.measureIdOf(id, tx);
    if (!measureId) throw benefitNotFound();
    const measure = await this.portfolio.measure(measureId, tx, { lock: true });
    const benefit = await this.benefits.lock(id, tx);
    if (!benefit) throw benefitNotFound();
    return { benefit, measure };
  }
}
