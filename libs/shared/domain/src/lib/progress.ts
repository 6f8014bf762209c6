export interface ProgressPart {
  /** 0–100. */
  readonly percent: number;
  /** Relative weight; parts without a weight count as 1. */
  readonly weight?: number | null;
}

/**
 * A measure's progress from its parts: the weighted mean of their percentages, rounded to a whole percent.
 * Null when there are no parts or every weight is zero.
 */
export function rollUpProgress(parts: readonly ProgressPart[]): number | null {
  let weighted = 0;
  let total = 0;
  for (const part of parts) {
    const weight = part.weight ?? 1;
    if (weight < 0 || part.percent < 0 || part.percent > 100) {
      throw new RangeError('percent must be 0–100 and weight not negative');
    }
    weighted += part.percent * weight;
    total += weight;
  }
  return total === 0 ? null : Math.round(weighted / total);
}
