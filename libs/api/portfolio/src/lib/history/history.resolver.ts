import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Page } from '@samarbeid/api/platform';
import { Allow, PageArgs } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import { AuditEvent, AuditEventConnection } from '../dto/portfolio.types';
import { AuditFilter, HistoryService } from './history.service';

@Resolver(() => AuditEvent)
export class HistoryResolver {
  constructor(private readonly history: HistoryService) {}

  @Query(() => AuditEventConnection, { description: "Searches the region's whole change log (secretariat)." })
  @Allow(Role.Secretariat)
  auditEvents(
    @Args('regionSlug', { type: () => String }) regionSlug: string,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter | undefined,
    @Args() page: PageArgs,
  ): Promise<Page<AuditEvent>> {
    return this.history.search(regionSlug, filter, page);
  }
}
