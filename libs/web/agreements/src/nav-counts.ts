/**
 * The navigation's counts (agreements waiting for a director, unread notifications), as their own entry point: the
 * app wires them into the shell, which is in the first download, while the rest of the feature loads with its routes.
 */
export * from './lib/nav-counts/nav-counts';
