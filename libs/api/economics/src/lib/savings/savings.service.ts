import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { AuthenticatedUser } from '@samarbeid/api/platform';

import { SetBenefitThresholdsInput, SetSavingsRequirementsInput } from '../dto/economics.inputs';
import { RegionEconomics } from '../dto/economics.types';
import { municipalityNotInRegion } from '../economics.errors';
import { EconomicsAudit, EconomicsTransactions } from '../economics-transactions';
import { EconomicsOverviewService } from '../overview/economics-overview.service';
import { PortfolioReads } from '../portfolio-reads.repository';
import { assertEachYearOnce } from './domain/requirements';
import { assertThresholdsInOrder } from './domain/thresholds';
import { requirementsChanged, thresholdsChanged } from './savings.audit';
import { SavingsRepository } from './savings.repository';

/** A region's savings targets: the benefit status thresholds and the required savings (secretariat only). */
@Injectable()
export class SavingsService {
  constructor(
    private readonly transactions: EconomicsTransactions,
    private readonly savings: SavingsRepository,
    private readonly portfolio: PortfolioReads,
    private readonly access: PortfolioAccess,
    private readonly audit: EconomicsAudit,
    private readonly overview: EconomicsOverviewService,
  ) {}

  async setThresholds(user: AuthenticatedUser, input: SetBenefitThresholdsInput): Promise<RegionEconomics> {
    this.access.assertSecretariat(user, { nb: 'sette statusgrensene', en: 'set the status thresholds' });
    assertThresholdsInOrder(input.greenFromPercent, input.yellowFromPercent);
    const after = { greenFromPercent: input.greenFromPercent, yellowFromPercent: input.yellowFromPercent };
    await this.transactions.run(async (tx) => {
      const region = await this.portfolio.region(input.regionSlug, tx);
      await this.savings.lockRegion(tx, region.id);
      const before = await this.savings.thresholds(region.id, tx);
      await this.savings.saveThresholds(tx, region.id, after);
      await this.audit.record(tx, user, thresholdsChanged(region, before, after));
    });
    return this.overview.regionEconomics(user, input.regionSlug);
  }

  async setRequirements(
    user: AuthenticatedUser,
    input: SetSavingsRequirementsInput,
  ): Promise<RegionEconomics> {
    this.access.assertSecretariat(user, { nb: 'sette nedtrekkskravene', en: 'set the required savings' });
    const municipality = input.municipalityNumber ?? null;
    await this.transactions.run(async (tx) => {
      const region = await this.portfolio.region(input.regionSlug, tx);
      await this.savings.lockRegion(tx, region.id);
      if (municipality && !(await this.portfolio.isMember(region.id, municipality, tx))) {
        throw municipalityNotInRegion(municipality);
      }
      assertEachYearOnce(input.values);
      const before = await this.savings.requirementsOf(region.id, municipality, tx);
      await this.savings.replaceRequirements(tx, region.id, municipality, input.values);
      await this.audit.record(tx, user, requirementsChanged(region, municipality, before, input.values));
    });
    return this.overview.regionEconomics(user, input.regionSlug);
  }
}
