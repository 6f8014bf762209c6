import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How many measures have a status, a tier and a network.' })
export class StatusTierCell {
  @Field({ description: 'MeasureStatus.' })
  status!: string;

  @Field({ description: 'CollaborationTier.' })
  tier!: string;

  @Field(() => ID)
  networkId!: string;

  @Field()
  networkName!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Measures of one mobilisation colour and the gain planned behind them.' })
export class MobilisationBucket {
  @Field(() => String, { nullable: true, description: 'GREEN, YELLOW or RED; null for measures not rated.' })
  rating!: string | null;

  @Field(() => Int)
  count!: number;

  @Field({ description: 'Planned gain of these measures over all years, NOK (exact decimal).' })
  plannedGain!: string;

  @Field({ description: 'The planned gain weighted by the certainty of the colour, NOK.' })
  weightedGain!: string;

  @Field(() => Int, { description: 'The certainty the colour stands for, in percent (0 when not rated).' })
  certaintyPercent!: number;
}

@ObjectType({ description: 'Required savings against planned and realised gains, one year.' })
export class OverviewSavingsYear {
  @Field(() => Int)
  year!: number;

  @Field()
  required!: string;

  @Field()
  planned!: string;

  @Field()
  realised!: string;
}

@ObjectType({ description: 'How many measures with a planned gain in the year have each benefit status.' })
export class BenefitStatusCount {
  @Field({ description: 'GREEN, YELLOW, RED, or NOT_MEASURED (nothing realised yet).' })
  status!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description: "A deadline soon: an agreement's notice or end, a report's due date, a consultation's end.",
})
export class OverviewDeadline {
  @Field({
    description:
      "NOTICE (last day to give notice on an agreement), EXPIRY (the agreement ends), REPORT_DUE (an open reporting period's reports are due) or CONSULTATION_END (a strategy's consultation ends).",
  })
  kind!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  date!: string;

  @Field(() => ID, { nullable: true, description: 'The agreement, for NOTICE and EXPIRY.' })
  agreementId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The reporting period, for REPORT_DUE.' })
  periodId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The strategy, for CONSULTATION_END.' })
  strategyId!: string | null;

  @Field(() => ID, { nullable: true, description: "The strategy's network, for CONSULTATION_END." })
  networkId!: string | null;

  @Field()
  title!: string;
}

@ObjectType({ description: 'A measure named on the overview.' })
export class OverviewMeasure {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field({ description: 'MeasureStatus.' })
  status!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Stuck: the day its status last changed (YYYY-MM-DD).',
  })
  since!: string | null;

  @Field(() => String, { nullable: true, description: 'Blocked: the code of the measure it waits for.' })
  waitsFor!: string | null;
}

@ObjectType()
export class OverviewDecision {
  @Field(() => ID)
  id!: string;

  @Field()
  decidedOn!: string;

  @Field()
  caseReference!: string;

  @Field()
  title!: string;

  @Field({ description: 'KDU, MUNICIPAL_COUNCIL or NETWORK.' })
  body!: string;
}

@ObjectType({ description: 'The region at a glance: what the secretariat and the directors look at first.' })
export class RegionOverview {
  @Field()
  regionSlug!: string;

  @Field()
  regionName!: string;

