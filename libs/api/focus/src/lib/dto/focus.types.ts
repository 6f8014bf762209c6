import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@samarbeid/api/platform';

import {
  FOCUS_DIRECTIONS,
  FOCUS_FREQUENCIES,
  FOCUS_SOURCES,
  FOCUS_STATUSES,
  FOCUS_TRENDS,
  type FocusDirection,
  type FocusFrequency,
  type FocusSource,
  type FocusStatus,
  type FocusTrend,
} from '../domain/focus-rules';

export const FocusDirectionEnum = graphqlEnum(
  'FocusDirection',
  FOCUS_DIRECTIONS,
  'HIGHER: higher is better; LOWER: lower is better.',
);
export const FocusFrequencyEnum = graphqlEnum(
  'FocusFrequency',
  FOCUS_FREQUENCIES,
  'Periods "2026-03" (MONTHLY), "2026-Q1" (QUARTERLY) or "2026" (YEARLY).',
);
export const FocusStatusEnum = graphqlEnum('FocusStatus', FOCUS_STATUSES);
export const FocusTrendEnum = graphqlEnum('FocusTrend', FOCUS_TRENDS);
export const FocusSourceEnum = graphqlEnum(
  'FocusSource',
  FOCUS_SOURCES,
  'API: another system; UPLOAD: a file; MANUAL: by hand.',
);

@ObjectType({ description: 'The target of a focus item from a period on, until the next target.' })
export class FocusTarget {
  @Field(() => String)
  period!: string;

  @Field(() => String, { description: 'Exact decimal.' })
  value!: string;
}

@ObjectType({
  description: 'The value of a focus item for a period, with the target in force and the status.',
})
export class FocusValue {
  @Field(() => String)
  period!: string;

  @Field(() => String, { description: 'Exact decimal.' })
  value!: string;

  @Field(() => String, { nullable: true, description: 'The target in force for the period.' })
  target!: string | null;

  @Field(() => FocusStatusEnum)
  status!: FocusStatus;

  @Field(() => FocusSourceEnum)
  source!: FocusSource;

  @Field(() => String, { nullable: true })
  recordedByName!: string | null;

  @Field(() => Date)
  recordedAt!: Date;
}

@ObjectType({
  description:
    'A figure a region or a municipality watches closely (fokuspost), with its values against target.',
})
export class FocusItem {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  regionSlug!: string;

  @Field(() => String, { nullable: true, description: 'Null: the region’s own focus item.' })
  municipalityNumber!: string | null;

  @Field(() => String, { description: 'The municipality’s name, or the region’s.' })
  areaName!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => FocusDirectionEnum)
  direction!: FocusDirection;

  @Field(() => FocusFrequencyEnum)
  frequency!: FocusFrequency;

  @Field(() => String)
  description!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => FocusValue, { nullable: true, description: 'The value of the latest period recorded.' })
  latest!: FocusValue | null;

  @Field(() => String, {
    nullable: true,
    description: 'The target in force for the latest period (or today).',
  })
  currentTarget!: string | null;

  @Field(() => FocusStatusEnum)
  status!: FocusStatus;

  @Field(() => FocusTrendEnum, {
    description: 'The last value against the one before, in the item’s direction.',
  })
  trend!: FocusTrend;

  @Field(() => [FocusValue], {
    description: 'The values, oldest first: the last 12 periods in lists, the last 120 for one item.',
  })
  values!: FocusValue[];

  @Field(() => [FocusTarget])
  targets!: FocusTarget[];

  @Field(() => Boolean, { description: 'Whether the caller may record values by hand.' })
  viewerCanRecord!: boolean;
}

@ObjectType()
export class FocusItemList {
  @Field(() => [FocusItem], { description: 'At most 200 per region, the region’s own first, then by name.' })
  items!: FocusItem[];

  @Field(() => Boolean, { description: 'Whether the caller may create focus items and set targets.' })
  viewerCanDefine!: boolean;
}

@ObjectType({ description: 'What a batch of focus values saved.' })
export class FocusValuesSaved {
  @Field(() => Int, { description: 'Values saved (new and replaced).' })
  saved!: number;

  @Field(() => Int, { description: 'Of them, periods that already had a value and were replaced.' })
  replaced!: number;
}
