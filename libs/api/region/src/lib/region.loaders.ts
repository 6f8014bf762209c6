import { RequestContext } from '@samarbeid/api/platform';
import DataLoader from 'dataloader';

import { Municipality, Population } from './dto/region.types';
import { MembersKey, RegionService } from './region.service';

/** The per-request loaders of this feature; each batches all parents of one GraphQL response into one query. */
export function regionLoaders(context: RequestContext, service: RegionService) {
  return {
    members: context.loaders.get(
      'region.members',
      () =>
        new DataLoader((keys: readonly MembersKey[]) => service.currentMembers(keys), {
          cacheKeyFn: (key) => `${key.regionId}|${key.first}|${key.after ?? ''}`,
        }),
    ),
    population: context.loaders.get(
      'municipality.population',
      () => new DataLoader<string, Population | null>((numbers) => service.latestPopulations(numbers)),
    ),
    municipality: context.loaders.get(
      'municipality.byNumber',
      () =>
        new DataLoader<string, Municipality | null>((numbers) => service.municipalitiesByNumbers(numbers)),
    ),
  };
}
