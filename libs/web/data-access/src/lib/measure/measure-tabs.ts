import type { Signal } from '@angular/core';

import type { TranslationKey } from '../i18n/nb';

/** The measure a tab of the measure page is about. */
export interface MeasureTabMeasure {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  /** The network that owns the measure. */
  readonly networkId: string;
  /** Whether the API lets the signed-in user change the measure. */
  readonly viewerCanEdit: boolean;
}

/**
 * What the measure page (`/tiltak/:code`) offers the tabs other features plug into it as child routes (the app does
 * the plugging; see apps/web app.routes.ts): the measure shown, and fetching it again (a tab that saves something
 * gives the measure a new history entry). The measure page provides it; a tab's test provides its own.
 */
export abstract class MeasureTabContext {
  /** The measure shown; undefined only while another one is being fetched. */
  abstract readonly measure: Signal<MeasureTabMeasure | undefined>;
  /** Fetches the measure again. */
  abstract reload(): Promise<void>;
}

/**
 * The route `data` of a tab plugged into the measure page: its label, and the tab it follows (a tab of the page's
 * own, or another plugged-in one; at the end when not given). The route's path is the tab's address,
 * `/tiltak/T7/<path>`.
 */
export interface MeasureTabRouteData {
  readonly measureTab: {
    readonly label: TranslationKey;
    readonly after?: string;
  };
}
