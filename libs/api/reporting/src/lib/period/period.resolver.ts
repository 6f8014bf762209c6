import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, Page } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  OpenReportingPeriodInput,
  ReportingPeriodArgs,
  ReportingPeriodsArgs,
  ReportingRegionArgs,
} from '../dto/reporting.inputs';
import {
  ReportingBoardRow,
  ReportingPeriod,
  ReportingPeriodConnection,
  ReportingReminders,
} from '../dto/reporting.types';
import { ReportingReminderService } from '../reminder/reminder.service';
import { PeriodService } from './period.service';

@Resolver(() => ReportingPeriod)
export class PeriodResolver {
  constructor(
    private readonly periods: PeriodService,
    private readonly reminders: ReportingReminderService,
  ) {}

  @Query(() => ReportingPeriodConnection, { description: "A region's reporting periods, newest first." })
  @AllowSignedIn()
  reportingPeriods(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: ReportingPeriodsArgs,
  ): Promise<Page<ReportingPeriod>> {
    return this.periods.list(user, args);
  }

  @Query(() => ReportingPeriod, { description: 'One reporting period.' })
  @AllowSignedIn()
  reportingPeriod(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: ReportingPeriodArgs,
  ): Promise<ReportingPeriod> {
    return this.periods.byId(user, args.id);
  }

  @Query(() => [ReportingBoardRow], {
    description:
      "A period's board: per network, how many reports are not started, drafts, submitted, returned, approved.",
  })
  @AllowSignedIn()
  reportingBoard(@Args() args: ReportingPeriodArgs): Promise<ReportingBoardRow[]> {
    return this.periods.board(args.id);
  }

  @Mutation(() => ReportingPeriod, {
    description:
      "Opens a reporting period (the secretariat): a report request for every measure under way and every network's action plan.",
  })
  @Allow(Role.Secretariat)
  openReportingPeriod(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: OpenReportingPeriodInput,
  ): Promise<ReportingPeriod> {
    return this.periods.open(user, input);
  }

  @Mutation(() => ReportingReminders, {
    description:
      'Reminds the owners of unsubmitted reports: a week before the due date and once overdue, each once.',
  })
  @Allow(Role.Secretariat)
  sendReportingReminders(
    @CurrentUser() user: AuthenticatedUser,
    @Args() args: ReportingRegionArgs,
  ): Promise<ReportingReminders> {
    return this.reminders.remind(user, args.regionSlug);
  }
}
