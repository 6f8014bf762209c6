import { type DynamicModule, Module, type ModuleMetadata, type Type } from '@nestjs/common';

import { PublishingCommandService } from './publishing-command.service';
import { PublishingQueryService } from './publishing-query.service';
import { PublishingRepository } from './publishing.repository';
import { PublishingResolver } from './publishing.resolver';
import { PublicReadRepository } from './public/public-read.repository';
import { PublicSiteController } from './public/public-site.controller';
import { PublicSiteService } from './public/public-site.service';
import {
  NoPublicEconomics,
  NoPublicReports,
  PublicEconomicsSource,
  PublicReportSource,
} from './public/public-sources';

export const PUBLISHING_RESOLVERS = [PublishingResolver] as const;

export interface PublishingSources {
  /** Modules the sources need (the economics and reporting features' modules). */
  readonly imports?: ModuleMetadata['imports'];
  readonly economics?: Type<PublicEconomicsSource>;
  readonly reports?: Type<PublicReportSource>;
}

/**
 * Publishing: the secretariat's switches, the accessibility statement and feedback (GraphQL), and the public site
 * under /offentlig (HTML, open data). The app hands in what it reads from other features (public-sources.ts).
 */
@Module({})
export class PublishingModule {
  static forRoot(sources: PublishingSources = {}): DynamicModule {
    return {
      module: PublishingModule,
      imports: [...(sources.imports ?? [])],
      controllers: [PublicSiteController],
      providers: [
        PublishingRepository,
        PublicReadRepository,
        PublishingQueryService,
        PublishingCommandService,
        PublicSiteService,
        { provide: PublicEconomicsSource, useClass: sources.economics ?? NoPublicEconomics },
        { provide: PublicReportSource, useClass: sources.reports ?? NoPublicReports },
        ...PUBLISHING_RESOLVERS,
      ],
    };
  }
}
