import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@samarbeid/api/platform';
import type {
  BenefitStatus,
  BenefitType,
  BenefitUnitKind,
  CostKind,
  DistributionKeyKind,
} from '@samarbeid/shared/domain';
import {
  BENEFIT_STATUSES,
  BENEFIT_TYPES,
  BENEFIT_UNIT_KINDS,
  COST_KINDS,
  DISTRIBUTION_KEY_KINDS,
} from '@samarbeid/shared/domain';

export const CostKindEnum = graphqlEnum('CostKind', COST_KINDS, 'One-off (pukkel) or running cost.');
export const DistributionKeyKindEnum = graphqlEnum(
  'DistributionKeyKind',
  DISTRIBUTION_KEY_KINDS,
  'How a cost is split among the participating municipalities.',
);
export const BenefitTypeEnum = graphqlEnum('BenefitType', BENEFIT_TYPES, "Benefit types in DFØ's guidance.");
export const BenefitUnitKindEnum = graphqlEnum('BenefitUnitKind', BENEFIT_UNIT_KINDS);
export const BenefitStatusEnum = graphqlEnum(
  'BenefitStatus',
  BENEFIT_STATUSES,
  "Realised against planned, by the region's thresholds.",
);

/** Money on the wire: a decimal string in NOK ("12591000", "1234.50"), never a float. */
const MONEY = { description: 'Decimal string in NOK.' };

@ObjectType()
export class YearAmount {
  @Field(() => Int)
  year!: number;

  @Field(() => String, MONEY)
  amount!: string;
}

@ObjectType()
export class MeasureCost {
  @Field(() => Int)
  year!: number;

  @Field(() => CostKindEnum)
  kind!: CostKind;

  @Field(() => String, MONEY)
  amount!: string;

  @Field(() => String)
  note!: string;
}

@ObjectType({ description: "A participant's figures in a distribution key." })
export class CostKeyEntry {
  @Field(() => String)
  municipalityNumber!: string;

  @Field(() => String)
  municipalityName!: string;

  @Field(() => Int, { nullable: true, description: "SSB's population on 1 January of the key's year." })
  officialPopulation!: number | null;

  @Field(() => Int, { nullable: true, description: 'An agreed population used instead of the official one.' })
  populationOverride!: number | null;

  @Field(() => String, { nullable: true })
  adjustmentNote!: string | null;

  @Field(() => String, { nullable: true, description: 'USAGE: units of use (hours, cases).' })
  units!: string | null;

  @Field(() => String, { nullable: true, description: 'MANUAL: agreed percentage.' })
  percent!: string | null;
}

@ObjectType()
export class CostKey {
  @Field(() => DistributionKeyKindEnum)
  kind!: DistributionKeyKind;

  @Field(() => String, { nullable: true })
  fixedPercent!: string | null;

  @Field(() => Int, { nullable: true })
  populationYear!: number | null;

  @Field(() => String, { nullable: true })
  populationSource!: string | null;

  @Field(() => [CostKeyEntry], { description: 'One per participating municipality, by number.' })
  entries!: CostKeyEntry[];
}

@ObjectType()
export class CostShare {
  @Field(() => String)
  municipalityNumber!: string;

  @Field(() => String)
  municipalityName!: string;

  @Field(() => String, {
    description:
      'The exact share before rounding, total × numerator / denominator as a decimal string in NOK ("0.1" for a ' +
      'third of 0.30). When the quotient does not terminate (a third of 1000.01) it is rounded half up to 10 ' +
      'decimals and exactIsRounded is true. In totals: the sum of the yearly exact shares.',
  })
  exact!: string;

  @Field(() => Boolean, {
    description:
      'True when `exact` is not the exact share but rounded to 10 decimals, because the exact quotient does not ' +
      'terminate (in totals: when any of the summed shares is).',
  })
  exactIsRounded!: boolean;

  @Field(() => String, {
    description:
      'The share to pay, decimal string in NOK, by largest remainder (ties to the lower municipality number): whole ' +
      'kroner ("334") when the total is whole kroner, else kroner and øre with two decimals ("333.34"). The shares ' +
      'sum exactly to the total.',
  })
  amount!: string;

  @Field(() => String, { description: 'How the share was computed (Norwegian).' })
  explanation!: string;

  @Field(() => String)
  explanationEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What-if only: change from the share with everyone, in the share’s unit (kroner or øre).',
  })
  change!: string | null;

  @Field(() => Boolean, {
    description:
      'What-if only: the exact share rose but the rounded share fell by one unit (1 kr, or 1 øre when the total has ' +
      'øre): the largest-remainder paradox.',
  })
  roundingParadox!: boolean;

  @Field(() => String, { nullable: true })
  paradoxExplanation!: string | null;

  @Field(() => String, { nullable: true })
  paradoxExplanationEn!: string | null;
}

