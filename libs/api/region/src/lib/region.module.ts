import { Module } from '@nestjs/common';
import { ChangeTransactions, ImportJobs, PortfolioAccess, SsbHttp } from '@samarbeid/api/data-access';

import { MeResolver } from './me.resolver';
import { RegionMembershipRepository } from './membership/region-membership.repository';
import { RegionMembershipResolver } from './membership/region-membership.resolver';
import { RegionMembershipService } from './membership/region-membership.service';
import { MunicipalityResolver, RegionResolver } from './region.resolver';
import { RegionRepository } from './region.repository';
import { RegionService } from './region.service';
import { SsbClient } from './ssb/ssb-client';
import { SsbImportResolver } from './ssb/ssb-import.resolver';
import { SsbImportRepository } from './ssb/ssb-import.repository';
import { SsbImportService } from './ssb/ssb-import.service';

@Module({
  providers: [
    RegionRepository,
    RegionService,
    RegionResolver,
    MunicipalityResolver,
    MeResolver,
    SsbHttp,
    ImportJobs,
    SsbClient,
    SsbImportRepository,
    SsbImportService,
    SsbImportResolver,
    ChangeTransactions,
    PortfolioAccess,
    RegionMembershipRepository,
    RegionMembershipService,
    RegionMembershipResolver,
  ],
  exports: [RegionService],
})
export class RegionModule {}

export const REGION_RESOLVERS = [
  RegionResolver,
  MunicipalityResolver,
  MeResolver,
  SsbImportResolver,
  RegionMembershipResolver,
] as const;
