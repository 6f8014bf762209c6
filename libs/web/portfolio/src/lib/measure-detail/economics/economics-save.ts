import type { ApolloCache } from '@apollo/client';
import { type ApiError, errorText, type I18nService } from '@samarbeid/web/data-access';
import { MeasureEconomicsDocument, type MeasureEconomicsQuery } from '@samarbeid/web/graphql';

import type { MeasureEconomics } from './economics-form';

/** The outcome of saving the costs or the key, as the section shows it. */
export type SaveFeedback =
  { readonly kind: 'saved' } | { readonly kind: 'conflict' | 'error'; readonly message: string };

/** A refusal as the section shows it: a stale version is a conflict (with a way to load what is saved). */
export function refusalOf(error: ApiError, i18n: Pick<I18nService, 'language' | 't'>): SaveFeedback {
  return { kind: error.code === 'CONFLICT' ? 'conflict' : 'error', message: errorText(error, i18n) };
}

/**
 * Writes a mutation's answer (the same selection as the MeasureEconomics query) into that query, so the tab shows
 * it at once without asking again.
 */
export function writeEconomics(cache: ApolloCache, economics: MeasureEconomics): void {
  cache.writeQuery<MeasureEconomicsQuery>({
    query: MeasureEconomicsDocument,
    variables: { measureId: economics.measureId },
    data: { measureEconomics: economics },
  });
}
