export type SortDirection = 'ascending' | 'descending';

/** Which column a table is sorted by, and which way. */
export interface DataTableSort {
  readonly key: string;
  readonly direction: SortDirection;
}

/** A value to sort a row by: text (compared the Norwegian way, numbers in it by value), a number, or nothing. */
export type SortValue = string | number | null | undefined;

const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

function compareValues(a: SortValue, b: SortValue): number {
  const aMissing = a === null || a === undefined || a === '';
  const bMissing = b === null || b === undefined || b === '';
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The rows in the order `sort` asks for, by the column's value in `values` (a new array; rows without a value last
 * either way, equal rows keep their order). Unsorted, or sorted by a column without a value function: as they came.
 */
export function sortRows<T>(
  rows: readonly T[],
  sort: DataTableSort | null | undefined,
  values: Readonly<Record<string, (row: T) => SortValue>>,
): T[] {
  const value = sort ? values[sort.key] : undefined;
  if (!sort || !value) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const aMissing = a.key === null || a.key === undefined || a.key === '';
      const bMissing = b.key === null || b.key === undefined || b.key === '';
      if (aMissing || bMissing) return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1;
      return sign * compareValues(a.key, b.key) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** The next sort after the user chose a column: ascending first, then the other way. */
export function nextSort(current: DataTableSort | null | undefined, key: string): DataTableSort {
  if (current?.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key, direction: 'ascending' };
}
