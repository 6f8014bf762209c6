import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ImportJob } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  BenchmarkArgs,
  LinkIndicatorToKostraInput,
  RecordIndicatorValueInput,
  RegionSlugArgs,
  SetIndicatorFrequencyInput,
  StrategyIdArgs,
} from './dto/indicator.inputs';
import {
  IndicatorBoard,
  IndicatorOverview,
  IndicatorStrategy,
  KostraBenchmark,
  KostraFigure,
} from './dto/indicator.types';
import { IndicatorCommandService } from './indicator-command.service';
import { IndicatorQueryService } from './indicator-query.service';
import { KostraBenchmarkService } from './kostra/kostra-benchmark.service';
import { KostraImportService } from './kostra/kostra-import.service';

/** Who may record values: the finer check (own municipality, own network) is the service's. */
const RECORDERS = [Role.Secretariat, Role.NetworkLeader, Role.NetworkMember, Role.MunicipalDirector];

@Resolver(() => IndicatorOverview)
export class IndicatorResolver {
  constructor(
    private readonly queries: IndicatorQueryService,
    private readonly commands: IndicatorCommandService,
    private readonly benchmarks: KostraBenchmarkService,
    private readonly kostraImports: KostraImportService,
  ) {}

  @Query(() => IndicatorBoard, {
    description: "A strategy's indicators with measured values: the KPI table.",
  })
  @AllowSignedIn()
  indicatorBoard(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { strategyId }: StrategyIdArgs,
  ): Promise<IndicatorBoard> {
    return this.queries.board(user, strategyId);
  }

  @Query(() => [IndicatorStrategy], { description: "The region's strategies that have indicators." })
  @AllowSignedIn()
  async indicatorStrategies(@Args() { regionSlug }: RegionSlugArgs): Promise<IndicatorStrategy[]> {
    return this.queries.strategies((await this.queries.region(regionSlug)).id);
  }

  @Query(() => [KostraFigure], { description: 'The KOSTRA key figures shipped with the product.' })
  @AllowSignedIn()
  kostraCatalogue(): KostraFigure[] {
    return this.queries.catalogue();
  }

  @Query(() => KostraBenchmark, {
    description:
      "A municipality's KOSTRA figures against the region's other municipalities and its KOSTRA group.",
  })
  @AllowSignedIn()
  kostraBenchmark(@Args() { regionSlug, municipalityNumber }: BenchmarkArgs): Promise<KostraBenchmark> {
    return this.benchmarks.benchmark(regionSlug, municipalityNumber);
  }

  @Mutation(() => IndicatorOverview, {
    description:
      'Records (or replaces) the value of an indicator for a period, for a municipality or the region; "not measured" is explicit.',
  })
  @Allow(...RECORDERS)
  recordIndicatorValue(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RecordIndicatorValueInput,
  ): Promise<IndicatorOverview> {
    return this.commands.record(user, input);
  }

  @Mutation(() => IndicatorOverview, {
    description:
      "How often the indicator is measured (network leader, secretariat; a municipality's KPI set: its director).",
  })
  @Allow(Role.Secretariat, Role.NetworkLeader, Role.NetworkMember, Role.MunicipalDirector)
  setIndicatorFrequency(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetIndicatorFrequencyInput,
  ): Promise<IndicatorOverview> {
    return this.commands.setFrequency(user, input);
  }

  @Mutation(() => IndicatorOverview, {
    description: 'Links the indicator to a KOSTRA key figure (secretariat).',
  })
  @Allow(Role.Secretariat)
  linkIndicatorToKostra(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: LinkIndicatorToKostraInput,
  ): Promise<IndicatorOverview> {
    return this.commands.linkKostra(user, input);
  }

  @Mutation(() => ImportJob, {
    description:
      "Starts importing the catalogue's KOSTRA figures from SSB for the region, its KOSTRA groups and the country; poll importJob.",
  })
  @Allow(Role.Secretariat)
  startKostraImport(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { regionSlug }: RegionSlugArgs,
  ): Promise<ImportJob> {
    return this.kostraImports.start(user, regionSlug);
  }
}
