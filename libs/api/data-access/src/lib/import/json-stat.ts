/**
 * Reading SSB's JSON-stat 2.0 datasets (PxWebApi `outputFormat=json-stat2`): the values are one flat array in
 * row-major order over the dimensions listed in `id` with their sizes in `size`.
 */
export interface JsonStatDataset {
  readonly version?: string;
  readonly class?: string;
  readonly label?: string;
  readonly updated?: string;
  readonly id: readonly string[];
  readonly size: readonly number[];
  readonly dimension: Readonly<
    Record<
      string,
      {
        readonly label?: string;
        readonly category: {
          readonly index: Readonly<Record<string, number>> | readonly string[];
          readonly label?: Readonly<Record<string, string>>;
        };
      }
    >
  >;
  readonly value: readonly (number | null)[] | Readonly<Record<string, number | null>>;
  /**
   * Why a value is missing, by position: one symbol for every cell, an array, or an object keyed by position. SSB
   * marks "." (not applicable), ".." (confidential or not available) and "..." (not yet available) here.
   */
  readonly status?: string | readonly (string | null)[] | Readonly<Record<string, string>>;
}

export interface JsonStatCell {
  /** Category code per dimension, e.g. { Region: '3303', ContentsCode: 'Personer1', Tid: '2025' }. */
  readonly codes: Readonly<Record<string, string>>;
  readonly value: number | null;
  /** SSB's symbol for a missing value ("." or ".."), when the dataset gives one; absent otherwise. */
  readonly status?: string;
}

export class JsonStatError extends Error {}

/** `Array.isArray` without its `any[]`, which would turn the dataset's typed arrays into arrays of `any`. */
function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** Every cell of the dataset with its category codes. Throws JsonStatError for anything malformed. */
export function jsonStatCells(input: unknown): JsonStatCell[] {
  const dataset = input as JsonStatDataset;
  if (!dataset || typeof dataset !== 'object' || !isArray(dataset.id) || !isArray(dataset.size)) {
    throw new JsonStatError('not a JSON-stat 2.0 dataset (id/size missing)');
  }
  if (dataset.id.length !== dataset.size.length) throw new JsonStatError('id and size differ in length');
  const orderedCodes = dataset.id.map((dimensionId, position) => {
    const dimension = dataset.dimension?.[dimensionId];
    if (!dimension?.category?.index)
      throw new JsonStatError(`dimension ${dimensionId} has no category index`);
    const index = dimension.category.index;
    const codes = isArray(index)
      ? [...index]
      : Object.entries(index)
          .sort(([, a], [, b]) => a - b)
          .map(([code]) => code);
    if (codes.length !== dataset.size[position]) {
      throw new JsonStatError(
        `dimension ${dimensionId} has ${codes.length} categories, size says ${dataset.size[position]}`,
      );
    }
    return codes;
  });
  const total = dataset.size.reduce((product, size) => product * size, 1);
  const valueAt = (offset: number): number | null => {
    const raw = isArray(dataset.value) ? dataset.value[offset] : dataset.value[String(offset)];
    if (raw === null || raw === undefined) return null;
    if (typeof raw !== 'number' || !Number.isFinite(raw))
      throw new JsonStatError(`value ${offset} is not a number`);
    return raw;
  };
  const statusAt = (offset: number): string | undefined => {
    const status = dataset.status;
    if (status === undefined || status === null) return undefined;
    const raw =
      typeof status === 'string' ? status : isArray(status) ? status[offset] : status[String(offset)];
    return typeof raw === 'string' && raw.length > 0 ? raw : undefined;
  };
  if (isArray(dataset.value) && dataset.value.length !== total) {
    throw new JsonStatError(`expected ${total} values, got ${dataset.value.length}`);
  }
  const cells: JsonStatCell[] = [];
  for (let offset = 0; offset < total; offset++) {
    let rest = offset;
    const codes: Record<string, string> = {};
    for (let position = dataset.id.length - 1; position >= 0; position--) {
      const size = dataset.size[position];
      codes[dataset.id[position]] = orderedCodes[position][rest % size];
      rest = Math.floor(rest / size);
    }
    const status = statusAt(offset);
    cells.push(
      status === undefined ? { codes, value: valueAt(offset) } : { codes, value: valueAt(offset), status },
    );
  }
  return cells;
}

/** Labels of one dimension's categories, by code. */
export function jsonStatLabels(input: unknown, dimensionId: string): Record<string, string> {
  return { ...((input as JsonStatDataset).dimension?.[dimensionId]?.category?.label ?? {}) };
}
