import { I18nService, queryErrorText } from '@samarbeid/web/data-access';
import type { IndicatorScopeBoardQuery } from '@samarbeid/web/graphql';

import type { ScopeBoardView } from './scope-board.component';

export type BoardState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly board: ScopeBoardView };

/** What a page shows of an `indicatorScopeBoard` answer: still loading, its error, or the board. */
export function boardState(
  result:
    | {
        readonly dataState: string;
        readonly data?: unknown;
        readonly error?: unknown;
        readonly loading: boolean;
      }
    | undefined,
  i18n: I18nService,
): BoardState {
  if (result?.dataState === 'complete') {
    return { kind: 'ready', board: (result.data as IndicatorScopeBoardQuery).indicatorScopeBoard };
  }
  if (result?.error && !result.loading) {
    return {
      kind: 'error',
      message: queryErrorText(result.error, i18n),
    };
  }
  return { kind: 'loading' };
}
