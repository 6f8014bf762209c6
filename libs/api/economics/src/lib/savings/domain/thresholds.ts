import { benefitThresholdsProblem } from '@samarbeid/shared/domain/allocation';

import { thresholdsOutOfOrder } from '../../economics.errors';

/** Refuses thresholds out of order (the shared rule: green at most 100 %, yellow not above green). */
export function assertThresholdsInOrder(greenFromPercent: string, yellowFromPercent: string): void {
  if (benefitThresholdsProblem(greenFromPercent, yellowFromPercent)) throw thresholdsOutOfOrder();
}

/** "90.00" → "90", "72.50" → "72.5": a stored percentage as people write it. */
export function trimZeros(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}