  @Field({ description: 'The day the figures are seen from (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => Int)
  measureCount!: number;

  @Field(() => [StatusTierCell], {
    description: 'Measures by status, tier and network (only non-empty cells).',
  })
  statusMatrix!: StatusTierCell[];

  @Field(() => [MobilisationBucket], { description: 'GREEN, YELLOW, RED, then not rated.' })
  mobilisation!: MobilisationBucket[];

  @Field({ description: 'Planned gain of all measures weighted by the certainty of their colour, NOK.' })
  weightedPotential!: string;

  @Field(() => [OverviewSavingsYear], { description: 'This year and next.' })
  savingsGap!: OverviewSavingsYear[];

  @Field(() => Int, { description: 'The year the benefit statuses are for (this year).' })
  benefitYear!: number;

  @Field(() => [BenefitStatusCount])
  benefitStatus!: BenefitStatusCount[];

  @Field(() => Int, { description: 'Deadlines within this many months are shown.' })
  deadlineMonths!: number;

  @Field(() => [OverviewDeadline], { description: 'By date.' })
  deadlines!: OverviewDeadline[];

  @Field(() => Int, { description: 'Agreements submitted and waiting for the parties’ approval.' })
  approvalsWaiting!: number;

  @Field(() => Int, {
    description: 'Measures count as stuck after this many months without a status change.',
  })
  stuckMonths!: number;

  @Field(() => Int)
  stuckCount!: number;

  @Field(() => [OverviewMeasure], { description: 'The longest stuck first, at most 20.' })
  stuck!: OverviewMeasure[];

  @Field(() => Int)
  blockedCount!: number;

  @Field(() => [OverviewMeasure], {
    description: 'Waiting for a measure not yet started or done, at most 20.',
  })
  blocked!: OverviewMeasure[];

  @Field(() => [OverviewDecision], { description: 'The five newest.' })
  recentDecisions!: OverviewDecision[];
}

@ObjectType({ description: 'A measure the municipality has opted out of, and why.' })
export class OptedOutMeasure {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field()
  reason!: string;
}

@ObjectType({ description: "A municipality's part in the region's measures." })
export class MunicipalityOverview {
  @Field()
  regionSlug!: string;

  @Field()
  regionName!: string;

  @Field()
  municipalityNumber!: string;

  @Field()
  municipalityName!: string;

  @Field(() => Int, { description: 'All the region’s measures.' })
  measureCount!: number;

  @Field(() => Int)
  participating!: number;

  @Field(() => Int)
  optedOut!: number;

  @Field(() => Int, { description: 'Not decided (no answer yet).' })
  undecided!: number;

  @Field(() => [OptedOutMeasure], { description: 'By code.' })
  optedOutMeasures!: OptedOutMeasure[];
}

@ObjectType({ description: 'How many of the network’s measures have a status.' })
export class StatusCount {
  @Field({ description: 'MeasureStatus.' })
  status!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A goal indicator with its latest region-wide value.' })
export class OverviewIndicator {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  unit!: string;

  @Field(() => Int)
  baselineYear!: number;

  @Field()
  baselineValue!: string;

  @Field(() => Int)
  targetYear!: number;

  @Field()
  targetValue!: string;

  @Field({ description: 'INCREASE, DECREASE or MAINTAIN.' })
  direction!: string;

  @Field(() => String, { nullable: true })
  latestValue!: string | null;

  @Field(() => String, { nullable: true, description: 'The period of the latest value ("2025", "2025-H1").' })
  latestPeriod!: string | null;
}

@ObjectType()
export class OverviewGoal {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => [OverviewIndicator])
  indicators!: OverviewIndicator[];
}

@ObjectType({ description: 'The action plan of a year: its items by the state of their measures.' })
export class ActionPlanProgress {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  items!: number;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int)
  inProgress!: number;

  @Field(() => Int, { description: 'Not started: proposed, under assessment, decided or paused.' })
  notStarted!: number;

  @Field(() => Int, { nullable: true, description: 'Average progress of the items with progress, percent.' })
  averageProgress!: number | null;
}

@ObjectType({ description: 'The strategy shown: the newest adopted one, else the newest.' })
export class OverviewStrategy {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  status!: string;

  @Field(() => Int)
  periodFrom!: number;

  @Field(() => Int)
  periodTo!: number;

  @Field(() => [OverviewGoal])
  goals!: OverviewGoal[];

  @Field(() => ActionPlanProgress, { nullable: true, description: 'This year’s action plan, if any.' })
  actionPlan!: ActionPlanProgress | null;
}

@ObjectType({
  description: 'A network at a glance: its measures, strategy goals with indicators, action plan.',
})
export class NetworkOverview {
  @Field(() => ID)
  networkId!: string;

  @Field()
  networkName!: string;

  @Field()
  regionSlug!: string;

  @Field(() => Int)
  measureCount!: number;

  @Field(() => [StatusCount], { description: 'In the order of the status flow; only statuses in use.' })
  measuresByStatus!: StatusCount[];

  @Field(() => OverviewStrategy, { nullable: true })
  strategy!: OverviewStrategy | null;
}
