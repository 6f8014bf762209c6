import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@samarbeid/api/platform';
import type {
  AgreementDecision,
  AgreementLegalForm,
  AgreementPartyRole,
  AgreementStatus,
  PriceModel,
  VolumeUnit,
} from '@samarbeid/shared/domain';
import {
  AGREEMENT_DECISIONS,
  AGREEMENT_LEGAL_FORMS,
  AGREEMENT_PARTY_ROLES,
  AGREEMENT_STATUSES,
  PRICE_MODELS,
  VOLUME_UNITS,
} from '@samarbeid/shared/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  AgreementDecisionEnum,
  AgreementLegalFormEnum,
  AgreementPartyRoleEnum,
  AgreementStatusEnum,
  PriceModelEnum,
  VolumeUnitEnum,
} from './agreements.types';

const AMOUNT = /^(?!-)\d{1,14}(\.\d{1,2})?$/;
const AMOUNT_MESSAGE =
  'Beløp må være et tall som ikke er negativt, med høyst to desimaler (f.eks. 125000 eller 1250.50).|' +
  'Amounts must be non-negative numbers with at most two decimals (e.g. 125000 or 1250.50).';
const VOLUME_MESSAGE =
  'Volum må være et tall som ikke er negativt, med høyst to desimaler (f.eks. 1200 eller 0.5).|' +
  'A volume must be a non-negative number with at most two decimals (e.g. 1200 or 0.5).';
const SHARE_MESSAGE =
  'Eierandelen må være en prosent fra 0 til 100 med høyst seks desimaler.|' +
  'The owner share must be a percentage from 0 to 100 with at most six decimals.';
const MUNICIPALITY_MESSAGE = 'Kommunenummer har fire sifre.|A municipality number has four digits.';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Datoen må skrives ÅÅÅÅ-MM-DD.|The date must be written YYYY-MM-DD.';
const NOTICE_MESSAGE =
  'Oppsigelsestiden må være et helt antall måneder fra 0 til 60.|' +
  'The notice period must be a whole number of months from 0 to 60.';
const AGREEMENT_MESSAGE = 'Ukjent avtale.|Unknown agreement.';
const SLUG_MESSAGE = 'Kortnavnet kan være høyst 64 tegn.|The short name can be at most 64 characters.';

@InputType()
export class AgreementPartyInput {
  @Field(() => String)
  @Matches(/^\d{4}$/, { message: MUNICIPALITY_MESSAGE })
  municipalityNumber!: string;

  @Field(() => AgreementPartyRoleEnum)
  @IsIn(AGREEMENT_PARTY_ROLES, { message: 'Ukjent partsrolle.|Unknown party role.' })
  role!: AgreementPartyRole;

  @Field(() => String, { nullable: true, description: 'IKS / oppgavefellesskap: percent, 0–100.' })
  @IsOptional()
  @Matches(/^(?!-)\d{1,3}(\.\d{1,6})?$/, { message: SHARE_MESSAGE })
  ownerShare?: string | null;

  @Field(() => String, { nullable: true, description: 'NOK per year (not for service purchases).' })
  @IsOptional()
  @Matches(AMOUNT, { message: AMOUNT_MESSAGE })
  annualCost?: string | null;

  @Field(() => String, { nullable: true, description: "Service purchase: this buyer's part of the volume." })
  @IsOptional()
  @Matches(AMOUNT, { message: VOLUME_MESSAGE })
  buyerVolume?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{9}$/, {
    message: 'Organisasjonsnummeret har ni sifre.|An organisation number has nine digits.',
  })
  organisationNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, {
    message: 'Signataren kan være høyst 200 tegn.|The signatory can be at most 200 characters.',
  })
  signatory?: string | null;
}

@InputType({
  description: 'Procurement regulation § 3-3; all six are needed before a service purchase is submitted.',
})
export class ProcurementAssessmentInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  commonPublicGoals?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  publicInterestOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  marketShareUnder20?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Navnet kan være høyst 200 tegn.|The name can be at most 200 characters.' })
  assessedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  assessedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000, {
    message: 'Konklusjonen kan være høyst 4000 tegn.|The conclusion can be at most 4000 characters.',
  })
  conclusion?: string | null;
}

/**
 * The terms of a version. On update, a field left out keeps its value from the current version ("copy + changes");
 * null clears it. `parties`, when given, replaces the list; `assessment`, when given, replaces the assessment.
 */
@InputType()
export class AgreementTermsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000, {
    message:
      'Tjenestebeskrivelsen kan være høyst 20 000 tegn.|The service description can be at most 20,000 characters.',
  })
  serviceDescription?: string | null;

  @Field(() => String, { nullable: true, description: 'Volume per year, in volumeUnit.' })
  @IsOptional()
  @Matches(AMOUNT, { message: VOLUME_MESSAGE })
  volumeAmount?: string | null;

  @Field(() => VolumeUnitEnum, { nullable: true })
  @IsOptional()
  @IsIn(VOLUME_UNITS, { message: 'Ukjent volumenhet.|Unknown volume unit.' })
  volumeUnit?: VolumeUnit | null;

  @Field(() => PriceModelEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRICE_MODELS, { message: 'Ukjent prismodell.|Unknown price model.' })
  priceModel?: PriceModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'NOK: per year, per hour or per case by the price model.',
  })
  @IsOptional()
  @Matches(AMOUNT, { message: AMOUNT_MESSAGE })
  price?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, {
    message: 'Prisjusteringen kan være høyst 2000 tegn.|The price adjustment can be at most 2000 characters.',
  })
  priceAdjustment?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  endDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: NOTICE_MESSAGE })
  @Min(0, { message: NOTICE_MESSAGE })
  @Max(60, { message: NOTICE_MESSAGE })
  noticeMonths?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  dataProcessingAgreement?: boolean | null;

  @Field(() => ProcurementAssessmentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProcurementAssessmentInput)
  assessment?: ProcurementAssessmentInput | null;

  @Field(() => [AgreementPartyInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgreementPartyInput)
  parties?: AgreementPartyInput[] | null;
}

