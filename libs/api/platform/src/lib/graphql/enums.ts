import { registerEnumType } from '@nestjs/graphql';

const registered = new Map<string, Record<string, string>>();

/**
 * Registers a GraphQL enum from a list of string values (the shared domain's `as const` arrays), so the schema,
 * the database and the web app use the same names. Returns the enum object to pass to `@Field(() => …)`; a second
 * feature naming the same enum (its values from the same list) gets the same object, so the schema has it once.
 */
export function graphqlEnum<T extends string>(
  name: string,
  values: readonly T[],
  description?: string,
): Record<T, T> {
  const known = registered.get(name);
  if (known) return known as Record<T, T>;
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  registered.set(name, enumObject);
  return enumObject;
}
