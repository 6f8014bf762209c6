import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { AuthenticatedUser } from '@samarbeid/api/platform';

import { Benefit, BenefitPlan } from '../dto/economics.types';
import { benefitNotFound } from '../economics.errors';
import type { Tx } from '../economics-transactions';
import type { MeasureContext } from '../measure-context';
import { PortfolioReads } from '../portfolio-reads.repository';
import { SavingsRepository } from '../savings/savings.repository';
import { toBenefitPlan } from './benefit.mapper';
import { BenefitRepository } from './benefit.repository';
import { needsNetworkRepresentation, recordableMunicipalities } from './domain/recordable';

/** Reads of the benefit-realisation plan: planned against realised, and what the viewer may do with it. */
@Injectable()
export class BenefitQueryService {
  constructor(
    private readonly benefits: BenefitRepository,
    private readonly portfolio: PortfolioReads,
    private readonly savings: SavingsRepository,
    private readonly access: PortfolioAccess,
  ) {}

  async plan(user: AuthenticatedUser, measureId: string): Promise<BenefitPlan> {
    const measure = await this.portfolio.measure(measureId);
    const [figures, thresholds, canEdit, canRecordFor] = await Promise.all([
      this.benefits.figures([measure.id]),
      this.savings.thresholds(measure.regionId),
      this.access.canEditNetworkItem(user, measure.networkId),
      this.recordableFor(user, measure),
    ]);
    return toBenefitPlan(measure, figures, thresholds, { canEdit, canRecordFor });
  }

  /** One benefit as its measure's plan shows it. */
  async one(user: AuthenticatedUser, id: string): Promise<Benefit> {
    const benefit = await this.benefits.findById(id);
    if (!benefit) throw benefitNotFound();
    const found = (await this.plan(user, benefit.measureId)).benefits.find(
      (candidate) => candidate.id === id,
    );
    if (!found) throw benefitNotFound();
    return found;
  }

  /**
   * The participants the caller may record actual values for (see domain/recordable). With `participantsOnly`
   * false, also municipalities not (or no longer) taking part, so that the refusal says the right thing.
   */
  async recordableFor(
    user: AuthenticatedUser,
    measure: MeasureContext,
    tx?: Tx,
    participantsOnly = true,
  ): Promise<string[]> {
    const represented = needsNetworkRepresentation(user)
      ? await this.portfolio.representedMunicipalities(measure.networkId, user.id, tx)
      : [];
    return recordableMunicipalities(user, measure, represented, participantsOnly);
  }
}