@InputType()
export class CreateAgreementInput {
  @Field(() => String)
  @IsString()
  @MaxLength(64, { message: SLUG_MESSAGE })
  regionSlug!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 300, {
    message: 'Gi avtalen en tittel (høyst 300 tegn).|Give the agreement a title (at most 300 characters).',
  })
  title!: string;

  @Field(() => AgreementLegalFormEnum)
  @IsIn(AGREEMENT_LEGAL_FORMS, { message: 'Ukjent avtaleform.|Unknown legal form.' })
  legalForm!: AgreementLegalForm;

  @Field(() => ID, { nullable: true, description: 'The measure the agreement belongs to.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ukjent tiltak.|Unknown measure.' })
  measureId?: string | null;

  @Field(() => AgreementTermsInput)
  @ValidateNested()
  @Type(() => AgreementTermsInput)
  terms!: AgreementTermsInput;
}

@InputType()
export class UpdateAgreementInput {
  @Field(() => ID)
  @IsUUID('all', { message: AGREEMENT_MESSAGE })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version read; a stale one is refused with CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300, {
    message: 'Gi avtalen en tittel (høyst 300 tegn).|Give the agreement a title (at most 300 characters).',
  })
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'Left out: unchanged; null: no measure.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ukjent tiltak.|Unknown measure.' })
  measureId?: string | null;

  @Field(() => AgreementTermsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgreementTermsInput)
  terms?: AgreementTermsInput | null;
}

@InputType()
export class AgreementStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: AGREEMENT_MESSAGE })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version read; a stale one is refused with CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;
}

@InputType()
export class TerminateAgreementInput extends AgreementStepInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, {
    message: 'Begrunnelsen kan være høyst 2000 tegn.|The reason can be at most 2000 characters.',
  })
  reason?: string | null;
}

@InputType()
export class DecideAgreementInput {
  @Field(() => ID)
  @IsUUID('all', { message: AGREEMENT_MESSAGE })
  agreementId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Versjonsnummeret er minst 1.|The version number is at least 1.' })
  versionNumber!: number;

  @Field(() => AgreementDecisionEnum)
  @IsIn(AGREEMENT_DECISIONS, { message: 'Velg godkjenn eller avvis.|Choose approve or reject.' })
  decision!: AgreementDecision;

  @Field(() => String, { nullable: true, description: 'Required when rejecting.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, {
    message: 'Kommentaren kan være høyst 2000 tegn.|The comment can be at most 2000 characters.',
  })
  comment?: string | null;
}

@InputType()
export class AgreementFilter {
  @Field(() => [AgreementLegalFormEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsIn(AGREEMENT_LEGAL_FORMS, { each: true, message: 'Ukjent avtaleform.|Unknown legal form.' })
  legalForms?: AgreementLegalForm[] | null;

  @Field(() => [AgreementStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsIn(AGREEMENT_STATUSES, { each: true, message: 'Ukjent status.|Unknown status.' })
  statuses?: AgreementStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Agreements this municipality is a party to.' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: MUNICIPALITY_MESSAGE })
  municipalityNumber?: string | null;
}

@ArgsType()
export class AgreementsArgs extends PageArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(64, { message: SLUG_MESSAGE })
  regionSlug!: string;

  @Field(() => AgreementFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgreementFilter)
  filter?: AgreementFilter | null;
}

@ArgsType()
export class AgreementIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: AGREEMENT_MESSAGE })
  id!: string;
}

@ArgsType()
export class MunicipalityAgreementsArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(64, { message: SLUG_MESSAGE })
  regionSlug!: string;

  @Field(() => String)
  @Matches(/^\d{4}$/, { message: MUNICIPALITY_MESSAGE })
  municipalityNumber!: string;

  @Field(() => Int, { defaultValue: 6, description: 'Deadlines within this many months count as soon.' })
  @IsInt({ message: 'Antall måneder må være et heltall.|The number of months must be a whole number.' })
  @Min(0, { message: 'Antall måneder må være 0–120.|The number of months must be 0–120.' })
  @Max(120, { message: 'Antall måneder må være 0–120.|The number of months must be 0–120.' })
  withinMonths = 6;

  @Field(() => String, {
    nullable: true,
    description: 'See the deadlines from this day (YYYY-MM-DD); today when left out.',
  })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  asOf?: string | null;
}

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only unread ones.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean | null;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Velg minst ett varsel.|Choose at least one notification.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'Ukjent varsel.|Unknown notification.' })
  ids!: string[];
}
