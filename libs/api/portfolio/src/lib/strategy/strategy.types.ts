import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { INDICATOR_DIRECTIONS, STRATEGY_STATUSES } from '@samarbeid/api/data-access';
import type { IndicatorDirection, StrategyStatus } from '@samarbeid/api/data-access';
import { graphqlEnum } from '@samarbeid/api/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export const StrategyStatusEnum = graphqlEnum('StrategyStatus', STRATEGY_STATUSES);
export const IndicatorDirectionEnum = graphqlEnum('IndicatorDirection', INDICATOR_DIRECTIONS);

const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;
const DECIMAL_MESSAGE =
  'Verdien må være et tall med høyst fire desimaler, skrevet med punktum (f.eks. 12.5).|The value must be a number with at most four decimals, written with a point (e.g. 12.5).';
const YEAR_MESSAGE = 'Året må være mellom 2000 og 2100.|The year must be between 2000 and 2100.';

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

@InputType()
export class IndicatorInput {
  @Field(() => String)
  @Length(1, 300, {
    message: 'Indikatoren må ha et navn (1–300 tegn).|The indicator needs a name (1–300 characters).',
  })
  name!: string;

  @Field(() => String)
  @Length(1, 50, {
    message: 'Indikatoren må ha en enhet (1–50 tegn).|The indicator needs a unit (1–50 characters).',
  })
  unit!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  baselineYear!: number;

  @Field(() => String)
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  baselineValue!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  targetYear!: number;

  @Field(() => String)
  @Matches(DECIMAL, { message: DECIMAL_MESSAGE })
  targetValue!: string;

  @Field(() => IndicatorDirectionEnum)
  @IsIn(INDICATOR_DIRECTIONS)
  direction!: IndicatorDirection;
}

@InputType()
export class GoalInput {
  @Field(() => String)
  @Length(1, 300, {
    message: 'Målet må ha en tittel (1–300 tegn).|The goal needs a title (1–300 characters).',
  })
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(5000, {
    message: 'Beskrivelsen kan ha høyst 5 000 tegn.|The description can have at most 5,000 characters.',
  })
  description!: string;

  @Field(() => [IndicatorInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IndicatorInput)
  indicators!: IndicatorInput[];
}

/** Title and period: what creating and saving a strategy share. */
@InputType({ isAbstract: true })
abstract class StrategyHeaderInput {
  @Field(() => String)
  @Length(1, 300, {
    message: 'Strategien må ha en tittel (1–300 tegn).|The strategy needs a title (1–300 characters).',
  })
  title!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  periodFrom!: number;

  @Field(() => Int)
  @IsInt()
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  periodTo!: number;
}

@InputType()
export class CreateStrategyInput extends StrategyHeaderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent nettverk.|Unknown network.' })
  networkId!: string;
}

/** The whole editable content of a strategy: saved together, as the editor shows it. */
@InputType()
export class SaveStrategyInput extends StrategyHeaderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent strategi.|Unknown strategy.' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => [GoalInput])
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => GoalInput)
  goals!: GoalInput[];
}

@InputType()
export class ActionPlanItemInput {
  @Field(() => String, { description: 'Measure code in the region, e.g. "T7".' })
  @Length(1, 16)
  measureCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Prioritet må være 1 eller høyere.|Priority must be 1 or higher.' })
  priority!: number;
}

@InputType()
export class SetActionPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent strategi.|Unknown strategy.' })
  strategyId!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => Int)
  @IsInt()
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year!: number;

  @Field(() => [ActionPlanItemInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ActionPlanItemInput)
  items!: ActionPlanItemInput[];
}

@InputType()
export class StrategyStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent strategi.|Unknown strategy.' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => ID, { nullable: true, description: 'For adoption: the KDU decision that adopts it.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ukjent vedtak.|Unknown decision.' })
  decisionId?: string;
}

@ArgsType()
export class NetworkStrategiesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent nettverk.|Unknown network.' })
  networkId!: string;
}
