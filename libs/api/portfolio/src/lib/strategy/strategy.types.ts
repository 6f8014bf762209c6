import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@samarbeid/api/platform';
import type {
  IndicatorDirection,
  ReportRag,
  StatusReportState,
  StrategyStatus,
} from '@samarbeid/shared/domain';
import {
  INDICATOR_DIRECTIONS,
  REPORT_RAGS,
  STATUS_REPORT_STATES,
  STRATEGY_STATUSES,
} from '@samarbeid/shared/domain';

export const StrategyStatusEnum = graphqlEnum('StrategyStatus', STRATEGY_STATUSES);
export const IndicatorDirectionEnum = graphqlEnum('IndicatorDirection', INDICATOR_DIRECTIONS);
// The reporting feature's enums (the same names and values: the schema has each once).
const StatusReportStateEnum = graphqlEnum(
  'StatusReportState',
  STATUS_REPORT_STATES,
  'Not started → draft → submitted → approved, or returned with a comment.',
);
const ReportRagEnum = graphqlEnum(
  'ReportRag',
  REPORT_RAGS,
  'Green: on track. Yellow: deviations the owner handles within the frame. Red: serious deviation, needs a decision or help.',
);

@ObjectType()
export class Indicator {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => Int)
  baselineYear!: number;

  @Field(() => String, { description: 'Exact decimal as a string.' })
  baselineValue!: string;

  @Field(() => Int)
  targetYear!: number;

  @Field(() => String, { description: 'Exact decimal as a string.' })
  targetValue!: string;

  @Field(() => IndicatorDirectionEnum)
  direction!: IndicatorDirection;
}

@ObjectType()
export class StrategyGoal {
  @Field(() => ID)
  id!: string;

  strategyId!: string;

  @Field(() => String, { description: 'The title of the strategy the goal belongs to.' })
  strategyTitle!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [Indicator])
  indicators!: Indicator[];
}

@ObjectType({
  description:
    "The newest status report on an action-plan item's measure: the newest one written, else the newest request.",
})
export class ActionPlanItemReport {
  @Field(() => ID)
  reportId!: string;

  @Field(() => ID)
  periodId!: string;

  @Field(() => String, { description: 'The reporting period, e.g. "1. halvår 2026".' })
  periodName!: string;

  @Field(() => StatusReportStateEnum)
  state!: StatusReportState;

  @Field(() => ReportRagEnum, { nullable: true })
  rag!: ReportRag | null;

  @Field(() => Int, { nullable: true })
  progressPercent!: number | null;

  measureId!: string;
}

@ObjectType()
export class ActionPlanItem {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '1 is the highest priority.' })
  priority!: number;

  measureId!: string;
}

@ObjectType()
export class Strategy {
  @Field(() => ID)
  id!: string;

  networkId!: string;
  regionId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int)
  periodFrom!: number;

  @Field(() => Int)
  periodTo!: number;

  @Field(() => StrategyStatusEnum)
  status!: StrategyStatus;

  adoptedByDecisionId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The last day of the consultation (YYYY-MM-DD), when one is set; shown among the overview’s deadlines.',
  })
  consultationEndsOn!: string | null;

  @Field(() => Int)
  version!: number;
}
