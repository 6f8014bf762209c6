import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, Page, RequestContext } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, badUserInput, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';
import DataLoader from 'dataloader';

import {
  AuditEvent,
  Decision,
  Measure,
  MeasureConnection,
  MeasureDependency,
  Network,
  Participation,
} from '../dto/portfolio.types';
import { MeasureArgs, MeasuresArgs } from '../dto/args';
import { StrategyQueryService } from '../strategy/strategy-query.service';
import { StrategyGoal } from '../strategy/strategy.types';
import { PortfolioLoaders } from '../portfolio.loaders';
import { measureNotFound } from './measure.errors';
import {
  CreateMeasureInput,
  DependencyInput,
  SetMeasureGoalsInput,
  TransitionMeasureInput,
  UpdateMeasureInput,
} from './measure.inputs';
import { MeasureCommandService } from './measure-command.service';
import { MeasureQueryService } from './measure-query.service';

const EDITORS = [Role.Secretariat, Role.NetworkLeader, Role.NetworkMember];

@Resolver(() => Measure)
export class MeasureResolver {
  constructor(
    private readonly queries: MeasureQueryService,
    private readonly commands: MeasureCommandService,
    private readonly loaders: PortfolioLoaders,
    private readonly strategies: StrategyQueryService,
  ) {}

  @Query(() => MeasureConnection, { description: "A region's measures, filtered, in code order." })
  @AllowSignedIn()
  measures(@Args() args: MeasuresArgs): Promise<Page<Measure>> {
    return this.queries.list(args.regionSlug, args.filter, args);
  }

  @Query(() => Measure)
  @AllowSignedIn()
  async measure(
    @Args() { id, regionSlug, code }: MeasureArgs,
    @Context() context: RequestContext,
  ): Promise<Measure> {
    if (!id && !(regionSlug && code)) {
      throw badUserInput({
        nb: 'Oppgi id, eller region og kode.',
        en: 'Give an id, or a region and a code.',
      });
    }
    // By id through the request's loader: many aliases of measure(id) are one statement.
    const found = id
      ? await this.loaders.for(context).measure.load(id)
      : regionSlug && code
        ? await this.queries.byCode(regionSlug, code)
        : null;
    if (!found) throw measureNotFound();
    return found;
  }

  @Mutation(() => Measure)
  @Allow(...EDITORS)
  createMeasure(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateMeasureInput,
  ): Promise<Measure> {
    return this.commands.create(user, input);
  }

  @Mutation(() => Measure)
  @Allow(...EDITORS)
  updateMeasure(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateMeasureInput,
  ): Promise<Measure> {
    return this.commands.update(user, input);
  }

  @Mutation(() => Measure, {
    description: 'Moves a measure to its next status; an illegal jump names the allowed ones.',
  })
  @Allow(...EDITORS)
  transitionMeasure(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: TransitionMeasureInput,
  ): Promise<Measure> {
    return this.commands.transition(user, input);
  }

  @Mutation(() => Measure, { description: 'Measure A needs measure B first; a cycle is refused, naming it.' })
  @Allow(...EDITORS)
  addMeasureDependency(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: DependencyInput,
  ): Promise<Measure> {
    return this.commands.addDependency(user, input);
  }

  @Mutation(() => Measure)
  @Allow(...EDITORS)
  removeMeasureDependency(
    @CurrentUser() user: AuthenticatedUser,
    @Args('measureId', { type: () => ID }) measureId: string,
    @Args('dependsOnId', { type: () => ID }) dependsOnId: string,
  ): Promise<Measure> {
    return this.commands.removeDependency(user, measureId, dependsOnId);
  }

  @Mutation(() => Measure, { description: 'Links the measure to the strategy goals it serves.' })
  @Allow(...EDITORS)
  setMeasureGoals(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetMeasureGoalsInput,
  ): Promise<Measure> {
    return this.commands.setGoals(user, input);
  }

  @ResolveField(() => [StrategyGoal], {
    description: 'The strategy goals this measure serves (benefit map).',
  })
  goals(@Parent() measure: Measure, @Context() context: RequestContext): Promise<StrategyGoal[]> {
    return context.loaders
      .get(
        'measure.goals',
        () => new DataLoader<string, StrategyGoal[]>((ids) => this.strategies.goalsOfMeasures(ids)),
      )
      .load(measure.id);
  }

  @ResolveField(() => Network)
  async network(@Parent() measure: Measure, @Context() context: RequestContext): Promise<Network> {
    return (await this.loaders.for(context).network.load(measure.networkId)) as Network;
  }

  @ResolveField(() => Measure, { nullable: true })
  parent(@Parent() measure: Measure, @Context() context: RequestContext): Promise<Measure | null> {
    return measure.parentId
      ? this.loaders.for(context).measure.load(measure.parentId)
      : Promise.resolve(null);
  }

  @ResolveField(() => [Measure], { description: 'Sub-measures, by code.' })
  subMeasures(@Parent() measure: Measure, @Context() context: RequestContext): Promise<Measure[]> {
    return this.loaders.for(context).children.load(measure.id);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Own progress, or the weighted roll-up of sub-measures.',
  })
  async progress(@Parent() measure: Measure, @Context() context: RequestContext): Promise<number | null> {
    const children = await this.loaders.for(context).children.load(measure.id);
    return this.queries.progressOf(measure, children);
  }

  @ResolveField(() => [Participation], { description: 'Every member municipality of the region, by number.' })
  participation(@Parent() measure: Measure, @Context() context: RequestContext): Promise<Participation[]> {
    return this.loaders.for(context).participation.load(measure);
  }

  @ResolveField(() => [MeasureDependency], { description: 'What this measure needs first.' })
  dependencies(@Parent() measure: Measure, @Context() context: RequestContext): Promise<MeasureDependency[]> {
    return this.loaders.for(context).dependencies.load(measure.id);
  }

  @ResolveField(() => [MeasureDependency], { description: 'What needs this measure first.' })
  dependents(@Parent() measure: Measure, @Context() context: RequestContext): Promise<MeasureDependency[]> {
    return this.loaders.for(context).dependents.load(measure.id);
  }

  @ResolveField(() => [Decision])
  decisions(@Parent() measure: Measure, @Context() context: RequestContext): Promise<Decision[]> {
    return this.loaders.for(context).decisions.load(measure.id);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the signed-in user may change this measure (secretariat, or leader of its network).',
  })
  async viewerCanEdit(@Parent() measure: Measure, @Context() context: RequestContext): Promise<boolean> {
    const user = context.req.user;
    if (!user) return false;
    if (user.roles.includes(Role.Secretariat)) return true;
    return (await this.loaders.for(context).ledNetworks.load(user.id)).has(measure.networkId);
  }

  @ResolveField(() => [AuditEvent], { description: 'The full change history, newest first.' })
  history(@Parent() measure: Measure, @Context() context: RequestContext): Promise<AuditEvent[]> {
    return this.loaders.for(context).history.load(measure.id);
  }
}

@Resolver(() => MeasureDependency)
export class MeasureDependencyResolver {
  constructor(private readonly loaders: PortfolioLoaders) {}

  @ResolveField(() => Measure)
  async measure(
    @Parent() dependency: MeasureDependency,
    @Context() context: RequestContext,
  ): Promise<Measure> {
    return (await this.loaders.for(context).measure.load(dependency.measureId)) as Measure;
  }

  @ResolveField(() => Measure)
  async dependsOn(
    @Parent() dependency: MeasureDependency,
    @Context() context: RequestContext,
  ): Promise<Measure> {
    return (await this.loaders.for(context).measure.load(dependency.dependsOnId)) as Measure;
  }
}
