import type { ApolloCache } from '@apollo/client';
import { type ApiError, errorText, type I18nService, type TranslationKey } from '@samarbeid/web/data-access';
import { MeasureEconomicsDocument, type MeasureEconomicsQuery } from '@samarbeid/web/graphql';
import { refusalFeedback, type SaveFeedback } from '@samarbeid/web/ui';

import type { MeasureEconomics } from './economics-form';

/** The outcome of saving the costs or the key. */
export type SaveOutcome =
  { readonly kind: 'saved' } | { readonly kind: 'conflict' | 'error'; readonly message: string };

/** A refusal as the section shows it: a stale version is a conflict (with a way to load what is saved). */
export function refusalOf(error: ApiError, i18n: Pick<I18nService, 'language' | 't'>): SaveOutcome {
  return { kind: error.code === 'CONFLICT' ? 'conflict' : 'error', message: errorText(error, i18n) };
}

/** A section's outcome in its own words (what it says after a save, its error heading) and the tab's conflict words. */
export function saveFeedbackOf(
  outcome: SaveOutcome | undefined,
  t: I18nService['t'],
  texts: { readonly saved: TranslationKey; readonly errorHeading: TranslationKey },
): SaveFeedback | null {
  if (!outcome) return null;
  if (outcome.kind === 'saved') return { kind: 'saved', text: t(texts.saved) };
  return refusalFeedback(outcome, {
    conflictHeading: t('economics.conflictHeading'),
    reload: t('economics.reload'),
    errorHeading: t(texts.errorHeading),
  });
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
