/** Rendering a tab of the measure page (overview, status, participants, dependencies) on its own in a spec. */
import { jest } from '@jest/globals';
import type { Provider, Type } from '@angular/core';
import { provideRouter } from '@angular/router';
import type { SignedInUser } from '@samarbeid/web/data-access';
import { type Rendered, renderWithApollo } from '@samarbeid/web/testing';

import { MeasureDetailContext } from '../lib/measure-detail/measure-detail-context';
import { measureDetail } from './portfolio-fixtures';

export interface MeasureTab<T> extends Rendered<T> {
  /** The page's `reload` (after a conflict): resolves at once unless the spec says otherwise. */
  readonly reload: jest.Mock<() => Promise<void>>;
}

/**
 * `component` rendered for T7 (`measureDetail()`, or `inputs.measure`) with the other `inputs`, inside the measure
 * page's context and a router; `user` is the signed-in user, if the tab asks.
 */
export async function renderMeasureTab<T>(
  component: Type<T>,
  options: {
    readonly inputs?: Readonly<Record<string, unknown>>;
    readonly user?: SignedInUser;
    readonly providers?: readonly Provider[];
  } = {},
): Promise<MeasureTab<T>> {
  const reload = jest.fn<() => Promise<void>>().mockResolvedValue(undefined);
  const rendered = await renderWithApollo(component, {
    user: options.user,
    providers: [
      provideRouter([]),
      { provide: MeasureDetailContext, useValue: { reload } },
      ...(options.providers ?? []),
    ],
    inputs: { measure: measureDetail(), ...options.inputs },
  });
  return { ...rendered, reload };
}
