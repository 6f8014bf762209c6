import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import type { TextFieldOptions } from '@samarbeid/api/platform';
import { PatternField } from '@samarbeid/api/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

/** The field kinds the economics inputs repeat: amounts, years, versions, nested lists, and their sentences. */

/** A constraint message as the validation pipe reads it: Norwegian, then English. */
export const nbEn = (nb: string, en: string): `${string}|${string}` => `${nb}|${en}`;

/** A non-negative amount with at most two decimals, as a string. Negative amounts get their own sentence. */
export const AMOUNT = /^(?!-)\d{1,14}(\.\d{1,2})?$/;
export const AMOUNT_MESSAGE = nbEn(
  'Beløp må være et tall som ikke er negativt, med høyst to desimaler (f.eks. 125000 eller 1250.50).',
  'Amounts must be non-negative numbers with at most two decimals (e.g. 125000 or 1250.50).',
);
/** A percentage with at most two decimals (0–100 is the rules' to check). */
export const PERCENT = /^(?!-)\d{1,3}(\.\d{1,2})?$/;
export const YEAR_MESSAGE = 'Året må være mellom 2000 og 2100.|The year must be between 2000 and 2100.';
export const UNKNOWN_MEASURE = 'Ukjent tiltak.|Unknown measure.';
export const UNKNOWN_BENEFIT = 'Ukjent gevinst.|Unknown benefit.';
export const MUNICIPALITY_MESSAGE = 'Kommunenummer har fire sifre.|A municipality number has four digits.';

/** A region's short name as an argument. */
export const REGION_SLUG: TextFieldOptions = {
  max: 64,
  label: { nb: 'Kortnavnet', en: 'The short name' },
  tooLong: 'Kortnavnet kan være høyst 64 tegn.|The short name can be at most 64 characters.',
};

/** A calendar year of the economics (2000–2100). */
export function YearField(options: { optional?: boolean; description?: string } = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, {
      ...(options.optional ? { nullable: true } : {}),
      ...(options.description ? { description: options.description } : {}),
    }),
    ...(options.optional ? [IsOptional()] : []),
    IsInt({ message: YEAR_MESSAGE }),
    Min(2000, { message: YEAR_MESSAGE }),
    Max(2100, { message: YEAR_MESSAGE }),
  );
}

/** An amount in NOK as a decimal string, not negative, at most two decimals. */
export const AmountField = (options: { optional?: boolean; description?: string } = {}) =>
  PatternField(AMOUNT, AMOUNT_MESSAGE, options);

/** A list of nested inputs, each validated, at most `max` of them. */
export function NestedListField<T>(
  type: () => new () => T,
  max: number,
  options: { optional?: boolean; description?: string } = {},
): PropertyDecorator {
  return applyDecorators(
    Field(() => [type()], {
      ...(options.optional ? { nullable: true } : {}),
      ...(options.description ? { description: options.description } : {}),
    }),
    ...(options.optional ? [IsOptional()] : []),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(type),
  );
}

/** A version for optimistic locking without a description in the schema (see ExpectedVersionField). */
export function VersionField(options: { optional?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, options.optional ? { nullable: true } : {}),
    ...(options.optional ? [IsOptional()] : []),
    IsInt({ message: 'Versjonen må være et heltall.|The version must be a whole number.' }),
  );
}
