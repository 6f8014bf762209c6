import type { EnvironmentProviders, Provider } from '@angular/core';
import { provideRouter, type Routes, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SignedInUser } from '@samarbeid/web/data-access';
import { configureApolloTesting, settle, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

/** A page of the agreements feature, opened at a URL. */
export interface OpenedPage {
  readonly controller: ApolloTestingController;
  readonly harness: RouterTestingHarness;
  readonly element: HTMLElement;
  /** Lets the page finish what a change started (the answers, the navigation, the focus): three turns. */
  readonly settle: () => Promise<void>;
}

export interface OpenPageOptions {
  /** Who is signed in; AuthService is the app's own without it. */
  readonly user?: SignedInUser | null;
  readonly providers?: readonly (Provider | EnvironmentProviders)[];
}

/**
 * Opens `url` among `routes` (route parameters bound to inputs, as in the app) with Apollo's testing backend and the
 * feature's texts (the project's test providers), and lets it render; the spec answers its operations.
 */
export async function openPage(
  url: string,
  routes: Routes,
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  const controller = configureApolloTesting({
    user: options.user,
    providers: [provideRouter(routes, withComponentInputBinding()), ...(options.providers ?? [])],
  });
  const harness = await RouterTestingHarness.create(url);
  const page: OpenedPage = {
    controller,
    harness,
    element: harness.routeNativeElement as HTMLElement,
    settle: () => settle(harness.fixture, 3),
  };
  await page.settle();
  return page;
}

/** After each spec: every operation answered, and a fresh module for the next. */
export function closePage(page: OpenedPage | undefined): void {
  verifyAndReset(page?.controller);
}
