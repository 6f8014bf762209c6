import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a GraphQL enum from a list of string values (the shared domain's `as const` arrays), so the schema,
 * the database and the web app use the same names. Returns the enum object to pass to `@Field(() => …)`.
 */
export function graphqlEnum<T extends string>(
  name: string,
  values: readonly T[],
  description?: string,
): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
