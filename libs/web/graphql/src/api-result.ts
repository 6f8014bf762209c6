/**
 * An operation's result as the API sends it, for test fixtures: the generated type, with `__typename` allowed on
 * every object (the generated types leave it out; the Apollo cache needs it to normalise the result as in the app).
 * A fixture typed with it must have every field the operation selects, so a schema change breaks it at compile time.
 */
export type ApiResult<T> = T extends readonly (infer Item)[]
  ? ApiResult<Item>[]
  : T extends object
    ? { [Key in keyof T]: ApiResult<T[Key]> } & { readonly __typename?: string }
    : T;
