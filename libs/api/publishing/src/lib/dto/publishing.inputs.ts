import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import {
  ExpectedVersionField,
  IdField,
  PageArgs,
  PatternField,
  TextField,
  type TextFieldOptions,
} from '@samarbeid/api/platform';
import {
  CONFORMANCE_LEVELS,
  type ConformanceLevel,
  PUBLIC_SECTIONS,
  type PublicSection,
} from '@samarbeid/shared/domain';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';

import { ConformanceLevelEnum, PublicSectionEnum } from './publishing.types';

const REGION_SLUG: TextFieldOptions = {
  max: 64,
  label: { nb: 'Regionens kortnavn', en: "The region's short name" },
  required: true,
};

const BooleanField = (message: `${string}|${string}`): PropertyDecorator =>
  applyDecorators(
    Field(() => Boolean),
    IsBoolean({ message }),
  );

@ArgsType()
export class PublishingArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;
}

@ArgsType()
export class PublicFeedbackArgs extends PageArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;
}

@InputType()
export class SetPublishingInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @Field(() => PublicSectionEnum)
  @IsIn(PUBLIC_SECTIONS, {
    message: 'Ukjent del av den offentlige siden.|Unknown section of the public site.',
  })
  section!: PublicSection;

  @BooleanField('Publisert er ja eller nei.|Published is true or false.')
  published!: boolean;
}

/** A plain address, no display name: something@somewhere.tld. */
const EMAIL =
  /^[^\s@<>()"',;:]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

@InputType()
export class SaveAccessibilityStatementInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @Field(() => ConformanceLevelEnum)
  @IsIn(CONFORMANCE_LEVELS, {
    message: 'Status er FULL, PARTIAL eller NONE.|The status is FULL, PARTIAL or NONE.',
  })
  conformance!: ConformanceLevel;

  @TextField({
    max: 8000,
    label: { nb: 'Avvikene', en: 'The deviations' },
    description: 'Known deviations and why; paragraphs separated by a blank line.',
  })
  deviations!: string;

  @PatternField(
    EMAIL,
    'E-postadressen for tilbakemeldinger må se ut som navn@domene.no.|The feedback address must look like name@domain.no.',
    { optional: true, description: "The region's functional address (never a person's)." },
  )
  feedbackEmail?: string | null;

  @PatternField(
    /^\d{4}-\d{2}-\d{2}$/,
    'Datoen for siste gjennomgang skrives ÅÅÅÅ-MM-DD.|The date of the last review is written YYYY-MM-DD.',
  )
  lastReviewed!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;
}

@InputType()
export class MarkPublicFeedbackInput {
  @IdField('Ukjent tilbakemelding.|Unknown feedback.')
  id!: string;

  @Field(() => Boolean, { defaultValue: true })
  @IsOptional()
  @IsBoolean({ message: 'Lest er ja eller nei.|Read is true or false.' })
  read!: boolean;
}