@ObjectType()
export class CostShareYear {
  @Field(() => Int)
  year!: number;

  @Field(() => String, MONEY)
  oneOff!: string;

  @Field(() => String, MONEY)
  running!: string;

  @Field(() => String, MONEY)
  total!: string;

  @Field(() => [CostShare])
  shares!: CostShare[];
}

@ObjectType({
  description: 'Each participant’s share of each year’s costs, or why the key cannot split them.',
})
export class CostShareTable {
  @Field(() => [CostShareYear])
  years!: CostShareYear[];

  @Field(() => [CostShare], { description: 'Each participant’s share summed over all years.' })
  totals!: CostShare[];

  @Field(() => String, { nullable: true, description: 'Why the key cannot split the costs (Norwegian).' })
  error!: string | null;

  @Field(() => String, { nullable: true })
  errorEn!: string | null;

  @Field(() => [String], { description: 'Municipalities left out in this what-if.' })
  excluded!: string[];
}

@ObjectType({
  description: "A service-purchase agreement's cost in a year, split among its buyers by its terms.",
})
export class AgreementCostYear {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => String)
  agreementTitle!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Months of the year the agreement is in force.' })
  months!: number;

  @Field(() => String, {
    ...MONEY,
    description: 'The price for the months, rounded half up to øre: the sum of the buyers’ shares.',
  })
  total!: string;

  @Field(() => [CostShare])
  shares!: CostShare[];
}

@ObjectType()
export class MunicipalityRef {
  @Field(() => String)
  number!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: "A measure's costs, distribution key and shares." })
export class MeasureEconomics {
  @Field(() => ID)
  measureId!: string;

  @Field(() => String)
  measureCode!: string;

  @Field(() => String)
  measureTitle!: string;

  @Field(() => Int, {
    nullable: true,
    description: "First year of the measure's period (yearly figures must lie within); null: no period yet.",
  })
  firstYear!: number | null;

  @Field(() => Int, { nullable: true })
  lastYear!: number | null;

  @Field(() => [MeasureCost])
  costs!: MeasureCost[];

  @Field(() => CostKey)
  key!: CostKey;

  @Field(() => [MunicipalityRef], { description: 'Participating municipalities, by number.' })
  participants!: MunicipalityRef[];

  @Field(() => CostShareTable)
  shares!: CostShareTable;

  @Field(() => [AgreementCostYear], {
    description:
      'Costs of the service-purchase agreements in force for this measure, split by their own terms.',
  })
  agreementCosts!: AgreementCostYear[];

  @Field(() => [Int], { description: 'Years with population figures, newest first.' })
  populationYears!: number[];

  @Field(() => Int, { description: 'Guards costs and key together; give it back as expectedVersion.' })
  version!: number;

  @Field(() => Boolean)
  viewerCanEdit!: boolean;
}

@ObjectType()
export class BenefitPlanValue {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true, description: 'Null: the whole region.' })
  municipalityNumber!: string | null;

  @Field(() => String)
  planned!: string;
}

@ObjectType()
export class BenefitActual {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  municipalityNumber!: string;

  @Field(() => String)
  value!: string;

  @Field(() => String)
  comment!: string;

  @Field(() => String, { nullable: true })
  recordedByName!: string | null;

  @Field(() => Date)
  recordedAt!: Date;
}

@ObjectType({ description: 'Planned against realised for a year.' })
export class BenefitYear {
  @Field(() => Int)
  year!: number;

  @Field(() => String)
  planned!: string;

  @Field(() => String, { nullable: true, description: 'Null until something is recorded for the year.' })
  realised!: string | null;

  @Field(() => String, { nullable: true, description: 'Realised as a percentage of planned, one decimal.' })
  percent!: string | null;

  @Field(() => BenefitStatusEnum, { nullable: true })
  status!: BenefitStatus | null;
}

@ObjectType()
export class Benefit {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  measureId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => BenefitTypeEnum)
  type!: BenefitType;

  @Field(() => BenefitUnitKindEnum)
  unitKind!: BenefitUnitKind;

  @Field(() => String, { nullable: true })
  fteCostNok!: string | null;

  @Field(() => String, { nullable: true })
  indicator!: string | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => String, { nullable: true })
  baselineValue!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  baselineDate!: string | null;

  @Field(() => String)
  owner!: string;

  @Field(() => String, { description: 'Benefit map: the change that brings the benefit.' })
  change!: string;

  @Field(() => ID, { nullable: true })
  goalId!: string | null;

  @Field(() => String, { nullable: true, description: 'Benefit map: the strategy goal served.' })
  goalTitle!: string | null;

  @Field(() => Boolean)
  perMunicipality!: boolean;

  @Field(() => [BenefitPlanValue])
  plan!: BenefitPlanValue[];

  @Field(() => [BenefitActual], { description: 'Every recorded value, newest first.' })
  actuals!: BenefitActual[];

  @Field(() => [BenefitYear], { description: 'In the benefit’s own unit, summed over municipalities.' })
  years!: BenefitYear[];

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class BenefitThresholds {
  @Field(() => String)
  greenFromPercent!: string;

  @Field(() => String)
  yellowFromPercent!: string;
}

