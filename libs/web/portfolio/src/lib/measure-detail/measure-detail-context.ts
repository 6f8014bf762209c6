import { Injectable } from '@angular/core';
import type { MeasureDetailQuery } from '@samarbeid/web/graphql';

/** A measure as the measure page has it. */
export type MeasureDetail = MeasureDetailQuery['measure'];

/** Municipality number → name, for the region's members. */
export type MunicipalityNames = ReadonlyMap<string, string>;

/**
 * What the measure page offers its own tabs: reloading the measure from the server (after someone else changed it).
 * Provided by the page; a tab's test provides its own. (The tabs other features plug in get MeasureTabContext.)
 */
@Injectable()
export class MeasureDetailContext {
  reload: () => Promise<void> = () => Promise.resolve();
}
