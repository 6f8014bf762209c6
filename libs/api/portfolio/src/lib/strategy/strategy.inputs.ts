import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IdField, PatternField, TextField } from '@samarbeid/api/platform';
import type { IndicatorDirection } from '@samarbeid/shared/domain';
import { INDICATOR_DIRECTIONS } from '@samarbeid/shared/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, MaxLength, Min, ValidateNested } from 'class-validator';

import { YearField } from '../dto/fields';
import { IndicatorDirectionEnum } from './strategy.types';

const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;
const DECIMAL_MESSAGE =
  'Verdien må være et tall med høyst fire desimaler, skrevet med punktum (f.eks. 12.5).|The value must be a number with at most four decimals, written with a point (e.g. 12.5).';
const UNKNOWN_STRATEGY = 'Ukjent strategi.|Unknown strategy.';
const UNKNOWN_NETWORK = 'Ukjent nettverk.|Unknown network.';

/** A required text whose one sentence says both the need and the limit ("… (1–300 tegn)."). */
const requiredText = (max: number, message: `${string}|${string}`, label: { nb: string; en: string }) => ({
  max,
  required: true,
  label,
  tooLong: message,
  missing: message,
});

@InputType()
export class IndicatorInput {
  @TextField(
    requiredText(
      300,
      'Indikatoren må ha et navn (1–300 tegn).|The indicator needs a name (1–300 characters).',
      { nb: 'Navnet', en: 'The name' },
    ),
  )
  name!: string;

  @TextField(
    requiredText(
      50,
      'Indikatoren må ha en enhet (1–50 tegn).|The indicator needs a unit (1–50 characters).',
      {
        nb: 'Enheten',
        en: 'The unit',
      },
    ),
  )
  unit!: string;

  @YearField()
  baselineYear!: number;

  @PatternField(DECIMAL, DECIMAL_MESSAGE)
  baselineValue!: string;

  @YearField()
  targetYear!: number;

  @PatternField(DECIMAL, DECIMAL_MESSAGE)
  targetValue!: string;

  @Field(() => IndicatorDirectionEnum)
  @IsIn(INDICATOR_DIRECTIONS)
  direction!: IndicatorDirection;
}

@InputType()
export class GoalInput {
  @TextField(
    requiredText(300, 'Målet må ha en tittel (1–300 tegn).|The goal needs a title (1–300 characters).', {
      nb: 'Tittelen',
      en: 'The title',
    }),
  )
  title!: string;

  // Not a TextField: the schema gives the description a default (''), which TextField does not offer.
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
  @TextField(
    requiredText(
      300,
      'Strategien må ha en tittel (1–300 tegn).|The strategy needs a title (1–300 characters).',
      { nb: 'Tittelen', en: 'The title' },
    ),
  )
  title!: string;

  @YearField()
  periodFrom!: number;

  @YearField()
  periodTo!: number;

  @PatternField(
    /^\d{4}-\d{2}-\d{2}$/,
    'Høringsfristen må skrives ÅÅÅÅ-MM-DD.|The consultation end date must be written YYYY-MM-DD.',
    {
      optional: true,
      description:
        'The last day of the consultation (YYYY-MM-DD); null clears it, left out keeps it as it is.',
    },
  )
  consultationEndsOn?: string | null;
}

@InputType()
export class CreateStrategyInput extends StrategyHeaderInput {
  @IdField(UNKNOWN_NETWORK)
  networkId!: string;
}

/** The whole editable content of a strategy: saved together, as the editor shows it. */
@InputType()
export class SaveStrategyInput extends StrategyHeaderInput {
  @IdField(UNKNOWN_STRATEGY)
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
  @TextField({
    max: 16,
    required: true,
    description: 'Measure code in the region, e.g. "T7".',
    label: { nb: 'Tiltakskoden', en: 'The measure code' },
  })
  measureCode!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Prioritet må være 1 eller høyere.|Priority must be 1 or higher.' })
  priority!: number;
}

@InputType()
export class SetActionPlanInput {
  @IdField(UNKNOWN_STRATEGY)
  strategyId!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @YearField()
  year!: number;

  @Field(() => [ActionPlanItemInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ActionPlanItemInput)
  items!: ActionPlanItemInput[];
}

@InputType({ description: "Starts next year's action plan from this year's unfinished measures." })
export class CarryOverActionPlanInput {
  @IdField(UNKNOWN_STRATEGY)
  strategyId!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @YearField()
  fromYear!: number;
}

@InputType()
export class StrategyStepInput {
  @IdField(UNKNOWN_STRATEGY)
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @IdField('Ukjent vedtak.|Unknown decision.', {
    optional: true,
    description: 'For adoption: the KDU decision that adopts it.',
  })
  decisionId?: string;
}

@ArgsType()
export class NetworkStrategiesArgs {
  @IdField(UNKNOWN_NETWORK)
  networkId!: string;
}
