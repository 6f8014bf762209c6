import type { ApolloCache } from '@apollo/client';
import { errorText, type I18nService, type MutationOutcome } from '@samarbeid/web/data-access';
import { EconomicsRegionDocument, type EconomicsRegionQuery } from '@samarbeid/web/graphql';
import type { SaveFeedback } from '@samarbeid/web/ui';

/**
 * Both editors' mutations answer with the whole overview (the same selection as EconomicsRegion); writing it over
 * the cached query result updates the page without fetching again.
 */
export function writeRegionEconomics(
  cache: ApolloCache,
  regionSlug: string,
  regionEconomics: EconomicsRegionQuery['regionEconomics'] | undefined,
): void {
  if (!regionEconomics) return;
  cache.writeQuery<EconomicsRegionQuery>({
    query: EconomicsRegionDocument,
    variables: { regionSlug },
    data: { regionEconomics },
  });
}

/** What an editor on the page says after a save: its own sentence when saved, else the API's refusal. */
export function regionSaveFeedback(
  outcome: MutationOutcome<unknown>,
  saved: string,
  i18n: Pick<I18nService, 'language' | 't'>,
): SaveFeedback {
  return outcome.ok
    ? { kind: 'saved', text: saved }
    : {
        kind: 'error',
        heading: i18n.t('economicsPages.edit.refused'),
        message: errorText(outcome.error, i18n),
      };
}
