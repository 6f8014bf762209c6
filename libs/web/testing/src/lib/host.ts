import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

/** A spec's host component (a template using the piece under test) rendered by `renderHost`. */
export interface RenderedHost<T> {
  readonly fixture: ComponentFixture<T>;
  readonly root: HTMLElement;
  /** The host's instance: its signals are the piece's inputs. */
  readonly host: T;
  /** Changes the host (its signals) and lets the page render again. */
  readonly update: (change: (host: T) => void) => Promise<void>;
}

/** Creates the host component (in the testing module as the spec configured it) and lets it render. */
export async function renderHost<T>(component: Type<T>): Promise<RenderedHost<T>> {
  const fixture = TestBed.createComponent(component);
  await fixture.whenStable();
  const host = fixture.componentInstance;
  return {
    fixture,
    root: fixture.nativeElement as HTMLElement,
    host,
    update: async (change) => {
      change(host);
      await fixture.whenStable();
    },
  };
}

/** After each spec: a fresh testing module for the next. */
export function resetTestingModule(): void {
  TestBed.resetTestingModule();
}
