import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@samarbeid/api/platform';
import type {
  IndicatorDirection,
  IndicatorStatus,
  ReportingFrequency,
  TrendDirection,
} from '@samarbeid/shared/domain';
import { INDICATOR_STATUSES, REPORTING_FREQUENCIES, TREND_DIRECTIONS } from '@samarbeid/shared/domain';

export const ReportingFrequencyEnum = graphqlEnum('ReportingFrequency', REPORTING_FREQUENCIES);
export const IndicatorStatusEnum = graphqlEnum('IndicatorStatus', INDICATOR_STATUSES);
export const TrendDirectionEnum = graphqlEnum('TrendDirection', TREND_DIRECTIONS);

export const INDICATOR_SCOPES = ['STRATEGY', 'NETWORK', 'REGION', 'KPI_SET', 'MEASURE'] as const;
export type IndicatorScope = (typeof INDICATOR_SCOPES)[number];
export const IndicatorScopeEnum = graphqlEnum(
  'IndicatorScope',
  INDICATOR_SCOPES,
  "What a KPI table lists: a strategy's, a network's, the region's, a KPI set's or a measure's indicators.",
);

export const INDICATOR_PLACEMENTS = ['GOAL', 'MEASURE', 'BENEFIT', 'KPI_SET'] as const;
export const IndicatorPlacementEnum = graphqlEnum(
  'IndicatorPlacement',
  INDICATOR_PLACEMENTS,
  'What an indicator sits on.',
);

@ObjectType({
  description: 'One measured value of an indicator for a period and a municipality (or the region).',
})
export class IndicatorValue {
  @Field(() => String, { description: '"2025" or "2025-H1".' })
  period!: string;

  @Field(() => String, { nullable: true, description: 'Exact decimal; null when not measured.' })
  value!: string | null;

  @Field(() => Boolean, { description: '"Not measured" is explicit, never a zero or a gap.' })
  notMeasured!: boolean;

  @Field(() => String)
  source!: string;

  @Field(() => String)
  comment!: string;

  @Field(() => String, { nullable: true })
  recordedByName!: string | null;

  @Field(() => Date)
  recordedAt!: Date;
}

@ObjectType()
export class IndicatorTrendInfo {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => String, {
    description: 'Exact change from the first to the last of the last three measured values.',
  })
  change!: string;

  @Field(() => Float)
  perYear!: number;

  @Field(() => TrendDirectionEnum)
  direction!: TrendDirection;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the change goes the way the indicator wants.',
  })
  favourable!: boolean | null;
}

@ObjectType({ description: "A value of a KOSTRA key figure for a year; missing values keep SSB's symbol." })
export class KostraPoint {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true })
  value!: string | null;

  @Field(() => String, { nullable: true, description: '"." not applicable, ".." confidential or missing.' })
  missingSymbol!: string | null;
}

@ObjectType({
  description: "An indicator's values for one municipality, or for the region, with where it stands.",
})
export class IndicatorSeries {
  @Field(() => String, { nullable: true, description: 'Null for the region as a whole.' })
  municipalityNumber!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => [IndicatorValue], { description: 'In time order.' })
  values!: IndicatorValue[];

  @Field(() => IndicatorValue, { nullable: true, description: 'The latest measured value.' })
  latest!: IndicatorValue | null;

  @Field(() => IndicatorTrendInfo, { nullable: true })
  trend!: IndicatorTrendInfo | null;

  @Field(() => IndicatorStatusEnum)
  status!: IndicatorStatus;

  @Field(() => Float, { nullable: true, description: 'What the straight path expects in the latest period.' })
  expected!: number | null;

  @Field(() => Float, { nullable: true, description: 'Per cent of the distance from baseline to target.' })
  progressPercent!: number | null;

  @Field(() => String, { nullable: true, description: "The municipality's KOSTRA group (SSB region code)." })
  kostraGroupCode!: string | null;

  @Field(() => String, { nullable: true })
  kostraGroupName!: string | null;

  @Field(() => [KostraPoint], {
    description: "The linked KOSTRA figure's group average (empty when not linked).",
  })
  kostraGroupAverage!: KostraPoint[];
}

@ObjectType()
export class KostraFigure {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => String, { description: "SSB's statistics table id." })
  table!: string;

  @Field(() => String, { description: "SSB's content code (ContentsCode) in the table." })
  contentsCode!: string;

  @Field(() => Boolean, { description: 'Whether table and content code have been checked against SSB.' })
  checked!: boolean;
}

@ObjectType()
export class IndicatorOverview {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  unit!: string;

  @Field(() => String, {
    description: 'What it sits on: the goal, the measure, the benefit or the KPI set (same as placedOn).',
  })
  goalTitle!: string;

  @Field(() => IndicatorPlacementEnum)
  placement!: (typeof INDICATOR_PLACEMENTS)[number];

  @Field(() => String, {
    description: "The goal's title, the measure's code and title, the benefit's or the set's name.",
  })
  placedOn!: string;

