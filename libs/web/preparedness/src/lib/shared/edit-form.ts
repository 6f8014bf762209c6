import { computed, effect, inject, type Signal, untracked } from '@angular/core';
import { I18nService } from '@samarbeid/web/data-access';

import { REGION_CHOICE } from '../follow-up/follow-up-form';
import { PreparednessPermissions } from './preparedness-permissions';
import type { Choice } from './region-data';

/**
 * The region (first, for the secretariat) and the municipalities the user records for, as a form offers them. Call
 * in an injection context (a field initializer).
 */
export function injectRecordable(municipalities: Signal<readonly Choice[]>): Signal<readonly Choice[]> {
  const permissions = inject(PreparednessPermissions);
  const t = inject(I18nService).t;
  return computed(() =>
    permissions.recordable(municipalities(), { value: REGION_CHOICE, label: t('preparedness.theRegion') }),
  );
}

/**
 * A form that records something new or changes `item`: it shows the item's values when one is given (again when
 * another is chosen); for a new one, the only choice the user records for is chosen for them once it is known. Call
 * in an injection context.
 */
export function followEditedItem<
  T extends { readonly id: string },
  V extends { readonly municipality: string },
>(
  item: Signal<T | null>,
  form: { values: Signal<V>; reset(values: V): void; patch(values: Partial<V>): void },
  valuesOf: (item: T) => V,
  recordable: Signal<readonly Choice[]>,
): void {
  let shown: string | null = null;
  effect(() => {
    const current = item();
    const allowed = recordable();
    untracked(() => {
      if (current) {
        if (current.id !== shown) form.reset(valuesOf(current));
        shown = current.id;
        return;
      }
      const only = allowed.length === 1 ? allowed[0]?.value : undefined;
      if (only && !form.values().municipality) form.patch({ municipality: only } as Partial<V>);
    });
  });
}
