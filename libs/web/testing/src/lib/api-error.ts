/** One broken rule of an input, as the API names it in `extensions.fields`. */
export interface ApiFieldProblem {
  readonly field: string;
  readonly message: string;
  readonly messageEn?: string;
}

/**
 * An error as the API sends it (for `TestOperation.graphqlErrors`): its `code` and Norwegian `message`, and what
 * else it says in `extensions` (the English `messageEn`, the `fields` it names, `allowedNext`).
 */
export function apiError(code: string, message: string, extensions: Readonly<Record<string, unknown>> = {}) {
  return { message, extensions: { code, ...extensions } };
}
