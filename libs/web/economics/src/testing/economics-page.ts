import type { Type } from '@angular/core';
import { provideRouter, type Routes, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { configureApolloTesting, settle } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { CURRENT_YEAR } from '../lib/shared/current-year';

/** An economics page, opened with this year fixed. */
export interface OpenedEconomicsPage {
  readonly controller: ApolloTestingController;
  readonly element: HTMLElement;
  /** Lets what a change started finish (the answers, a mutation's outcome, the focus): three turns. */
  readonly settle: () => Promise<void>;
}

/**
 * Opens `url` among `routes` (route parameters bound to inputs) with Apollo's testing backend and `currentYear` as
 * this year, and lets it render; the spec answers its query.
 */
export async function openEconomicsPage(
  url: string,
  routes: Routes,
  currentYear = 2026,
): Promise<OpenedEconomicsPage> {
  const controller = configureApolloTesting({
    providers: [
      provideRouter(routes, withComponentInputBinding()),
      { provide: CURRENT_YEAR, useValue: currentYear },
    ],
  });
  const harness = await RouterTestingHarness.create(url);
  await harness.fixture.whenStable();
  return {
    controller,
    element: harness.routeNativeElement as HTMLElement,
    settle: () => settle(harness.fixture, 3),
  };
}

/** Opens the page `component` alone at `url`. */
export function openEconomicsComponent<T>(component: Type<T>, path = ''): Promise<OpenedEconomicsPage> {
  return openEconomicsPage(`/${path}`, [{ path, component }]);
}

/** An element's text as it reads, white space folded (the figures' no-break spaces are kept). */
export function plainText(node: Element | null | undefined): string {
  return node?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';
}

/** Each body row of the table matching `selector`, as its cells' texts. */
export function bodyRows(root: ParentNode, selector: string): string[][] {
  return Array.from(root.querySelectorAll(`${selector} tbody tr`), (row) =>
    Array.from(row.querySelectorAll('th, td'), plainText),
  );
}
