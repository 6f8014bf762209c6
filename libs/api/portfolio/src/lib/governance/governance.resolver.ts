import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, RequestContext } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';
import DataLoader from 'dataloader';

import { Measure, Network } from '../dto/portfolio.types';
import { PortfolioLoaders } from '../portfolio.loaders';
import {
  RecordPoliticalAnchoringInput,
  SaveMeasureSteeringInput,
  SetMeasureChecklistItemInput,
  SetRegionGovernanceInput,
} from './governance.inputs';
import { GovernanceRepository } from './governance.repository';
import { GovernanceService } from './governance.service';
import { GateOverride, MeasureReadiness, MeasureSteering, RegionGovernance } from './governance.types';

const EDITORS = [Role.Secretariat, Role.NetworkLeader, Role.NetworkMember];

/** The region's readiness gates, and each measure's readiness and steering document. */
@Resolver(() => Measure)
export class GovernanceResolver {
  constructor(
    private readonly service: GovernanceService,
    private readonly repository: GovernanceRepository,
    private readonly loaders: PortfolioLoaders,
  ) {}

  @Query(() => RegionGovernance, {
    description: 'Which rules must be met before a measure is decided or started.',
  })
  @AllowSignedIn()
  regionGovernance(@Args('regionSlug') regionSlug: string): Promise<RegionGovernance> {
    return this.service.settings(regionSlug);
  }

  @Mutation(() => RegionGovernance, {
    description: 'The secretariat sets the readiness gates and the checklist.',
  })
  @Allow(Role.Secretariat)
  setRegionGovernance(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetRegionGovernanceInput,
  ): Promise<RegionGovernance> {
    return this.service.saveSettings(user, input);
  }

  @Mutation(() => Measure, {
    description: 'Records the political anchoring (F1): date, body and case reference.',
  })
  @Allow(...EDITORS)
  recordPoliticalAnchoring(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RecordPoliticalAnchoringInput,
  ): Promise<Measure> {
    return this.service.recordAnchoring(user, input);
  }

  @Mutation(() => Measure, {
    description: "Ticks (or unticks) an item of the region's checklist for the measure.",
  })
  @Allow(...EDITORS)
  setMeasureChecklistItem(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetMeasureChecklistItemInput,
  ): Promise<Measure> {
    return this.service.setChecklistItem(user, input);
  }

  @Mutation(() => Measure, { description: 'Saves the steering document; fields left out keep their value.' })
  @Allow(...EDITORS)
  saveMeasureSteering(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SaveMeasureSteeringInput,
  ): Promise<Measure> {
    return this.service.saveSteering(user, input);
  }

  @ResolveField(() => MeasureReadiness, {
    description: 'The readiness gates before DECIDED and IN_PROGRESS.',
  })
  readiness(@Parent() measure: Measure, @Context() context: RequestContext): Promise<MeasureReadiness> {
    return context.loaders
      .get(
        'measure.readiness',
        () =>
          new DataLoader<Measure, MeasureReadiness, string>(
            (measures) => this.service.readinessOf(measures),
            {
              cacheKeyFn: (key) => key.id,
            },
          ),
      )
      .load(measure);
  }

  @ResolveField(() => MeasureSteering)
  steering(@Parent() measure: Measure, @Context() context: RequestContext): Promise<MeasureSteering> {
    return context.loaders
      .get(
        'measure.steering',
        () => new DataLoader<string, MeasureSteering>((ids) => this.repository.steeringOf(ids)),
      )
      .load(measure.id);
  }

  @ResolveField(() => [Network], {
    description: 'Networks that co-operate on the measure besides its owner.',
  })
  async cooperatingNetworks(
    @Parent() measure: Measure,
    @Context() context: RequestContext,
  ): Promise<Network[]> {
    const steering = await this.steering(measure, context);
    const networks = await this.loaders.for(context).network.loadMany(steering.cooperatingNetworkIds);
    return networks.filter((network): network is Network => !!network && !(network instanceof Error));
  }

  @ResolveField(() => [GateOverride], { description: 'When the secretariat let the measure past its gates.' })
  gateOverrides(@Parent() measure: Measure, @Context() context: RequestContext): Promise<GateOverride[]> {
    return context.loaders
      .get(
        'measure.gateOverrides',
        () => new DataLoader<string, GateOverride[]>((ids) => this.repository.overridesOf(ids)),
      )
      .load(measure.id);
  }
}
