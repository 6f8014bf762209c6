/** `aria-describedby` for a field: its hints, its own error and any rule errors it belongs to (when shown). */
export function describedBy(
  errors: Readonly<Record<string, unknown>>,
  id: string,
  path: string,
  hints: readonly string[] = [],
  rules: readonly { readonly path: string; readonly id: string }[] = [],
): string | null {
  const ids = [
    ...hints,
    ...(errors[path] ? [`${id}-error`] : []),
    ...rules.filter((rule) => errors[rule.path]).map((rule) => rule.id),
  ];
  return ids.length > 0 ? ids.join(' ') : null;
}

/** `aria-invalid` for a field with a problem of its own or under a rule it belongs to. */
export function invalid(errors: Readonly<Record<string, unknown>>, ...paths: string[]): true | null {
  return paths.some((path) => errors[path]) ? true : null;
}
