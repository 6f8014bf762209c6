import type { Labels } from '@samarbeid/shared/domain';
import type { Language } from '@samarbeid/web/data-access';

/** An enum value's label in `language`; the value itself if the API sent one the web app does not know. */
export function labelOf<T extends string>(labels: Labels<T>, value: T, language: Language): string {
  return labels[value]?.[language] ?? value;
}
