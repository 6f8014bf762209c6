import { Module } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';

import { OverviewRepository } from './overview.repository';
import { OverviewResolver } from './overview.resolver';
import { OverviewService } from './overview.service';

/** The home pages' overviews: read only, across the features' tables through their read functions. */
@Module({ providers: [PortfolioAccess, OverviewRepository, OverviewService, OverviewResolver] })
export class OverviewModule {}

export const OVERVIEW_RESOLVERS = [OverviewResolver] as const;
