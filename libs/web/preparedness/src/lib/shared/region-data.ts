import { computed, inject, type Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { PreparednessRegionGQL } from '@samarbeid/web/graphql';
import { switchMap } from 'rxjs';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface RegionData {
  /** Every region, to choose between. */
  readonly regions: Signal<readonly Choice[]>;
  readonly regionName: Signal<string | undefined>;
  /** The region's member municipalities by name. */
  readonly municipalities: Signal<readonly Choice[]>;
  readonly municipalityNames: Signal<ReadonlyMap<string, string>>;
}

/**
 * The regions and the chosen region's municipalities, fetched again when the region changes. Call in an injection
 * context (a field initializer).
 */
export function injectRegionData(slug: Signal<string>): RegionData {
  const query = inject(PreparednessRegionGQL);
  const ref = computed(() => query.watch({ variables: { slug: slug() } }));
  const result = toSignal(toObservable(ref).pipe(switchMap((watched) => watched.valueChanges)));
  const data = computed(() => {
    const current = result();
    return current?.dataState === 'complete' ? current.data : undefined;
  });
  const municipalities = computed<readonly Choice[]>(() =>
    [...(data()?.region.municipalities.nodes ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
      .map((m) => ({ value: m.number, label: m.name })),
  );
  return {
    regions: computed(() => (data()?.regions.nodes ?? []).map((r) => ({ value: r.slug, label: r.name }))),
    regionName: computed(() => data()?.region.name),
    municipalities,
    municipalityNames: computed(() => new Map(municipalities().map((m) => [m.value, m.label]))),
  };
}