@ObjectType({ description: "A measure's benefit-realisation plan." })
export class BenefitPlan {
  @Field(() => ID)
  measureId!: string;

  @Field(() => Int, { nullable: true })
  firstYear!: number | null;

  @Field(() => Int, { nullable: true })
  lastYear!: number | null;

  @Field(() => [Benefit])
  benefits!: Benefit[];

  @Field(() => [BenefitYear], { description: 'Economic benefits (kroner and FTE × cost) in NOK, per year.' })
  years!: BenefitYear[];

  @Field(() => BenefitThresholds)
  thresholds!: BenefitThresholds;

  @Field(() => [MunicipalityRef], { description: 'Participating municipalities.' })
  participants!: MunicipalityRef[];

  @Field(() => Boolean, { description: 'May change benefits and planned values.' })
  viewerCanEdit!: boolean;

  @Field(() => [String], { description: 'Municipalities the caller may record actual values for.' })
  viewerCanRecordFor!: string[];
}

@ObjectType()
export class MunicipalityEconomicsYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Measures it takes part in that have costs or plans this year.' })
  measureCount!: number;

  @Field(() => String, MONEY)
  pays!: string;

  @Field(() => String, MONEY)
  plannedGain!: string;

  @Field(() => String, { ...MONEY, nullable: true })
  realisedGain!: string | null;

  @Field(() => String, { ...MONEY, nullable: true, description: 'Its own required saving, when set.' })
  required!: string | null;
}

@ObjectType()
export class MunicipalityMeasureEconomics {
  @Field(() => ID)
  measureId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [YearAmount])
  pays!: YearAmount[];

  @Field(() => [YearAmount])
  plannedGain!: YearAmount[];

  @Field(() => [YearAmount])
  realisedGain!: YearAmount[];

  @Field(() => String, { nullable: true, description: 'Why its share cannot be computed (Norwegian).' })
  shareError!: string | null;
}

@ObjectType({ description: 'What a municipality takes part in, pays and gains, per year.' })
export class MunicipalityEconomics {
  @Field(() => String)
  regionSlug!: string;

  @Field(() => String)
  regionName!: string;

  @Field(() => String)
  municipalityNumber!: string;

  @Field(() => String)
  municipalityName!: string;

  @Field(() => Int, { description: 'Measures it takes part in.' })
  measureCount!: number;

  @Field(() => [MunicipalityEconomicsYear])
  years!: MunicipalityEconomicsYear[];

  @Field(() => [MunicipalityMeasureEconomics], { description: 'The measures behind the figures, by code.' })
  measures!: MunicipalityMeasureEconomics[];
}

@ObjectType()
export class SavingsRequirement {
  @Field(() => String, { nullable: true, description: 'Null: the whole region.' })
  municipalityNumber!: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => String, MONEY)
  amount!: string;
}

@ObjectType({ description: 'Required against planned and realised savings for a year (the portfolio gap).' })
export class SavingsGapYear {
  @Field(() => Int)
  year!: number;

  @Field(() => String, MONEY)
  required!: string;

  @Field(() => String, MONEY)
  planned!: string;

  @Field(() => String, MONEY)
  realised!: string;

  @Field(() => String, { description: 'Planned minus required: negative is a gap still to be filled.' })
  plannedGap!: string;

  @Field(() => String, { description: 'Realised minus required.' })
  realisedGap!: string;
}

@ObjectType()
export class RegionMeasureEconomics {
  @Field(() => ID)
  measureId!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [YearAmount])
  costs!: YearAmount[];

  @Field(() => [YearAmount])
  plannedGain!: YearAmount[];

  @Field(() => [YearAmount])
  realisedGain!: YearAmount[];
}

@ObjectType()
export class RegionEconomics {
  @Field(() => String)
  regionSlug!: string;

  @Field(() => String)
  regionName!: string;

  @Field(() => BenefitThresholds)
  thresholds!: BenefitThresholds;

  @Field(() => [SavingsGapYear])
  years!: SavingsGapYear[];

  @Field(() => [SavingsRequirement])
  requirements!: SavingsRequirement[];

  @Field(() => [RegionMeasureEconomics], { description: 'Measures with costs or benefits, by code.' })
  measures!: RegionMeasureEconomics[];

  @Field(() => Int)
  version!: number;

  @Field(() => Boolean, { description: 'May set required savings and thresholds (secretariat).' })
  viewerCanEdit!: boolean;
}

@ObjectType()
export class BenefitImportResult {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  plannedValues!: number;
}
