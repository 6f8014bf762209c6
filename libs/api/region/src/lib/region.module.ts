import { Module } from '@nestjs/common';

import { MeResolver } from './me.resolver';
import { MunicipalityResolver, RegionResolver } from './region.resolver';
import { RegionService } from './region.service';

@Module({
  providers: [RegionService, RegionResolver, MunicipalityResolver, MeResolver],
  exports: [RegionService],
})
export class RegionModule {}

export const REGION_RESOLVERS = [RegionResolver, MunicipalityResolver, MeResolver] as const;
