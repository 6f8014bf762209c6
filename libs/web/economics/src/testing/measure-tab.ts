import { expect, jest } from '@jest/globals';
import type { EnvironmentProviders, Provider, Type } from '@angular/core';
import { MeasureTabContext, type SignedInUser } from '@samarbeid/web/data-access';
import { type Rendered, renderWithApollo, T7_ID } from '@samarbeid/web/testing';

/** A measure's tab, rendered for T7 with its first query answered. */
export interface RenderedTab<T> extends Rendered<T> {
  /** The measure page's reload (the tab asks for it after a save: the history has a new entry). */
  readonly reload: jest.Mock<() => Promise<void>>;
}

export interface MeasureTabOptions {
  readonly user: SignedInUser;
  /** Inputs besides `measureId` (T7). */
  readonly inputs?: Readonly<Record<string, unknown>>;
  readonly providers?: readonly (Provider | EnvironmentProviders)[];
}

/**
 * Renders a tab of measure T7 inside the measure page's context (its `reload`), answers the tab's query `operation`
 * (asked with T7's id) with `data`, and lets it render.
 */
export async function renderMeasureTab<T>(
  component: Type<T>,
  operation: string,
  data: object,
  options: MeasureTabOptions,
): Promise<RenderedTab<T>> {
  const reload = jest.fn<() => Promise<void>>().mockResolvedValue(undefined);
  const rendered = await renderWithApollo(component, {
    user: options.user,
    providers: [{ provide: MeasureTabContext, useValue: { reload } }, ...(options.providers ?? [])],
    inputs: { measureId: T7_ID, ...options.inputs },
  });
  const op = rendered.controller.expectOne(operation);
  expect(op.operation.variables).toEqual({ measureId: T7_ID });
  op.flushData(data);
  await rendered.settle();
  return { ...rendered, reload };
}
