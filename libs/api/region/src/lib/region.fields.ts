import type { TextFieldOptions } from '@samarbeid/api/platform';

/** A region's short name as an argument: `@TextField(REGION_SLUG)`. */
export const REGION_SLUG: TextFieldOptions = {
  max: 64,
  label: { nb: 'Kortnavnet', en: 'The short name' },
  tooLong: 'Kortnavnet kan være høyst 64 tegn.|The short name can be at most 64 characters.',
};
