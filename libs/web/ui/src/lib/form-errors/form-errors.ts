/**
 * A form's sentences by field (a field without a problem is left out). Keyed by any path (`goals.0.title`) when the
 * fields are not a fixed set.
 */
export type FieldErrors<F extends string> = string extends F
  ? Record<string, string>
  : Partial<Record<F, string>>;

/**
 * What a form shows by its fields: nothing until the user has tried to submit; then what the server said about a
 * field (until the user changes something, when the caller clears it), and over it what the form's own checks find.
 * The checks' keys are translated with `translate`.
 */
export function shownErrors<F extends string, K>(
  submitted: boolean,
  server: FieldErrors<F>,
  local: Readonly<Partial<Record<F, K>>>,
  translate: (key: K) => string,
): FieldErrors<F> {
  const shown: Partial<Record<F, string>> = submitted ? { ...server } : {};
  if (submitted) {
    for (const [field, key] of Object.entries(local) as [F, K | undefined][]) {
      if (key !== undefined) shown[field] = translate(key);
    }
  }
  return shown as FieldErrors<F>;
}

/**
 * The server's problems with named fields (`input.title`) as the form's fields: the first sentence per field; a
 * problem with a field the form does not have is left out (the caller shows the server's sentence anyway).
 */
export function fieldMessages<F extends string, P extends { readonly field: string }>(
  problems: readonly P[] | null | undefined,
  fieldOf: (path: string) => F | undefined,
  message: (problem: P) => string,
): FieldErrors<F> {
  const found: Partial<Record<F, string>> = {};
  for (const problem of problems ?? []) {
    const field = fieldOf(problem.field);
    if (field !== undefined && found[field] === undefined) found[field] = message(problem);
  }
  return found as FieldErrors<F>;
}

/** `input.title` → `title`, when that is one of `fields`. */
export function lastSegmentIn<F extends string>(fields: readonly F[]): (path: string) => F | undefined {
  return (path) => {
    const name = path.split('.').at(-1);
    return (fields as readonly (string | undefined)[]).includes(name) ? (name as F) : undefined;
  };
}
