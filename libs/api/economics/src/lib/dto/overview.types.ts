import { Field, ID, ObjectType } from '@nestjs/graphql';

import { BenefitThresholds } from './benefit.types';
import { Money, RegionNamed, Text, Whole, YearAmount } from './shared.types';

/** Economics across measures: a municipality's payments and gains, and the region's savings gap. */

/** A measure in an overview, with its economic benefits (in NOK) planned and realised per year. */
@ObjectType({ isAbstract: true })
abstract class MeasureGains {
  @Field(() => ID)
  measureId!: string;

  @Text()
  code!: string;

  @Text()
  title!: string;

  @Field(() => [YearAmount])
  plannedGain!: YearAmount[];

  @Field(() => [YearAmount])
  realisedGain!: YearAmount[];
}

@ObjectType()
export class MunicipalityEconomicsYear {
  @Whole()
  year!: number;

  @Whole({ description: 'Measures it takes part in that have costs or plans this year.' })
  measureCount!: number;

  @Money()
  pays!: string;

  @Money({ description: 'Its share of the measures’ income, and what buyers pay for services it sells.' })
  earns!: string;

  @Money()
  plannedGain!: string;

  @Money({ nullable: true })
  realisedGain!: string | null;

  @Money({ nullable: true, description: 'Its own required saving, when set.' })
  required!: string | null;
}

@ObjectType()
export class MunicipalityMeasureEconomics extends MeasureGains {
  @Field(() => [YearAmount])
  pays!: YearAmount[];

  @Field(() => [YearAmount], {
    description: 'Its share of the income by the key, and what buyers pay under service purchases it sells.',
  })
  earns!: YearAmount[];

  @Text({ nullable: true, description: 'Why its share cannot be computed (Norwegian).' })
  shareError!: string | null;
}

@ObjectType({ description: 'What a municipality takes part in, pays and gains, per year.' })
export class MunicipalityEconomics extends RegionNamed {
  @Text()
  municipalityNumber!: string;

  @Text()
  municipalityName!: string;

  @Whole({ description: 'Measures it takes part in.' })
  measureCount!: number;

  @Field(() => [MunicipalityEconomicsYear])
  years!: MunicipalityEconomicsYear[];

  @Field(() => [MunicipalityMeasureEconomics], { description: 'The measures behind the figures, by code.' })
  measures!: MunicipalityMeasureEconomics[];
}

@ObjectType()
export class SavingsRequirement extends YearAmount {
  @Text({ nullable: true, description: 'Null: the whole region.' })
  municipalityNumber!: string | null;
}

@ObjectType({ description: 'Required against planned and realised savings for a year (the portfolio gap).' })
export class SavingsGapYear {
  @Whole()
  year!: number;

  @Money()
  required!: string;

  @Money()
  planned!: string;

  @Money()
  realised!: string;

  @Text({ description: 'Planned minus required: negative is a gap still to be filled.' })
  plannedGap!: string;

  @Text({ description: 'Realised minus required.' })
  realisedGap!: string;
}

@ObjectType()
export class RegionMeasureEconomics extends MeasureGains {
  @Field(() => [YearAmount])
  costs!: YearAmount[];
}

@ObjectType()
export class RegionEconomics extends RegionNamed {
  @Field(() => BenefitThresholds)
  thresholds!: BenefitThresholds;

  @Field(() => [SavingsGapYear])
  years!: SavingsGapYear[];

  @Field(() => [SavingsRequirement])
  requirements!: SavingsRequirement[];

  @Field(() => [RegionMeasureEconomics], { description: 'Measures with costs or benefits, by code.' })
  measures!: RegionMeasureEconomics[];

  @Whole()
  version!: number;

  @Field(() => Boolean, { description: 'May set required savings and thresholds (secretariat).' })
  viewerCanEdit!: boolean;
}
