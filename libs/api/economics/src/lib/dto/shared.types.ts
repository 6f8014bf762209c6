import { Field, Int, ObjectType } from '@nestjs/graphql';

/**
 * What the economics types share: field helpers for the field kinds they all repeat (money, text, whole numbers),
 * and the field groups several types extend (abstract: they add fields, no type of their own).
 */

interface FieldOptions {
  readonly nullable?: boolean;
  readonly description?: string;
}

const options = ({ nullable, description }: FieldOptions) => ({
  ...(nullable ? { nullable: true } : {}),
  ...(description ? { description } : {}),
});

/** Money on the wire: a decimal string in NOK ("12591000", "1234.50"), never a float. */
export const Money = (field: FieldOptions = {}) =>
  Field(() => String, { description: 'Decimal string in NOK.', ...options(field) });

/** A text, or a decimal string in the benefit's own unit. */
export const Text = (field: FieldOptions = {}) => Field(() => String, options(field));

/** A whole number: a year, a count, a version. */
export const Whole = (field: FieldOptions = {}) => Field(() => Int, options(field));

@ObjectType({ isAbstract: true })
export abstract class MunicipalityNamed {
  @Text()
  municipalityNumber!: string;

  @Text()
  municipalityName!: string;
}

@ObjectType({ isAbstract: true })
export abstract class RegionNamed {
  @Text()
  regionSlug!: string;

  @Text()
  regionName!: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Costs, keys and shares
// ---------------------------------------------------------------------------------------------------------------

@ObjectType()
export class YearAmount {
  @Whole()
  year!: number;

  @Money()
  amount!: string;
}

@ObjectType()
export class MunicipalityRef {
  @Text()
  number!: string;

  @Text()
  name!: string;
}
