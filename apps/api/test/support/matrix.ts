/** The shape of the authorization matrix's cases (see authorization-matrix.spec.ts). */
import type { DemoUsername } from './portfolio';
import type { TestApp } from './test-app';

export type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND';

export interface Attempt {
  /** null: no token. */
  readonly as: DemoUsername | null;
  readonly why: string;
  readonly expect: Outcome;
  readonly variables: (api: TestApp) => Promise<Record<string, unknown>>;
}

export interface OperationCase {
  readonly operation: string;
  readonly document: string;
  readonly attempts: readonly Attempt[];
}

export const NON_EDITORS: readonly DemoUsername[] = ['direktor.kongsberg', 'medlem.tinn', 'politiker'];

/** Refusals for everyone in `who`, with the same (otherwise valid) variables. */
export function refusedFor(
  who: readonly (DemoUsername | null)[],
  variables: Attempt['variables'],
  why = 'wrong role',
): Attempt[] {
  return who.map((as) => ({
    as,
    why: as === null ? 'anonymous' : `${why} (${as})`,
    expect: as === null ? 'UNAUTHENTICATED' : 'FORBIDDEN',
    variables,
  }));
}

/** A row of the query access test (query-access.spec.ts): who may read a query, and input it refuses. */
export interface QueryCase {
  readonly query: string;
  readonly document: string;
  readonly variables: (api: TestApp) => Promise<Record<string, unknown>>;
  /** Who may read; everyone else signed in gets FORBIDDEN. */
  readonly readers: readonly DemoUsername[] | 'everyone';
  readonly badInput: readonly BadInput[];
}

export interface BadInput {
  readonly why: string;
  readonly variables: (api: TestApp) => Promise<Record<string, unknown>>;
  readonly code: string;
}
