import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ErrorText } from '@samarbeid/api/platform';
import {
  ExpectedVersionField,
  IdField,
  MunicipalityNumberField,
  PageArgs,
  PatternField,
  TextField,
} from '@samarbeid/api/platform';
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
  IsUUID,
  Max,
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

type Message = `${string}|${string}`;
const message = (nb: string, en: string): Message => `${nb}|${en}`;

const AMOUNT = /^(?!-)\d{1,14}(\.\d{1,2})?$/;
const AMOUNT_MESSAGE = message(
  'Beløp må være et tall som ikke er negativt, med høyst to desimaler (f.eks. 125000 eller 1250.50).',
  'Amounts must be non-negative numbers with at most two decimals (e.g. 125000 or 1250.50).',
);
const VOLUME_MESSAGE = message(
  'Volum må være et tall som ikke er negativt, med høyst to desimaler (f.eks. 1200 eller 0.5).',
  'A volume must be a non-negative number with at most two decimals (e.g. 1200 or 0.5).',
);
const SHARE = /^(?!-)\d{1,3}(\.\d{1,6})?$/;
const SHARE_MESSAGE = message(
  'Eierandelen må være en prosent fra 0 til 100 med høyst seks desimaler.',
  'The owner share must be a percentage from 0 to 100 with at most six decimals.',
);
const NOTICE_MESSAGE =
  'Oppsigelsestiden må være et helt antall måneder fra 0 til 60.|' +
  'The notice period must be a whole number of months from 0 to 60.';
const AGREEMENT_MESSAGE = 'Ukjent avtale.|Unknown agreement.';
const MEASURE_MESSAGE = 'Ukjent tiltak.|Unknown measure.';

/** A date, YYYY-MM-DD (whether it exists is the terms rules' to say). */
const DateField = (options: { optional?: boolean; description?: string } = {}) =>
  PatternField(/^\d{4}-\d{2}-\d{2}$/, 'Datoen må skrives ÅÅÅÅ-MM-DD.|The date must be written YYYY-MM-DD.', {
    description: 'YYYY-MM-DD',
    ...options,
  });

/** "Signataren kan være høyst 200 tegn." (the agreements' wording; numbers from 10 000 grouped). */
function tooLong(label: ErrorText, max: number): Message {
  const grouped = (separator: string) =>
    max >= 10_000 ? String(max).replace(/\B(?=(\d{3})+(?!\d))/g, separator) : String(max);
  const [nb, en] = [grouped(' '), grouped(',')];
  return `${label.nb} kan være høyst ${nb} tegn.|${label.en} can be at most ${en} characters.`;
}

/** A text that may be left out or null, at most `max` characters. */
const OptionalText = (label: ErrorText, max: number, description?: string) =>
  TextField({ label, max, tooLong: tooLong(label, max), optional: true, description });

const SLUG_LABEL = { nb: 'Kortnavnet', en: 'The short name' };
const REGION_SLUG = { max: 64, label: SLUG_LABEL, tooLong: tooLong(SLUG_LABEL, 64) };

const TITLE_MESSAGE: Message =
  'Gi avtalen en tittel (høyst 300 tegn).|Give the agreement a title (at most 300 characters).';
const TITLE = {
  max: 300,
  required: true,
  label: { nb: 'Tittelen', en: 'The title' },
  missing: TITLE_MESSAGE,
  tooLong: TITLE_MESSAGE,
} as const;

@InputType()
export class AgreementPartyInput {
  @MunicipalityNumberField()
  municipalityNumber!: string;

  @Field(() => AgreementPartyRoleEnum)
  @IsIn(AGREEMENT_PARTY_ROLES, { message: 'Ukjent partsrolle.|Unknown party role.' })
  role!: AgreementPartyRole;

  @PatternField(SHARE, SHARE_MESSAGE, {
    optional: true,
    description: 'IKS / oppgavefellesskap: percent, 0–100.',
  })
  ownerShare?: string | null;

  @PatternField(AMOUNT, AMOUNT_MESSAGE, {
    optional: true,
    description: 'NOK per year (not for service purchases).',
  })
  annualCost?: string | null;

  @PatternField(AMOUNT, VOLUME_MESSAGE, {
    optional: true,
    description: "Service purchase: this buyer's part of the volume.",
  })
  buyerVolume?: string | null;

  @PatternField(/^\d{9}$/, 'Organisasjonsnummeret har ni sifre.|An organisation number has nine digits.', {
    optional: true,
  })
  organisationNumber?: string | null;

  @OptionalText({ nb: 'Signataren', en: 'The signatory' }, 200)
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

  @OptionalText({ nb: 'Navnet', en: 'The name' }, 200)
  assessedBy?: string | null;

