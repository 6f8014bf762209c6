/**
 * Places where the crash tests (apps/api/test/crash-safety.spec.ts) stop a change, so that they can kill the process
 * exactly there: with everything written but not committed, or committed but nothing sent yet. Set one with
 * CRASH_TEST_PAUSE_AT (refused in production); see {@link PausePoints}.
 */
export const PAUSE_POINTS = [
  'import-benefit-plan:before-commit',
  'decide-agreement:before-commit',
  'decide-agreement:after-commit',
] as const;

export type PausePoint = (typeof PAUSE_POINTS)[number];

/** The line the process prints on stdout when it has stopped at a pause point: `CRASH_TEST_PAUSED <point>`. */
export const PAUSE_MARKER = 'CRASH_TEST_PAUSED';