  @Field(() => Int)
  baselineYear!: number;

  @Field(() => String)
  baselineValue!: string;

  @Field(() => Int)
  targetYear!: number;

  @Field(() => String)
  targetValue!: string;

  @Field(() => String, { description: 'INCREASE, DECREASE or MAINTAIN (IndicatorDirection).' })
  direction!: IndicatorDirection;

  @Field(() => ReportingFrequencyEnum)
  frequency!: ReportingFrequency;

  @Field(() => Int, { description: 'Version of the follow-up settings (0 before the first change).' })
  settingVersion!: number;

  @Field(() => KostraFigure, { nullable: true })
  kostraFigure!: KostraFigure | null;

  @Field(() => [String], { description: 'The periods due up to this year with no value for the region yet.' })
  missingPeriods!: string[];

  @Field(() => [IndicatorSeries], { description: 'The region first, then each member municipality.' })
  series!: IndicatorSeries[];

  @Field(() => [String], {
    description:
      'Municipality numbers the signed-in user may record for; "REGION" for the region as a whole.',
  })
  viewerCanRecordFor!: string[];

  @Field(() => Boolean, { description: 'Whether the signed-in user may change the reporting frequency.' })
  viewerCanEditSettings!: boolean;
}

@ObjectType()
export class IndicatorBoardMunicipality {
  @Field(() => String)
  number!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({
  description:
    "A KPI table with its values and charts: a strategy's, a network's, the region's, a KPI set's or a measure's indicators.",
})
export class IndicatorBoard {
  @Field(() => IndicatorScopeEnum)
  scope!: IndicatorScope;

  @Field(() => String, {
    description: "The strategy's, network's, set's or measure's id; the region's short name.",
  })
  scopeId!: string;

  @Field(() => String, {
    description: "The strategy's title, the network's or the region's name, the set's name.",
  })
  title!: string;

  @Field(() => ID, { nullable: true })
  strategyId!: string | null;

  @Field(() => String, { nullable: true })
  strategyTitle!: string | null;

  @Field(() => ID, { nullable: true })
  networkId!: string | null;

  @Field(() => String, { nullable: true })
  networkName!: string | null;

  @Field(() => String, { nullable: true, description: "A municipality's KPI set: its municipality." })
  municipalityNumber!: string | null;

  @Field(() => String)
  regionSlug!: string;

  @Field(() => String)
  regionName!: string;

  @Field(() => [IndicatorBoardMunicipality], {
    description: 'The areas the table can show besides the region.',
  })
  municipalities!: IndicatorBoardMunicipality[];

  @Field(() => [IndicatorOverview])
  indicators!: IndicatorOverview[];

  @Field(() => Boolean, {
    description: 'Whether the signed-in user may add and remove indicators here (KPI set, measure).',
  })
  viewerCanManage!: boolean;

  @Field(() => String, { description: 'The Excel export, relative to the API: exports/…/indicators.xlsx.' })
  exportPath!: string;
}

@ObjectType({
  description: "A region's or one municipality's own named set of indicators (e.g. a Bærum-style table).",
})
export class KpiSet {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true, description: "Null: the region's own set." })
  municipalityNumber!: string | null;

  @Field(() => String, { nullable: true })
  municipalityName!: string | null;

  @Field(() => Int)
  indicatorCount!: number;

  @Field(() => Boolean)
  viewerCanManage!: boolean;
}

@ObjectType()
export class IndicatorStrategy {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => String)
  networkName!: string;

  @Field(() => Int)
  periodFrom!: number;

  @Field(() => Int)
  periodTo!: number;

  @Field(() => Int)
  indicatorCount!: number;
}

@ObjectType({ description: 'One area of a benchmark: a municipality, a KOSTRA group or the country.' })
export class BenchmarkArea {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'MUNICIPALITY (the one benchmarked: SELF), GROUP or NATIONAL.' })
  kind!: 'SELF' | 'MUNICIPALITY' | 'GROUP' | 'NATIONAL';

  @Field(() => [KostraPoint])
  values!: KostraPoint[];
}

@ObjectType()
export class BenchmarkFigure {
  @Field(() => KostraFigure)
  figure!: KostraFigure;

  @Field(() => Int, { nullable: true, description: 'The latest year with any value.' })
  latestYear!: number | null;

  @Field(() => [BenchmarkArea])
  areas!: BenchmarkArea[];
}

@ObjectType({
  description: "A municipality's KOSTRA key figures against the region's others and its KOSTRA group.",
})
export class KostraBenchmark {
  @Field(() => String)
  municipalityNumber!: string;

  @Field(() => String)
  municipalityName!: string;

  @Field(() => String)
  regionName!: string;

  @Field(() => String, { nullable: true })
  kostraGroupCode!: string | null;

  @Field(() => String, { nullable: true })
  kostraGroupName!: string | null;

  @Field(() => [BenchmarkFigure], { description: 'Only figures with imported values.' })
  figures!: BenchmarkFigure[];
}
