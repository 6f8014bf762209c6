import { Module } from '@nestjs/common';
import { ImportJobs, SsbHttp } from '@samarbeid/api/data-access';

import { MeResolver } from './me.resolver';
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
  ],
  exports: [RegionService],
})
export class RegionModule {}

export const REGION_RESOLVERS = [
  RegionResolver,
  MunicipalityResolver,
  MeResolver,
  SsbImportResolver,
] as const;
