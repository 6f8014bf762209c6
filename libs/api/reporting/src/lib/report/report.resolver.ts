import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  AssignStatusReportInput,
  ReturnStatusReportInput,
  ReviewStatusReportInput,
  SaveStatusReportInput,
  StatusReportArgs,
  StatusReportsArgs,
} from '../dto/reporting.inputs';
import { StatusReport, StatusReportConnection } from '../dto/reporting.types';
import { ReportService } from './report.service';

@Resolver(() => StatusReport)
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => StatusReportConnection, {
    description: "A period's status reports by network, filtered (a network, a state, the caller's own).",
  })
  @AllowSignedIn()
  statusReports(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: StatusReportsArgs,
  ): Promise<Page<StatusReport>> {
    return this.reports.list(user, args);
  }

  @Query(() => StatusReport, { description: 'One status report.' })
  @AllowSignedIn()
  statusReport(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: StatusReportArgs,
  ): Promise<StatusReport> {
    return this.reports.byId(user, args.id);
  }

  @Mutation(() => StatusReport, {
    description:
      "Saves the owner's report as a draft, or submits it (the network's leader or the member it was handed to).",
  })
  @Allow(Role.NetworkLeader, Role.NetworkMember)
  saveStatusReport(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SaveStatusReportInput,
  ): Promise<StatusReport> {
    return this.reports.save(user, input);
  }

  @Mutation(() => StatusReport, { description: 'Approves a submitted report (the secretariat).' })
  @Allow(Role.Secretariat)
  approveStatusReport(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ReviewStatusReportInput,
  ): Promise<StatusReport> {
    return this.reports.approve(user, input);
  }

  @Mutation(() => StatusReport, {
    description: 'Returns a submitted report to its owner with a comment (the secretariat).',
  })
  @Allow(Role.Secretariat)
  returnStatusReport(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ReturnStatusReportInput,
  ): Promise<StatusReport> {
    return this.reports.return(user, input);
  }

  @Mutation(() => StatusReport, {
    description: 'Hands a report to a member of the owning network, or back to the leader (the leader).',
  })
  @Allow(Role.NetworkLeader, Role.NetworkMember)
  assignStatusReport(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: AssignStatusReportInput,
  ): Promise<StatusReport> {
    return this.reports.assign(user, input);
  }
}
