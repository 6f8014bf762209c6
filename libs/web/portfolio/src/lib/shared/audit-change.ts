/** One field's values before and after a change, as text. */
export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/** Technical fields that mean nothing to a reader (ids, the lock version). */
const HIDDEN_FIELDS = new Set(['id', 'version', 'regionId', 'networkId', 'parentId', 'measureId']);

function parse(json: string | null): Record<string, unknown> | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { value };
  } catch {
    return { value: json };
  }
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '–';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The fields that differ between the before and after snapshots of an audit event (all fields when one side is
 * missing), in the order they first appear; ids and the lock version are left out.
 */
export function fieldChanges(beforeJson: string | null, afterJson: string | null): readonly FieldChange[] {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  if (!before && !after) return [];
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (field) => !HIDDEN_FIELDS.has(field),
  );
  return fields
    .filter((field) => !before || !after || JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: show(before?.[field]), after: show(after?.[field]) }));
}
