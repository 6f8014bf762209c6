import { computed, inject } from '@angular/core';
import { I18nService } from '@samarbeid/web/data-access';

/** `label(LABELS, value)` in the current language; the value itself when the labels do not know it. */
export function injectLabel() {
  const language = inject(I18nService).language;
  const current = computed(() => language());
  return (labels: Readonly<Partial<Record<string, { nb: string; en: string }>>>, value: string): string =>
    labels[value]?.[current()] ?? value;
}

/** The measures list's address filters (see the portfolio's measure-filters.ts): `/tiltak?status=…&nettverk=…`. */
export function measureListParams(filter: {
  status?: string;
  tier?: string;
  networkId?: string;
  municipality?: string;
  mobilisation?: string;
}): Record<string, string> {
  const params: Record<string, string> = {};
  if (filter.networkId) params['nettverk'] = filter.networkId;
  if (filter.tier) params['form'] = filter.tier;
  if (filter.status) params['status'] = filter.status;
  if (filter.municipality) params['kommune'] = filter.municipality;
  if (filter.mobilisation) params['mobilisering'] = filter.mobilisation;
  return params;
}
