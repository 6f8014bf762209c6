import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CostKind, DistributionKeyKind } from '@samarbeid/shared/domain';

import { CostKindEnum, DistributionKeyKindEnum } from './economics.enums';
import { Money, MunicipalityNamed, MunicipalityRef, Text, Whole, YearAmount } from './shared.types';

/** A measure's costs, distribution key and each participant's share. */

@ObjectType()
export class MeasureCost extends YearAmount {
  @Field(() => CostKindEnum)
  kind!: CostKind;

  @Text()
  note!: string;
}

@ObjectType({ description: "A participant's figures in a distribution key." })
export class CostKeyEntry extends MunicipalityNamed {
  @Whole({ nullable: true, description: "SSB's population on 1 January of the key's year." })
  officialPopulation!: number | null;

  @Whole({ nullable: true, description: 'An agreed population used instead of the official one.' })
  populationOverride!: number | null;

  @Text({ nullable: true })
  adjustmentNote!: string | null;

  @Text({ nullable: true, description: 'USAGE: units of use (hours, cases).' })
  units!: string | null;

  @Text({ nullable: true, description: 'MANUAL: agreed percentage.' })
  percent!: string | null;
}

@ObjectType()
export class CostKey {
  @Field(() => DistributionKeyKindEnum)
  kind!: DistributionKeyKind;

  @Text({ nullable: true })
  fixedPercent!: string | null;

  @Whole({ nullable: true })
  populationYear!: number | null;

  @Text({ nullable: true })
  populationSource!: string | null;

  @Field(() => [CostKeyEntry], { description: 'One per participating municipality, by number.' })
  entries!: CostKeyEntry[];
}

@ObjectType()
export class CostShare extends MunicipalityNamed {
  @Text({
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

  @Text({
    description:
      'The share to pay, decimal string in NOK, by largest remainder (ties to the lower municipality number): whole ' +
      'kroner ("334") when the total is whole kroner, else kroner and øre with two decimals ("333.34"). The shares ' +
      'sum exactly to the total.',
  })
  amount!: string;

  @Text({ description: 'How the share was computed (Norwegian).' })
  explanation!: string;

  @Text()
  explanationEn!: string;

  @Text({
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

  @Text({ nullable: true })
  paradoxExplanation!: string | null;

  @Text({ nullable: true })
  paradoxExplanationEn!: string | null;
}

@ObjectType()
export class CostShareYear {
  @Whole()
  year!: number;

  @Money()
  oneOff!: string;

  @Money()
  running!: string;

  @Money()
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

  @Text({ nullable: true, description: 'Why the key cannot split the costs (Norwegian).' })
  error!: string | null;

  @Text({ nullable: true })
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

  @Text()
  agreementTitle!: string;

  @Whole()
  year!: number;

  @Whole({ description: 'Months of the year the agreement is in force.' })
  months!: number;

  @Money({ description: 'The price for the months, rounded half up to øre: the sum of the buyers’ shares.' })
  total!: string;

  @Field(() => [CostShare])
  shares!: CostShare[];
}

@ObjectType({ description: "A year's income and actual cost of a measure, as recorded." })
export class CostYearFigure {
  @Whole()
  year!: number;

  @Money({
    nullable: true,
    description: 'Income in the year (a grant, sales), split by the key; null: none.',
  })
  income!: string | null;

  @Text({ description: 'What the income is.' })
  incomeSource!: string;

  @Money({ nullable: true, description: 'The actual cost of the year; null: not recorded yet.' })
  actual!: string | null;

  @Text()
  actualNote!: string;
}

@ObjectType({ description: 'A year of the plan against what happened.' })
export class CostYearSummaryRow {
  @Whole()
  year!: number;

  @Money({ description: 'One-off and running costs planned.' })
  planned!: string;

  @Money()
  income!: string;

  @Money({ description: 'Planned costs less income.' })
  net!: string;

  @Money({ nullable: true })
  actual!: string | null;

  @Money({ nullable: true, description: 'Actual less planned (negative: less than planned).' })
  deviation!: string | null;
}

@ObjectType({ description: "A measure's costs, distribution key and shares." })
export class MeasureEconomics {
  @Field(() => ID)
  measureId!: string;

  @Text()
  measureCode!: string;

  @Text()
  measureTitle!: string;

  @Whole({
    nullable: true,
    description: "First year of the measure's period (yearly figures must lie within); null: no period yet.",
  })
  firstYear!: number | null;

  @Whole({ nullable: true })
  lastYear!: number | null;

  @Field(() => [MeasureCost])
  costs!: MeasureCost[];

  @Field(() => CostKey)
  key!: CostKey;

  @Field(() => [MunicipalityRef], { description: 'Participating municipalities, by number.' })
  participants!: MunicipalityRef[];

  @Field(() => CostShareTable)
  shares!: CostShareTable;

  @Field(() => [CostYearFigure], { description: 'Income and actual costs per year, in year order.' })
  yearFigures!: CostYearFigure[];

  @Field(() => [CostYearSummaryRow], {
    description: 'Every year with costs, income or an actual cost: planned against actual, exact.',
  })
  yearSummary!: CostYearSummaryRow[];

  @Field(() => CostShareTable, {
    description: "Each participant's share of each year's income, by the same key as the costs.",
  })
  incomeShares!: CostShareTable;

  @Field(() => [AgreementCostYear], {
    description:
      'Costs of the service-purchase agreements in force for this measure, split by their own terms.',
  })
  agreementCosts!: AgreementCostYear[];

  @Field(() => [Int], { description: 'Years with population figures, newest first.' })
  populationYears!: number[];

  @Whole({ description: 'Guards costs and key together; give it back as expectedVersion.' })
  version!: number;

  @Field(() => Boolean)
  viewerCanEdit!: boolean;
}
