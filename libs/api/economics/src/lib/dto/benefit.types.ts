import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { BenefitStatus, BenefitType, BenefitUnitKind } from '@samarbeid/shared/domain';

import { BenefitStatusEnum, BenefitTypeEnum, BenefitUnitKindEnum } from './economics.enums';
import { MunicipalityRef, Text, Whole } from './shared.types';

/** A measure's benefit-realisation plan: planned against realised, per benefit and in all. */

@ObjectType()
export class BenefitPlanValue {
  @Whole()
  year!: number;

  @Text({ nullable: true, description: 'Null: the whole region.' })
  municipalityNumber!: string | null;

  @Text()
  planned!: string;
}

@ObjectType()
export class BenefitActual {
  @Field(() => ID)
  id!: string;

  @Whole()
  year!: number;

  @Text()
  municipalityNumber!: string;

  @Text()
  value!: string;

  @Text()
  comment!: string;

  @Text({ nullable: true })
  recordedByName!: string | null;

  @Field(() => Date)
  recordedAt!: Date;
}

@ObjectType({ description: 'Planned against realised for a year.' })
export class BenefitYear {
  @Whole()
  year!: number;

  @Text()
  planned!: string;

  @Text({ nullable: true, description: 'Null until something is recorded for the year.' })
  realised!: string | null;

  @Text({ nullable: true, description: 'Realised as a percentage of planned, one decimal.' })
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

  @Text()
  title!: string;

  @Field(() => BenefitTypeEnum)
  type!: BenefitType;

  @Field(() => BenefitUnitKindEnum)
  unitKind!: BenefitUnitKind;

  @Text({ nullable: true })
  fteCostNok!: string | null;

  @Text({ nullable: true })
  indicator!: string | null;

  @Text({ nullable: true })
  unit!: string | null;

  @Text({ nullable: true })
  baselineValue!: string | null;

  @Text({ nullable: true, description: 'YYYY-MM-DD' })
  baselineDate!: string | null;

  @Text()
  owner!: string;

  @Text({ description: 'Benefit map: the change that brings the benefit.' })
  change!: string;

  @Field(() => ID, { nullable: true })
  goalId!: string | null;

  @Text({ nullable: true, description: 'Benefit map: the strategy goal served.' })
  goalTitle!: string | null;

  @Field(() => Boolean)
  perMunicipality!: boolean;

  @Field(() => [BenefitPlanValue])
  plan!: BenefitPlanValue[];

  @Field(() => [BenefitActual], { description: 'Every recorded value, newest first.' })
  actuals!: BenefitActual[];

  @Field(() => [BenefitYear], { description: 'In the benefit’s own unit, summed over municipalities.' })
  years!: BenefitYear[];

  @Whole()
  version!: number;
}

@ObjectType()
export class BenefitThresholds {
  @Text()
  greenFromPercent!: string;

  @Text()
  yellowFromPercent!: string;
}

@ObjectType({ description: "A measure's benefit-realisation plan." })
export class BenefitPlan {
  @Field(() => ID)
  measureId!: string;

  @Whole({ nullable: true })
  firstYear!: number | null;

  @Whole({ nullable: true })
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
export class BenefitImportResult {
  @Whole()
  created!: number;

  @Whole()
  updated!: number;

  @Whole()
  plannedValues!: number;
}
