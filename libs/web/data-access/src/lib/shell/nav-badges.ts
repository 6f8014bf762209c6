import { InjectionToken, type Signal } from '@angular/core';

/** The counts the shell's navigation can show beside an entry. */
export type NavBadge = 'approvals' | 'unread';

/**
 * What the shell needs for its navigation badges: agreements waiting for a director's decision and unread
 * notifications. The agreements feature provides it and the app wires it in (app.config.ts), so neither the shell
 * nor this library depends on a feature.
 */
export interface NavBadgeCounts extends Readonly<Record<NavBadge, Signal<number | null>>> {
  /** Starts keeping the counts current, for as long as the caller (the shell) lives. Call it in a constructor. */
  start(): void;
}

export const NAV_BADGE_COUNTS = new InjectionToken<NavBadgeCounts>('NAV_BADGE_COUNTS');
