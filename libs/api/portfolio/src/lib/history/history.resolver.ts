import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Page } from '@samarbeid/api/platform';
import { Allow } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import { AuditEvent, AuditEventConnection } from '../dto/portfolio.types';
import { AuditEventsArgs } from '../dto/args';
import { HistoryService } from './history.service';

@Resolver(() => AuditEvent)
export class HistoryResolver {
  constructor(private readonly history: HistoryService) {}

  @Query(() => AuditEventConnection, { description: "Searches the region's whole change log (secretariat)." })
  @Allow(Role.Secretariat)
  auditEvents(@Args() args: AuditEventsArgs): Promise<Page<AuditEvent>> {
    return this.history.search(args.regionSlug, args.filter, args);
  }
}
