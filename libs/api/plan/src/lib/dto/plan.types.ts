import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@samarbeid/api/platform';

import { PLAN_FLAGS } from '../domain/plan-rules';

export const PlanFlagEnum = graphqlEnum(
  'PlanFlag',
  PLAN_FLAGS,
  'What decides when a measure should run: a broken dependency, a political decision pending, an early economic gain, its network over capacity, resources from other units.',
);

export const PlanChangeEnum = graphqlEnum('PlanChange', ['MOVED', 'NEW', 'REMOVED'] as const);

@ObjectType({ description: 'A milestone of a measure.' })
export class PlanMilestone {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  measureId!: string;

  @Field()
  name!: string;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field()
  done!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A dependency of a bar on another measure.' })
export class PlanBarDependency {
  @Field(() => ID)
  dependsOnId!: string;

  @Field()
  dependsOnCode!: string;

  @Field({ description: 'DependencyKind: START or FINISH.' })
  kind!: string;
}

@ObjectType({ description: "A measure's or sub-measure's bar in the implementation plan." })
export class PlanBar {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The measure a sub-measure belongs to.' })
  parentId!: string | null;

  @Field(() => ID)
  networkId!: string;

  @Field()
  networkName!: string;

  @Field({ description: 'CollaborationTier.' })
  tier!: string;

  @Field({ description: 'MeasureStatus.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'MobilisationRating.' })
  mobilisation!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endDate!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Own progress, or the weighted roll-up of its sub-measures.',
  })
  progressPercent!: number | null;

  @Field(() => Int, { description: "The measure's version (for moving it)." })
  version!: number;

  @Field(() => [String], { description: 'Numbers of the municipalities taking part.' })
  participants!: string[];

  @Field(() => [PlanBarDependency])
  dependencies!: PlanBarDependency[];

  @Field(() => [PlanMilestone])
  milestones!: PlanMilestone[];

  @Field(() => [PlanFlagEnum])
  flags!: string[];

  @Field()
  politicalDecisionNeeded!: boolean;

  @Field(() => Int, { nullable: true, description: 'The first year with a planned economic gain.' })
  firstBenefitYear!: number | null;

  @Field({ description: 'Resources needed from other parts of the organisation.' })
  resourcesFromOtherUnits!: string;

  @Field({ description: 'Whether the caller may move it and change its milestones.' })
  canEdit!: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the start in the chosen baseline.' })
  baselineStart!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the end in the chosen baseline.' })
  baselineEnd!: string | null;
}

@ObjectType({ description: 'A measure that starts before a measure it depends on allows.' })
export class PlanConflict {
  @Field(() => ID)
  measureId!: string;

  @Field()
  measureCode!: string;

  @Field(() => ID)
  dependsOnId!: string;

  @Field()
  dependsOnCode!: string;

  @Field()
  kind!: string;

  @Field({ description: 'YYYY-MM-DD: the earliest day the measure may start.' })
  earliestStart!: string;

  @Field(() => Int)
  daysEarly!: number;
}

@ObjectType({ description: 'A month in which a network has more measures running than it can take on.' })
export class PlanOverload {
  @Field(() => ID)
  networkId!: string;

  @Field()
  networkName!: string;

  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  capacity!: number;

  @Field(() => [String], { description: 'Codes of the measures running.' })
  measureCodes!: string[];
}

@ObjectType()
export class PlanNetwork {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Measures it can run at once (its own setting or the default).' })
  capacity!: number;

  @Field({ description: 'Whether the capacity is its own setting.' })
  ownCapacity!: boolean;
}

@ObjectType()
export class PlanMunicipality {
  @Field()
  number!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'The plan as frozen on a day.' })
export class PlanBaseline {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  frozenAt!: Date;

  @Field()
  frozenBy!: string;
}

@ObjectType({ description: 'A milestone that moved, came or went since the baseline.' })
export class PlanMilestoneMove {
  @Field(() => ID)
  milestoneId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  baselineDate!: string | null;

  @Field(() => String, { nullable: true })
  currentDate!: string | null;

  @Field(() => Int, { nullable: true })
  slipDays!: number | null;
}

@ObjectType({ description: 'What moved since the baseline for one measure.' })
export class PlanDifference {
  @Field(() => ID)
  measureId!: string;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field(() => PlanChangeEnum)
  change!: string;

  @Field(() => String, { nullable: true })
  baselineStart!: string | null;

  @Field(() => String, { nullable: true })
  baselineEnd!: string | null;

  @Field(() => String, { nullable: true })
  currentStart!: string | null;

  @Field(() => String, { nullable: true })
  currentEnd!: string | null;

  @Field(() => Int, { nullable: true })
  startSlipDays!: number | null;

  @Field(() => Int, { nullable: true })
  endSlipDays!: number | null;

  @Field(() => [PlanMilestoneMove])
  milestones!: PlanMilestoneMove[];
}

@ObjectType({
  description: "One of the caller's calendar feeds (the secret address is shown only when made).",
})
export class PlanCalendarFeed {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  networkId!: string | null;

  @Field(() => String, { nullable: true })
  networkName!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A new calendar feed and its secret address (shown this once).' })
export class CreatedPlanCalendarFeed {
  @Field(() => PlanCalendarFeed)
  feed!: PlanCalendarFeed;

  @Field({ description: 'The path of the feed on the API, e.g. /calendar/plan/<secret>.ics.' })
  path!: string;
}

@ObjectType({ description: "A region's implementation plan: bars, conflicts, overloads, baselines." })
export class Plan {
  @Field()
  regionSlug!: string;

  @Field()
  regionName!: string;

  @Field({ description: 'YYYY-MM-DD: today, where the chart draws its line.' })
  today!: string;

  @Field(() => Int)
  defaultCapacity!: number;

  @Field({ description: 'Whether the caller may freeze baselines and set capacities (the secretariat).' })
  canManage!: boolean;

  @Field(() => [PlanBar], {
    description: 'Bars that pass the filters, measures followed by their sub-measures.',
  })
  bars!: PlanBar[];

  @Field(() => Int, { description: "Bars in the region's plan before the filters." })
  totalCount!: number;

  @Field(() => [PlanConflict], { description: 'Broken dependencies of the bars shown.' })
  conflicts!: PlanConflict[];

  @Field(() => [PlanOverload], { description: 'Months over capacity of the networks shown.' })
  overloads!: PlanOverload[];

  @Field(() => [PlanNetwork])
  networks!: PlanNetwork[];

  @Field(() => [PlanMunicipality])
  municipalities!: PlanMunicipality[];

  @Field(() => [PlanBaseline])
  baselines!: PlanBaseline[];

  @Field(() => PlanBaseline, {
    nullable: true,
    description: 'The baseline compared with, if one was chosen.',
  })
  baseline!: PlanBaseline | null;

  @Field(() => [PlanDifference], { description: 'What moved since the chosen baseline (of the bars shown).' })
  differences!: PlanDifference[];

  @Field(() => [PlanCalendarFeed], { description: "The caller's live calendar feeds of this region." })
  myFeeds!: PlanCalendarFeed[];
}

@ObjectType({ description: 'A measure after its dates were moved.' })
export class PlanMeasureMoved {
  @Field(() => ID)
  measureId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  startDate!: string | null;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field()
  resourcesFromOtherUnits!: string;
}
