import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import type { TextFieldOptions } from '@samarbeid/api/platform';
import { IsInt, Max, Min } from 'class-validator';

/** A region's short name as an argument: `@TextField(REGION_SLUG)`. */
export const REGION_SLUG: TextFieldOptions = {
  max: 64,
  label: { nb: 'Kortnavnet', en: 'The short name' },
  tooLong: 'Kortnavnet kan være høyst 64 tegn.|The short name can be at most 64 characters.',
};

const YEAR_MESSAGE = 'Året må være mellom 2000 og 2100.|The year must be between 2000 and 2100.';

/** A calendar year of the portfolio's plans (2000–2100). */
export function YearField(): PropertyDecorator {
  return applyDecorators(
    Field(() => Int),
    IsInt(),
    Min(2000, { message: YEAR_MESSAGE }),
    Max(2100, { message: YEAR_MESSAGE }),
  );
}
