import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@samarbeid/api/platform';
import type { IndicatorDirection, StrategyStatus } from '@samarbeid/shared/domain';
import { INDICATOR_DIRECTIONS, STRATEGY_STATUSES } from '@samarbeid/shared/domain';

export const StrategyStatusEnum = graphqlEnum('StrategyStatus', STRATEGY_STATUSES);
export const IndicatorDirectionEnum = graphqlEnum('IndicatorDirection', INDICATOR_DIRECTIONS);

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

  @Field(() => Int)
  version!: number;
}
