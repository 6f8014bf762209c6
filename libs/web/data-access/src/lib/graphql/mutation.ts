import type { I18nService } from '../i18n/i18n.service';
import { type ApiError, apiErrorMessage, toApiError } from './api-error';
import { firstValueFrom, type Observable } from 'rxjs';

export type MutationOutcome<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ApiError };

/** Runs a mutation once and turns a refusal (GraphQL error, network failure) into an `ApiError`. */
export async function runMutation<T>(
  source: Observable<{ readonly data?: T | null; readonly error?: unknown }>,
): Promise<MutationOutcome<T>> {
  try {
    const result = await firstValueFrom(source);
    if (result.error) return { ok: false, error: toApiError(result.error) };
    if (!result.data) return { ok: false, error: toApiError(undefined) };
    return { ok: true, data: result.data };
  } catch (error: unknown) {
    return { ok: false, error: toApiError(error) };
  }
}

/** The server's sentence in the current language, or a generic one when it gave none. */
export function errorText(error: ApiError, i18n: Pick<I18nService, 'language' | 't'>): string {
  return apiErrorMessage(error, i18n.language()) ?? i18n.t(error.network ? 'error.network' : 'error.unknown');
}

/** An error from a query result (`result.error`) as a sentence. */
export function queryErrorText(error: unknown, i18n: Pick<I18nService, 'language' | 't'>): string {
  return errorText(toApiError(error), i18n);
}