  @DateField({ optional: true })
  assessedOn?: string | null;

  @OptionalText({ nb: 'Konklusjonen', en: 'The conclusion' }, 4000)
  conclusion?: string | null;
}

/**
 * The terms of a version. On update, a field left out keeps its value from the current version ("copy + changes");
 * null clears it. `parties`, when given, replaces the list; `assessment`, when given, replaces the assessment.
 */
@InputType()
export class AgreementTermsInput {
  @OptionalText({ nb: 'Tjenestebeskrivelsen', en: 'The service description' }, 20_000)
  serviceDescription?: string | null;

  @PatternField(AMOUNT, VOLUME_MESSAGE, { optional: true, description: 'Volume per year, in volumeUnit.' })
  volumeAmount?: string | null;

  @Field(() => VolumeUnitEnum, { nullable: true })
  @IsOptional()
  @IsIn(VOLUME_UNITS, { message: 'Ukjent volumenhet.|Unknown volume unit.' })
  volumeUnit?: VolumeUnit | null;

  @Field(() => PriceModelEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRICE_MODELS, { message: 'Ukjent prismodell.|Unknown price model.' })
  priceModel?: PriceModel | null;

  @PatternField(AMOUNT, AMOUNT_MESSAGE, {
    optional: true,
    description: 'NOK: per year, per hour or per case by the price model.',
  })
  price?: string | null;

  @OptionalText({ nb: 'Prisjusteringen', en: 'The price adjustment' }, 2000)
  priceAdjustment?: string | null;

  @DateField({ optional: true })
  startDate?: string | null;

  @DateField({ optional: true })
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
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @TextField(TITLE)
  title!: string;

  @Field(() => AgreementLegalFormEnum)
  @IsIn(AGREEMENT_LEGAL_FORMS, { message: 'Ukjent avtaleform.|Unknown legal form.' })
  legalForm!: AgreementLegalForm;

  @IdField(MEASURE_MESSAGE, { optional: true, description: 'The measure the agreement belongs to.' })
  measureId?: string | null;

  @Field(() => AgreementTermsInput)
  @ValidateNested()
  @Type(() => AgreementTermsInput)
  terms!: AgreementTermsInput;
}

/** Which agreement, as the caller read it (its row version, for CONFLICT on a stale one). */
@InputType()
export class AgreementStepInput {
  @IdField(AGREEMENT_MESSAGE)
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
export class UpdateAgreementInput extends AgreementStepInput {
  @TextField({ ...TITLE, optional: true })
  title?: string | null;

  @IdField(MEASURE_MESSAGE, { optional: true, description: 'Left out: unchanged; null: no measure.' })
  measureId?: string | null;

  @Field(() => AgreementTermsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgreementTermsInput)
  terms?: AgreementTermsInput | null;
}

@InputType()
export class TerminateAgreementInput extends AgreementStepInput {
  @OptionalText({ nb: 'Begrunnelsen', en: 'The reason' }, 2000)
  reason?: string | null;
}

@InputType()
export class DecideAgreementInput {
  @IdField(AGREEMENT_MESSAGE)
  agreementId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'Versjonsnummeret er minst 1.|The version number is at least 1.' })
  versionNumber!: number;

  @Field(() => AgreementDecisionEnum)
  @IsIn(AGREEMENT_DECISIONS, { message: 'Velg godkjenn eller avvis.|Choose approve or reject.' })
  decision!: AgreementDecision;

  @OptionalText({ nb: 'Kommentaren', en: 'The comment' }, 2000, 'Required when rejecting.')
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

  @MunicipalityNumberField({ optional: true, description: 'Agreements this municipality is a party to.' })
  municipalityNumber?: string | null;
}

@ArgsType()
export class AgreementsArgs extends PageArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @Field(() => AgreementFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgreementFilter)
  filter?: AgreementFilter | null;
}

@ArgsType()
export class AgreementIdArgs {
  @IdField(AGREEMENT_MESSAGE)
  id!: string;
}

@ArgsType()
export class MunicipalityAgreementsArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @MunicipalityNumberField()
  municipalityNumber!: string;

  @Field(() => Int, { defaultValue: 6, description: 'Deadlines within this many months count as soon.' })
  @IsInt({ message: 'Antall måneder må være et heltall.|The number of months must be a whole number.' })
  @Min(0, { message: 'Antall måneder må være 0–120.|The number of months must be 0–120.' })
  @Max(120, { message: 'Antall måneder må være 0–120.|The number of months must be 0–120.' })
  withinMonths = 6;

  @DateField({
    optional: true,
    description: 'See the deadlines from this day (YYYY-MM-DD); today when left out.',
  })
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
