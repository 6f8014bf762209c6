import { InjectionToken } from '@angular/core';

/** This year (the page's default year and a new requirement's suggestion); tests provide a fixed one. */
export const CURRENT_YEAR = new InjectionToken<number>('CURRENT_YEAR', {
  providedIn: 'root',
  factory: () => new Date().getFullYear(),
});
