import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  CompiledReportArgs,
  FreezeReportInput,
  FrozenReportArgs,
  PeriodIdArgs,
  UpdateReportingSummaryInput,
} from '../dto/reporting.inputs';
import { FrozenReport, ReportingPeriod } from '../dto/reporting.types';
import { CompileService } from './compile.service';

@Resolver(() => FrozenReport)
export class CompileResolver {
  constructor(private readonly compile: CompileService) {}

  @Query(() => String, {
    description:
      "The region's report for the period (or a member municipality's variant) compiled from the live data now, as JSON (CompiledReportData).",
  })
  @AllowSignedIn()
  compiledReportPreview(@Args() args: CompiledReportArgs): Promise<string> {
    return this.compile.preview(args.periodId, args.municipalityNumber ?? null);
  }

  @Query(() => [FrozenReport], {
    description:
      "A period's frozen versions: the region's, then each municipality's, newest first (a handful each).",
  })
  @AllowSignedIn()
  frozenReports(@Args() args: PeriodIdArgs): Promise<FrozenReport[]> {
    return this.compile.versions(args.periodId);
  }

  @Query(() => FrozenReport, { description: 'One frozen version, with its data.' })
  @AllowSignedIn()
  frozenReport(@Args() args: FrozenReportArgs): Promise<FrozenReport> {
    return this.compile.version(args.id);
  }

  @Mutation(() => ReportingPeriod, {
    description: "Writes the secretariat's summary of the period's report.",
  })
  @Allow(Role.Secretariat)
  updateReportingSummary(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateReportingSummaryInput,
  ): Promise<ReportingPeriod> {
    return this.compile.updateSummary(user, input);
  }

  @Mutation(() => FrozenReport, {
    description: "Freezes the period's compiled report as the next numbered version (the secretariat).",
  })
  @Allow(Role.Secretariat)
  freezeReport(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: FreezeReportInput,
  ): Promise<FrozenReport> {
    return this.compile.freeze(user, input);
  }
}
