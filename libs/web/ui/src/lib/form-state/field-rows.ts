import type { FieldRows, FieldSpec } from '../form-fields';

type Unnamed<T> = T extends unknown
  ? Omit<T, 'key' | 'id' | 'label'> & { readonly id?: string; readonly label?: string }
  : never;

/** A field for `fieldRows`: its key and how it is drawn; its id and label come from the form unless given. */
export type FieldEntry<F extends string> = { readonly key: F } & Unnamed<FieldSpec>;

/** An entry of `fieldRows`: a field, fields side by side, or nothing (a field the form does not show now). */
export type FieldRowEntry<F extends string> =
  FieldEntry<F> | readonly FieldEntry<F>[] | false | null | undefined;

/**
 * A form's fields for `sb-form-fields`, each entry naming only what is its own: the field's control has the id
 * `<idPrefix><key>` (where the error summary links) and the label `label(key)`, unless the entry gives its own.
 */
export function fieldRows<F extends string>(
  idPrefix: string,
  label: (field: F) => string,
  entries: readonly FieldRowEntry<F>[],
): FieldRows {
  const spec = (entry: FieldEntry<F>): FieldSpec => ({
    ...entry,
    id: entry.id ?? `${idPrefix}${entry.key}`,
    label: entry.label ?? label(entry.key),
  });
  return entries.flatMap((entry) => {
    if (!entry) return [];
    return [isRow(entry) ? entry.map(spec) : spec(entry)];
  });
}

function isRow<F extends string>(
  entry: FieldEntry<F> | readonly FieldEntry<F>[],
): entry is readonly FieldEntry<F>[] {
  return Array.isArray(entry);
}
