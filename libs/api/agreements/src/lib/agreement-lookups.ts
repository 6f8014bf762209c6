import { regionNotFound } from '@samarbeid/api/data-access';

import { measureNotInRegion } from './agreements.errors';
import type { MeasureRef, RegionRef } from './repository/agreement-rows';
import type { AgreementRepository } from './repository/agreement.repository';

/** What an agreement refers to, loaded, or the error that says it is not there. */

export async function regionOrFail(agreements: AgreementRepository, slug: string): Promise<RegionRef> {
  const region = await agreements.regionBySlug(slug);
  if (!region) throw regionNotFound(slug);
  return region;
}

/** The measure, which must belong to the region. */
export async function measureInRegion(
  agreements: AgreementRepository,
  measureId: string,
  regionId: string,
): Promise<MeasureRef> {
  const measure = await agreements.measure(measureId);
  if (!measure || measure.regionId !== regionId) throw measureNotInRegion();
  return measure;
}
