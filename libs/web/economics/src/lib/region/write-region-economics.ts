import type { ApolloCache } from '@apollo/client';
import { EconomicsRegionDocument, type EconomicsRegionQuery } from '@samarbeid/web/graphql';

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
