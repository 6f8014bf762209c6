import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

import type { ErrorText } from '../errors/app-error';
import { staleVersion } from '../errors/app-error';

/**
 * The input fields every feature repeats, each one decorator: the GraphQL field, its class-validator rules and a
 * Norwegian|English sentence for each rule (see validation.ts: constraint messages are written `nb|en`). Use the
 * plain decorators where a field needs something these do not offer.
 */

type Message = `${string}|${string}`;

interface CommonOptions {
  /** Nullable in the schema and may be left out (IsOptional). */
  readonly optional?: boolean;
  readonly description?: string;
}

const group = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const groupEn = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function fieldOptions(options: CommonOptions): { nullable?: boolean; description?: string } {
  return {
    ...(options.optional ? { nullable: true } : {}),
    ...(options.description ? { description: options.description } : {}),
  };
}

export interface TextFieldOptions extends CommonOptions {
  /** Most characters allowed; the refusal states it. */
  readonly max: number;
  /** The field as the subject of a sentence: `{ nb: 'Tittelen', en: 'The title' }`. */
  readonly label: ErrorText;
  /** An empty string is refused ("Tittelen mangler."). White space only is refused for every text anyway. */
  readonly required?: boolean;
  /** Own sentences instead of the generated ones. */
  readonly tooLong?: Message;
  readonly missing?: Message;
}

/** A text field: `@TextField({ max: 300, label: { nb: 'Tittelen', en: 'The title' }, required: true })`. */
export function TextField(options: TextFieldOptions): PropertyDecorator {
  const { label, max } = options;
  const tooLong =
    options.tooLong ??
    `${label.nb} kan ha høyst ${group(max)} tegn.|${label.en} can have at most ${groupEn(max)} characters.`;
  const missing = options.missing ?? `${label.nb} mangler.|${label.en} is missing.`;
  return applyDecorators(
    Field(() => String, fieldOptions(options)),
    ...(options.optional ? [IsOptional()] : []),
    IsString({ message: missing }),
    ...(options.required ? [MinLength(1, { message: missing })] : []),
    MaxLength(max, { message: tooLong }),
  );
}

/** An id (UUID) of something the caller names: `@IdField('Ukjent tiltak.|Unknown measure.')`. */
export function IdField(unknown: Message, options: CommonOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => ID, fieldOptions(options)),
    ...(options.optional ? [IsOptional()] : []),
    IsUUID('all', { message: unknown }),
  );
}

/** A text that must match a pattern (a code, a municipality number, a decimal): the sentence says the form. */
export function PatternField(
  pattern: RegExp,
  message: Message,
  options: CommonOptions = {},
): PropertyDecorator {
  return applyDecorators(
    Field(() => String, fieldOptions(options)),
    ...(options.optional ? [IsOptional()] : []),
    Matches(pattern, { message }),
  );
}

const MUNICIPALITY_NUMBER = /^\d{4}$/;

/** A municipality number (four digits, SSB's classification). */
export function MunicipalityNumberField(options: CommonOptions = {}): PropertyDecorator {
  return PatternField(
    MUNICIPALITY_NUMBER,
    'Kommunenummer har fire sifre.|A municipality number has four digits.',
    options,
  );
}

const STALE_DESCRIPTION = 'The version read; a stale one is refused with CONFLICT.';

/**
 * The version the caller read, for optimistic locking; checked with {@link assertExpectedVersion}. Optional
 * (nullable: "I did not read one") unless `required`.
 */
export function ExpectedVersionField(
  options: { required?: boolean; description?: string | null } = {},
): PropertyDecorator {
  // `description: null` leaves the schema without one (older inputs carry none; the schema stays as it was).
  const description = options.description === undefined ? STALE_DESCRIPTION : options.description;
  return applyDecorators(
    Field(() => Int, {
      ...(options.required ? {} : { nullable: true }),
      ...(description === null ? {} : { description }),
    }),
    ...(options.required ? [] : [IsOptional()]),
    IsInt({ message: 'Versjonen må være et heltall.|The version must be a whole number.' }),
  );
}

/**
 * The one expected-version check: a caller who read another version than the stored one is refused with
 * CONFLICT ("… er endret av noen andre …"), never silently overwriting. No expectation (null/undefined) passes.
 */
export function assertExpectedVersion(
  current: { readonly version: number },
  expected: number | null | undefined,
  what: ErrorText,
): void {
  if (expected !== null && expected !== undefined && expected !== current.version) throw staleVersion(what);
}
