import type { EnvironmentProviders, Provider, Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, type RouterFeatures, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { createCache, type SignedInUser } from '@samarbeid/web/data-access';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { provideUser } from './users';

export interface ApolloTestOptions {
  /** Standalone components and modules the testing module imports (besides Apollo's testing module). */
  readonly imports?: readonly Type<unknown>[];
  readonly providers?: readonly (Provider | EnvironmentProviders)[];
  /** Who is signed in (AuthService); without it, AuthService is the app's own. */
  readonly user?: SignedInUser | null;
}

/**
 * A fresh testing module for a spec that talks GraphQL: Apollo's testing backend with the app's cache (so results
 * normalise as in the app), the user if given, and the spec's own imports and providers. Starts from an empty
 * localStorage (the language, remembered choices). Returns the controller the spec answers operations with.
 */
export function configureApolloTesting(options: ApolloTestOptions = {}): ApolloTestingController {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [ApolloTestingModule, ...(options.imports ?? [])],
    providers: [
      { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
      ...(options.user === undefined ? [] : [provideUser(options.user).provider]),
      ...(options.providers ?? []),
    ],
  });
  return TestBed.inject(ApolloTestingController);
}

/** A component rendered by `renderWithApollo`. */
export interface Rendered<T> {
  readonly fixture: ComponentFixture<T>;
  readonly element: HTMLElement;
  readonly controller: ApolloTestingController;
  /** `settle(fixture, rounds)`. */
  readonly settle: (rounds?: number) => Promise<void>;
}

/** Configures the testing module (`configureApolloTesting`), creates `component` with `inputs` and lets it render. */
export async function renderWithApollo<T>(
  component: Type<T>,
  options: ApolloTestOptions & { readonly inputs?: Readonly<Record<string, unknown>> } = {},
): Promise<Rendered<T>> {
  const controller = configureApolloTesting({ ...options, imports: [component, ...(options.imports ?? [])] });
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(options.inputs ?? {}))
    fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return {
    fixture,
    element: fixture.nativeElement as HTMLElement,
    controller,
    settle: (rounds) => settle(fixture, rounds),
  };
}

/** A page opened at a URL by `openWithApollo`. */
export interface OpenedPage {
  readonly harness: RouterTestingHarness;
  /** The routed component's element. */
  readonly element: HTMLElement;
  readonly controller: ApolloTestingController;
  /** `settle(harness.fixture, rounds)`. */
  readonly settle: (rounds?: number) => Promise<void>;
}

/**
 * Configures the testing module (`configureApolloTesting`) with `routes` (and the router's `routerFeatures`), and
 * navigates to `url`.
 */
export async function openWithApollo(
  routes: Routes,
  url: string,
  options: ApolloTestOptions & { readonly routerFeatures?: readonly RouterFeatures[] } = {},
): Promise<OpenedPage> {
  const controller = configureApolloTesting({
    ...options,
    providers: [provideRouter(routes, ...(options.routerFeatures ?? [])), ...(options.providers ?? [])],
  });
  const harness = await RouterTestingHarness.create(url);
  await harness.fixture.whenStable();
  return {
    harness,
    element: harness.routeNativeElement as HTMLElement,
    controller,
    settle: (rounds) => settle(harness.fixture, rounds),
  };
}

/**
 * Lets what a change started finish: renders, then gives pending promises and timers (Apollo answers, a mutation's
 * outcome, `afterNextRender`) `rounds` turns of the event loop, rendering after each.
 */
export async function settle(fixture: { whenStable(): Promise<unknown> }, rounds = 1): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
  }
  await fixture.whenStable();
}

/** After each spec: every operation the spec expected was answered and none is left; a fresh module for the next. */
export function verifyAndReset(controller: ApolloTestingController | undefined): void {
  controller?.verify();
  TestBed.resetTestingModule();
}
