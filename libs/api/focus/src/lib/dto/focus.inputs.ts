import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import {
  ExpectedVersionField,
  FILE_TOO_LARGE_TEXT,
  IdField,
  MAX_UPLOAD_BASE64_LENGTH,
  MunicipalityNumberField,
  PatternField,
  TextField,
  TextFieldOptions,
} from '@samarbeid/api/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  Matches,
  ValidateNested,
} from 'class-validator';

import {
  FOCUS_DIRECTIONS,
  FOCUS_FREQUENCIES,
  type FocusDirection,
  type FocusFrequency,
  MAX_VALUES_PER_BATCH,
} from '../domain/focus-rules';
import { FocusDirectionEnum, FocusFrequencyEnum } from './focus.types';

const UNKNOWN_ITEM = 'Ukjent fokuspost.|Unknown focus item.';
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/;
const PERIOD_MESSAGE =
  'Perioden skrives som 2026-03 (måned), 2026-Q1 (kvartal) eller 2026 (år).|The period is written 2026-03 (month), 2026-Q1 (quarter) or 2026 (year).';
/** Exact decimals with a point, as an API sends them; people's "1 250,5" is read by the upload. */
const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;
const DECIMAL_MESSAGE =
  'Verdien må være et tall med punktum som desimaltegn, høyst 14 sifre før og 4 etter (f.eks. 1250000 eller 7.4).|The value must be a number with a point as decimal mark, at most 14 digits before and 4 after (e.g. 1250000 or 7.4).';

const REGION_SLUG: TextFieldOptions = {
  max: 64,
  label: { nb: 'Regionens kortnavn', en: "The region's short name" },
  required: true,
};
const NAME: TextFieldOptions = { max: 120, label: { nb: 'Navnet', en: 'The name' }, required: true };
const UNIT: TextFieldOptions = {
  max: 40,
  label: { nb: 'Enheten', en: 'The unit' },
  required: true,
  description: 'E.g. "kr", "%", "årsverk".',
};
const DESCRIPTION: TextFieldOptions = {
  max: 1000,
  label: { nb: 'Beskrivelsen', en: 'The description' },
  optional: true,
};

const DirectionField = (): PropertyDecorator =>
  applyDecorators(
    Field(() => FocusDirectionEnum),
    IsIn(FOCUS_DIRECTIONS, { message: 'Retningen er HIGHER eller LOWER.|The direction is HIGHER or LOWER.' }),
  );

@ArgsType()
export class FocusItemsArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @MunicipalityNumberField({
    optional: true,
    description: "Only this municipality's focus items; leave out for all of the region's.",
  })
  municipalityNumber?: string | null;
}

@ArgsType()
export class FocusItemArgs {
  @IdField(UNKNOWN_ITEM)
  id!: string;
}

@InputType()
export class CreateFocusItemInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @MunicipalityNumberField({ optional: true, description: "Leave out for the region's own focus item." })
  municipalityNumber?: string | null;

  @TextField(NAME)
  name!: string;

  @TextField(UNIT)
  unit!: string;

  @DirectionField()
  direction!: FocusDirection;

  @Field(() => FocusFrequencyEnum)
  @IsIn(FOCUS_FREQUENCIES, {
    message: 'Hyppigheten er MONTHLY, QUARTERLY eller YEARLY.|The frequency is MONTHLY, QUARTERLY or YEARLY.',
  })
  frequency!: FocusFrequency;

  @TextField(DESCRIPTION)
  description?: string | null;
}

@InputType()
export class UpdateFocusItemInput {
  @IdField(UNKNOWN_ITEM)
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;

  @TextField(NAME)
  name!: string;

  @TextField(UNIT)
  unit!: string;

  @DirectionField()
  direction!: FocusDirection;

  @TextField(DESCRIPTION)
  description?: string | null;
}

@InputType()
export class SetFocusTargetInput {
  @IdField(UNKNOWN_ITEM)
  focusItemId!: string;

  @PatternField(PERIOD, PERIOD_MESSAGE, { description: 'The target holds from this period on.' })
  period!: string;

  @PatternField(DECIMAL, DECIMAL_MESSAGE, {
    optional: true,
    description: 'Exact decimal as a string; leave out to remove the target of this period.',
  })
  value?: string | null;
}

@InputType()
export class FocusValueInput {
  @IdField(UNKNOWN_ITEM)
  focusItemId!: string;

  @PatternField(PERIOD, PERIOD_MESSAGE, {
    description: '"2026-03", "2026-Q1" or "2026", as the item is measured.',
  })
  period!: string;

  @PatternField(DECIMAL, DECIMAL_MESSAGE, { description: 'Exact decimal as a string.' })
  value!: string;
}

@InputType()
export class RecordFocusValueInput extends FocusValueInput {}

@InputType()
export class PostFocusValuesInput {
  @Field(() => [FocusValueInput], {
    description: `1 to ${MAX_VALUES_PER_BATCH} values; all are saved or none.`,
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'Send minst én verdi.|Send at least one value.' })
  @ArrayMaxSize(MAX_VALUES_PER_BATCH, {
    message: `Høyst ${MAX_VALUES_PER_BATCH} verdier om gangen.|At most ${MAX_VALUES_PER_BATCH} values at a time.`,
  })
  @ValidateNested({ each: true })
  @Type(() => FocusValueInput)
  values!: FocusValueInput[];
}

@InputType()
export class ImportFocusValuesInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @TextField({
    max: MAX_UPLOAD_BASE64_LENGTH,
    label: { nb: 'Filen', en: 'The file' },
    tooLong: `${FILE_TOO_LARGE_TEXT.nb}|${FILE_TOO_LARGE_TEXT.en}`,
    description:
      'An Excel workbook (.xlsx, the first sheet) or a CSV file (UTF-8), columns fokuspost, kommune, periode, verdi; base64-encoded (at most 2 MB).',
  })
  @Matches(/^[A-Za-z0-9+/]*={0,2}$/, {
    message: 'Filen kom ikke fram som base64.|The file did not arrive as base64.',
  })
  fileBase64!: string;

  @Field(() => Boolean, { nullable: true, description: 'Check only; save nothing.' })
  @IsOptional()
  @IsBoolean({ message: 'Prøv uten å lagre er ja eller nei.|Dry run is yes or no.' })
  dryRun?: boolean | null;
}
